import { composeMail, MailContent } from './mail-layout';

export interface InvitationView {
  name: string;
  organisationName: string;
  invitedBy: string;
  /** The set-password link, or (password sign-in off) the sign-in page. */
  url: string;
  /** "8 december 2026 kl. 10.00" */
  validUntil: string;
  /** false: the organisation signs in with its own account, no password is chosen. */
  passwordSignIn: boolean;
}

/** To a new user: choose a password (or sign in with the organisation's account). */
export function invitationMail(v: InvitationView): MailContent {
  const intro = `${v.invitedBy} har bjudit in dig till Remiss för ${v.organisationName}.`;
  if (!v.passwordSignIn) {
    return composeMail('Du är inbjuden till Remiss', `Hej ${v.name}!`, [
      intro,
      `Logga in med din organisations konto här: ${v.url}`,
    ]);
  }
  return composeMail('Du är inbjuden till Remiss: välj ditt lösenord', `Hej ${v.name}!`, [
    intro,
    `Välj ditt lösenord här: ${v.url}`,
    `Länken fungerar en gång och gäller till ${v.validUntil}. Har den gått ut kan du be om en ny under "Glömt lösenordet?" på inloggningssidan.`,
    'Om du inte väntade dig det här brevet kan du bortse från det.',
  ]);
}

export interface PasswordResetView {
  name: string;
  url: string;
  validUntil: string;
}

/** "Glömt lösenordet?": a link to choose a new password. */
export function passwordResetMail(v: PasswordResetView): MailContent {
  return composeMail('Byt lösenord i Remiss', `Hej ${v.name}!`, [
    'Någon (förhoppningsvis du) bad om att få byta lösenordet till ditt konto i Remiss.',
    `Välj ett nytt lösenord här: ${v.url}`,
    `Länken fungerar en gång och gäller till ${v.validUntil}. När du har bytt lösenord loggas du ut överallt.`,
    'Om du inte bad om det kan du bortse från brevet: ditt lösenord är oförändrat.',
  ]);
}
