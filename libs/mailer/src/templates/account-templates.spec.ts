import { invitationMail, passwordResetMail } from './account-templates';

describe('account mails', () => {
  it('an invitation carries the link, its validity and who invited, in text and HTML', () => {
    const mail = invitationMail({ name: 'Anna', organisationName: 'Ekerö kommun', invitedBy: 'Administratör KSL', url: 'https://remiss.test/app/losenord#abc', validUntil: '8 december 2026 kl. 10.00', passwordSignIn: true });
    expect(mail.subject).toBe('Du är inbjuden till Remiss: välj ditt lösenord');
    expect(mail.text).toContain('Välj ditt lösenord här: https://remiss.test/app/losenord#abc');
    expect(mail.text).toContain('gäller till 8 december 2026 kl. 10.00');
    expect(mail.html).toContain('Administratör KSL har bjudit in dig till Remiss för Ekerö kommun.');
  });
  it("without password sign-in the invitation points to the organisation's own account, with no link to choose a password", () => {
    const mail = invitationMail({ name: 'Anna', organisationName: 'Ekerö kommun', invitedBy: 'X', url: 'https://remiss.test/app/', validUntil: '', passwordSignIn: false });
    expect(mail.text).toContain('Logga in med din organisations konto här: https://remiss.test/app/');
    expect(mail.text).not.toContain('losenord');
  });
  it('a reset mail says the account is signed out everywhere and what to do if it was not asked for', () => {
    const mail = passwordResetMail({ name: 'Anna', url: 'https://remiss.test/app/losenord#xyz', validUntil: '2 december 2026 kl. 11.00' });
    expect(mail.text).toContain('loggas du ut överallt');
    expect(mail.text).toContain('bortse från brevet');
  });
});
