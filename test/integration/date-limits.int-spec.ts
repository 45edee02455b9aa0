import { calendarWorkSnapshot } from '@remiss/domain';
import { ApiClient, ApiResponse, startTestApp, TestApp } from '../support/test-app';
import { caseOnRecommendation, RecommendationCase } from './support/recommendation-case';

jest.setTimeout(60_000);

/** The single issue of a 400, as [field, reason]. */
function issue(response: ApiResponse): [string, string] {
  expect(response.status).toBe(400);
  expect(response.body.issues).toHaveLength(1);
  return [response.body.issues[0].field, response.body.issues[0].reason];
}

describe('every date input has a window, checked before any date arithmetic', () => {
  let app: TestApp;
  let ksl: ApiClient;
  let officer: ApiClient;
  let secretary: ApiClient;
  let c: RecommendationCase;

  beforeAll(async () => {
    app = await startTestApp();
    ksl = await app.as('kansli@ksl.se');
    officer = await app.as('handlaggare@ekero.example.se');
    secretary = await app.as('namndsekreterare@ekero.example.se');
    c = await caseOnRecommendation(app, ksl, ['ekero']); // the clock is now 2013-06-05
  });
  afterAll(() => app?.close());

  it('deadline-check: far, past and impossible dates are a 400 naming deadline, with no calendar work done', async () => {
    const before = calendarWorkSnapshot();
    expect(issue(await ksl.get('/calendar/deadline-check?deadline=9999-12-31'))).toEqual(['deadline', 'kan inte ligga efter 2099-12-31']);
    expect(issue(await ksl.get('/calendar/deadline-check?deadline=2100-01-01'))).toEqual(['deadline', 'kan inte ligga efter 2099-12-31']);
    expect(issue(await ksl.get('/calendar/deadline-check?deadline=1900-01-01'))).toEqual(['deadline', 'kan inte ligga före 2000-01-01']);
    expect(issue(await ksl.get('/calendar/deadline-check?deadline=2025-02-30'))).toEqual(['deadline', '2025-02-30 finns inte i kalendern']);
    expect(issue(await ksl.get('/calendar/deadline-check?deadline=2018-06-06'))).toEqual(['deadline', 'får ligga högst 5 år fram i tiden (senast 2018-06-05)']);
    const past = await ksl.get('/calendar/deadline-check?deadline=2013-06-04');
    expect(issue(past)).toEqual(['deadline', 'kan inte ligga före i dag (2013-06-05)']);
    expect(past.body.code).toBe('DEADLINE.IN_PAST');
    expect(issue(await ksl.get(`/calendar/deadline-check?deadline=${'1'.repeat(5_000)}`))[0]).toBe('deadline');
    expect(calendarWorkSnapshot()).toEqual(before);
    const ok = await ksl.get('/calendar/deadline-check?deadline=2018-06-05');
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ deadline: '2018-06-05', isWorkingDay: true, calendarDays: 1826 });
  });

  it('rounds and recommendations: 1900-01-01 and 9999-12-31 are a 400 naming deadline, not a 500', async () => {
    const organisationIds = [await app.organisationId('ekero')];
    for (const path of ['rounds', 'recommendations']) {
      expect(issue(await ksl.post(`/cases/${c.caseId}/${path}`, { deadline: '1900-01-01', organisationIds }))).toEqual(['deadline', 'kan inte ligga före 2000-01-01']);
      expect(issue(await ksl.post(`/cases/${c.caseId}/${path}`, { deadline: '9999-12-31', organisationIds }))).toEqual(['deadline', 'kan inte ligga efter 2099-12-31']);
      expect(issue(await ksl.post(`/cases/${c.caseId}/${path}`, { deadline: '2040-01-01', organisationIds }))).toEqual(['deadline', 'får ligga högst 5 år fram i tiden (senast 2018-06-05)']);
    }
    const rounds = await app.ds.query(`SELECT count(*)::int AS n FROM rounds WHERE case_id = $1`, [c.caseId]);
    expect(rounds[0].n).toBe(2);
  });

  it('extension requests and grants: the new deadline has the deadline window', async () => {
    const url = `/recipients/${c.recipient.ekero}/extension-requests`;
    expect(issue(await officer.post(url, { requestedDate: '9999-12-31', reason: 'Sent.' }))).toEqual(['requestedDate', 'kan inte ligga efter 2099-12-31']);
    expect(issue(await officer.post(url, { requestedDate: '2030-01-01', reason: 'Sent.' }))).toEqual(['requestedDate', 'får ligga högst 5 år fram i tiden (senast 2018-06-05)']);
    const asked = await officer.post(url, { requestedDate: '2013-12-19', reason: 'Kommunfullmäktige sammanträder i december.' });
    expect(asked.status).toBe(201);
    const grant = `/extension-requests/${asked.body.extensionRequestId}/grant`;
    expect(issue(await ksl.post(grant, { newDeadline: '9999-12-31' }))).toEqual(['newDeadline', 'kan inte ligga efter 2099-12-31']);
    expect(issue(await ksl.post(grant, { newDeadline: '2019-01-01' }))).toEqual(['newDeadline', 'får ligga högst 5 år fram i tiden (senast 2018-06-05)']);
    expect(issue(await ksl.post(grant, { newDeadline: '2013-06-01' }))).toEqual(['newDeadline', 'kan inte ligga före i dag (2013-06-05)']);
    expect((await ksl.post(grant, { newDeadline: '2013-12-20' })).body.deadline).toBe('2013-12-20');
  });

  it('decisions, preparations, terminations, seminars and answers: dates of events have their window', async () => {
    const decisions = `/recipients/${c.recipient.ekero}/decisions`;
    const decision = { bodyKind: 'committee', bodyName: 'Socialnämnden', paragraph: '§ 130', outcome: 'adopt', text: 'Beslut.' };
    expect(issue(await secretary.post(decisions, { ...decision, meetingDate: '1900-01-01', immediate: true }))).toEqual(['meetingDate', 'kan inte ligga före 2000-01-01']);
    expect(issue(await secretary.post(decisions, { ...decision, meetingDate: '9999-12-31', immediate: true }))).toEqual(['meetingDate', 'kan inte ligga efter 2099-12-31']);
    expect(issue(await secretary.post(decisions, { ...decision, meetingDate: '2013-05-30', justeringDate: '2015-01-01' }))).toEqual(['justeringDate', 'får ligga högst 1 år fram i tiden (senast 2014-06-05)']);
    expect(issue(await secretary.post(decisions, { ...decision, meetingDate: '2013-05-30', justeringDate: '2013-06-03', noticePostedDate: '2013-02-30' }))).toEqual(['noticePostedDate', '2013-02-30 finns inte i kalendern']);
    const preparation = { kind: 'tjansteutlatande', author: 'Socialkontoret', title: 'Utlåtande' };
    expect(issue(await officer.post(`/recipients/${c.recipient.ekero}/preparations`, { ...preparation, date: '1999-12-31' }))).toEqual(['date', 'kan inte ligga före 2000-01-01']);
    expect(issue(await ksl.post(`/cases/${c.caseId}/terminations`, { organisationId: await app.organisationId('ekero'), noticeReachedDate: '9999-12-31' }))).toEqual(['noticeReachedDate', 'kan inte ligga efter 2099-12-31']);
    expect(issue(await ksl.post(`/cases/${c.caseId}/seminar`, { date: '9999-12-31', place: 'KSL' }))).toEqual(['date', 'kan inte ligga efter 2099-12-31']);
    const answer = await officer.post(`/recipients/${c.recipient.ekero}/answer`, { position: 'tillstyrker', text: 'Ja.', receivedAt: '1900-01-01T10:00:00+01:00' });
    expect(issue(answer)).toEqual(['receivedAt', 'måste ligga mellan 2000-01-01 och 2099-12-31']);
  });
});
