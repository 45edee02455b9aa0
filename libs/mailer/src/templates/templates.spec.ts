import { deadlineIcs, extensionDeniedMail, extensionGrantedMail, reminderMail } from './index';

const caseRef = { title: 'Överenskommelse om nyanlända', registryNumber: 'KSL/12/0053', url: 'http://remiss.test/arenden/1' };

describe('Swedish mail templates', () => {
  it('confirms an extension the way the users write it', () => {
    const mail = extensionGrantedMail({ caseRef, organisationName: 'Ekerö kommun', previousDeadline: '2013-11-15', newDeadline: '2013-12-19', comment: null });
    expect(mail.subject).toBe('Anstånd beviljat till den 19 december 2013 – Överenskommelse om nyanlända (KSL/12/0053)');
    expect(mail.text).toContain('Ekerö kommuns nya svarsdatum är torsdag 19 december 2013 (tidigare fredag 15 november 2013).');
    expect(mail.html).toContain('<a href="http://remiss.test/arenden/1">');
  });

  it('gives the reason of a refusal and escapes HTML', () => {
    const mail = extensionDeniedMail({ caseRef, organisationName: 'Tyresö kommun', requestedDate: '2013-12-19', deadline: '2013-11-15', reason: 'Tiden <räcker> inte.' });
    expect(mail.text).toContain('Skäl: Tiden <räcker> inte.');
    expect(mail.html).toContain('Skäl: Tiden &lt;räcker&gt; inte.');
  });

  it('says an overdue reminder is overdue', () => {
    const mail = reminderMail({ caseRef, kind: 'remiss', organisationName: 'Ekerö kommun', reminderKind: 'overdue', deadline: '2013-11-15' });
    expect(mail.subject).toMatch(/^Försenat: remissvar skulle ha kommit in senast fredag 15 november 2013/);
    expect(mail.text).toContain('Svarsdatumet har passerat.');
  });

  it('writes an all-day .ics event with a stable UID and a sequence', () => {
    const ics = String(deadlineIcs({ uid: 'recipient-1@remiss', sequence: 34, deadline: '2013-12-19', summary: 'Remissvar', description: 'd', url: caseRef.url, stamp: new Date('2013-11-11T09:00:00Z') }).content);
    expect(ics).toContain('UID:recipient-1@remiss');
    expect(ics).toContain('SEQUENCE:34');
    expect(ics).toContain('DTSTART;VALUE=DATE:20131219');
    expect(ics).toContain('DTEND;VALUE=DATE:20131220');
  });
});
