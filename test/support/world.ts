import { ApiClient, ApiResponse, pdf, TestApp } from './test-app';

/**
 * A small world for the fuzzer and the authorization matrix, played through the API:
 *
 * - KSL's case (KSL/12/0053): two draft versions (working drafts, never sent), a remiss round with its own
 *   remiss document to Ekerö, Botkyrka and Tyresö; Ekerö answers with a document; the round is closed, an
 *   adjusted proposal and a recommendation go to Ekerö and Botkyrka; both register a decision (Ekerö also a
 *   preparation) and ask for an extension of the decision deadline.
 * - Botkyrka's own case, sent to Tyresö only (remiss and recommendation), with Tyresö's decision and
 *   extension request: foreign to KSL and to Ekerö.
 * - Ekerö's internal remiss (a case with parentRecipientId, sent by Ekerö's secretariat to a committee of
 *   Ekerö created for it): Ekerö's own case.
 * - A recipient group of Botkyrka's (KSL's groups are seeded).
 * - An identity provider for Ekerö (managed by KSL's administrator; its issuer does not answer).
 * - An invited officer each at KSL, Ekerö and Botkyrka, and a system account with a read API token at KSL and Botkyrka.
 */
export interface World {
  org: Record<'ksl' | 'ekero' | 'botkyrka' | 'tyreso' | 'ekeroCommittee', string>;
  cases: { ksl: string; botkyrka: string; ekeroInternal: string; /** KSL's second case, still being drafted */ kslDrafting: string };
  rounds: { kslRemiss: string; kslRecommendation: string; botkyrkaRemiss: string; botkyrkaRecommendation: string; ekeroInternal: string };
  /** recipients by case, round kind and organisation */
  recipients: {
    kslRemiss: Record<'ekero' | 'botkyrka' | 'tyreso', string>;
    kslRecommendation: Record<'ekero' | 'botkyrka', string>;
    botkyrkaRemiss: { tyreso: string };
    botkyrkaRecommendation: { tyreso: string };
    ekeroInternal: { committee: string };
  };
  documents: { kslDraft1: string; kslDraft2: string; kslRemiss: string; kslAdjusted: string; ekeroAnswer: string; botkyrkaDraft: string; ekeroInternalDraft: string };
  decisions: { ekero: string; botkyrka: string; tyreso: string };
  extensionRequests: { ekero: string; botkyrka: string; tyreso: string };
  groups: { kslSodertorn: string; botkyrka: string };
  /** Ekerö's identity provider, entered by KSL's administrator; its issuer does not answer (nothing listens on port 9) */
  identityProviders: { ekero: string };
  /** Accounts made for the world by KSL's administrator (invited people, and system accounts with an API token each). */
  users: { ksl: string; ekero: string; botkyrka: string; kslSystem: string; botkyrkaSystem: string };
  apiTokens: { ksl: string; botkyrka: string };
  /** a webhook subscription of each organisation, each with one (failed) delivery in its log; no worker runs, nothing is sent */
  webhooks: Record<'ksl' | 'ekero' | 'botkyrka', string>;
  webhookDeliveries: Record<'ksl' | 'ekero' | 'botkyrka', string>;
}

function ok<T extends ApiResponse>(what: string, r: T, ...statuses: number[]): T {
  if (!statuses.includes(r.status)) throw new Error(`Världen: ${what} gav ${r.status}: ${JSON.stringify(r.body).slice(0, 400)}`);
  return r;
}

async function upload(client: ApiClient, kind: string, title: string): Promise<string> {
  return ok(`ladda upp ${title}`, await client.upload({ name: `${title}.pdf`, type: 'application/pdf', content: pdf(title) }, { kind, title }), 201).body.id;
}

async function recipientsOf(client: ApiClient, caseId: string, roundId: string): Promise<Record<string, string>> {
  const view = ok('läsa ärendet', await client.get(`/cases/${caseId}`), 200);
  const byOrg: Record<string, string> = {};
  for (const row of view.body.matrix as Array<{ roundId: string; organisationId: string; recipientId: string }>) {
    if (row.roundId === roundId) byOrg[row.organisationId] = row.recipientId;
  }
  return byOrg;
}

/** Plays a case from opening to a recommendation; returns the ids. */
async function playCase(
  owner: ApiClient,
  title: string,
  remissTo: string[],
  recommendTo: string[],
  answer: (recipientByOrg: Record<string, string>) => Promise<void>,
): Promise<{ caseId: string; drafts: string[]; remissDoc: string; adjustedDoc: string; remissRound: string; recommendationRound: string; remiss: Record<string, string>; recommendation: Record<string, string> }> {
  const caseId: string = ok('öppna ärende', await owner.post('/cases', { title }), 201).body.id;
  ok('börja ta fram förslag', await owner.post(`/cases/${caseId}/start-drafting`), 200);
  const drafts: string[] = [];
  for (const version of ['utkast 1', 'utkast 2']) {
    const id = await upload(owner, 'draft', `${title}, ${version}`);
    ok('lägga till utkast', await owner.post(`/cases/${caseId}/drafts`, { documentId: id }), 200);
    drafts.push(id);
  }
  const remissDoc = await upload(owner, 'remiss', `${title}, remissversion`);
  const remissRound: string = ok('skicka remiss', await owner.post(`/cases/${caseId}/rounds`, { deadline: '2013-04-30', organisationIds: remissTo, documentId: remissDoc }), 201).body.roundId;
  const remiss = await recipientsOf(owner, caseId, remissRound);
  await answer(remiss);
  ok('stänga omgången', await owner.post(`/cases/${caseId}/rounds/close`, { roundId: remissRound }), 200);
  const adjustedDoc = await upload(owner, 'adjusted', `${title}, justerat förslag`);
  ok('justerat förslag', await owner.post(`/cases/${caseId}/adjusted-proposal`, { documentId: adjustedDoc }), 200);
  ok('klart för rekommendation', await owner.post(`/cases/${caseId}/ready`), 200);
  const recommendationRound: string = ok('skicka rekommendation', await owner.post(`/cases/${caseId}/recommendations`, { deadline: '2013-11-15', organisationIds: recommendTo }), 201).body.roundId;
  const recommendation = await recipientsOf(owner, caseId, recommendationRound);
  return { caseId, drafts, remissDoc, adjustedDoc, remissRound, recommendationRound, remiss, recommendation };
}

async function decide(secretary: ApiClient, recipientId: string, body: string): Promise<string> {
  return ok(
    `beslut i ${body}`,
    await secretary.post(`/recipients/${recipientId}/decisions`, {
      bodyKind: 'committee',
      bodyName: body,
      meetingDate: '2013-06-10',
      paragraph: '§ 130',
      outcome: 'answer',
      text: `${body} föreslår att kommunen antar överenskommelsen.`,
      immediate: true,
    }),
    201,
  ).body.id;
}

async function askExtension(officer: ApiClient, recipientId: string): Promise<string> {
  return ok('begära anstånd', await officer.post(`/recipients/${recipientId}/extension-requests`, { requestedDate: '2013-12-19', reason: 'Kommunfullmäktige sammanträder i december.' }), 201).body
    .extensionRequestId;
}

/** Builds the world on a started test app; leaves the clock on 2013-06-12 09:00. */
export async function buildWorld(app: TestApp): Promise<World> {
  const as = (email: string) => app.as(email);
  const ksl = await as('kansli@ksl.se');
  const botkyrkaKansli = await as('kansli@botkyrka.example.se');
  const ekeroKansli = await as('kansli@ekero.example.se');
  const officer = { ekero: await as('handlaggare@ekero.example.se'), botkyrka: await as('handlaggare@botkyrka.example.se'), tyreso: await as('handlaggare@tyreso.example.se') };
  const secretary = { ekero: await as('namndsekreterare@ekero.example.se'), botkyrka: await as('namndsekreterare@botkyrka.example.se'), tyreso: await as('namndsekreterare@tyreso.example.se') };
  const org = {
    ksl: await app.organisationId('ksl'),
    ekero: await app.organisationId('ekero'),
    botkyrka: await app.organisationId('botkyrka'),
    tyreso: await app.organisationId('tyreso'),
    ekeroCommittee: '',
  };

  app.clock.set('2013-02-01T09:00:00+01:00');
  let ekeroAnswer = '';
  const k = await playCase(ksl, 'Överenskommelse om samverkan gällande nyanlända', [org.ekero, org.botkyrka, org.tyreso], [org.ekero, org.botkyrka], async (r) => {
    ekeroAnswer = await upload(officer.ekero, 'answer', 'Ekerös remissvar');
    ok('svara', await officer.ekero.post(`/recipients/${r[org.ekero]}/answer`, { position: 'synpunkter', text: 'Ekerö har synpunkter.', documentIds: [ekeroAnswer] }), 201);
  });
  const b = await playCase(botkyrkaKansli, 'Botkyrkas egen överenskommelse', [org.tyreso], [org.tyreso], async (r) => {
    ok('svara', await officer.tyreso.post(`/recipients/${r[org.tyreso]}/answer`, { position: 'tillstyrker', text: 'Tyresö tillstyrker.' }), 201);
  });

  app.clock.set('2013-06-12T09:00:00+02:00');
  ok(
    'beredning',
    await officer.ekero.post(`/recipients/${k.recommendation[org.ekero]}/preparations`, { kind: 'tjansteutlatande', date: '2013-06-01', author: 'Socialkontoret', title: 'Överenskommelse om nyanlända' }),
    201,
  );
  const decisions = {
    ekero: await decide(secretary.ekero, k.recommendation[org.ekero], 'Socialnämnden i Ekerö'),
    botkyrka: await decide(secretary.botkyrka, k.recommendation[org.botkyrka], 'Socialnämnden i Botkyrka'),
    tyreso: await decide(secretary.tyreso, b.recommendation[org.tyreso], 'Socialnämnden i Tyresö'),
  };
  const extensionRequests = {
    ekero: await askExtension(officer.ekero, k.recommendation[org.ekero]),
    botkyrka: await askExtension(officer.botkyrka, k.recommendation[org.botkyrka]),
    tyreso: await askExtension(officer.tyreso, b.recommendation[org.tyreso]),
  };

  // Ekerö's internal remiss of KSL's remiss, to a committee of its own.
  org.ekeroCommittee = ok(
    'skapa nämnd',
    await ekeroKansli.post('/organisations', { name: 'Socialnämnden, Ekerö kommun', slug: 'ekero-socialnamnden', kind: 'committee', registryPrefix: 'SN', registryEmail: 'socialnamnden@ekero.example.se', parentId: org.ekero }),
    201,
  ).body.id;
  const internal: string = ok('öppna intern remiss', await ekeroKansli.post('/cases', { title: 'Intern remiss: nyanlända', parentRecipientId: k.remiss[org.ekero] }), 201).body.id;
  ok('börja ta fram förslag', await ekeroKansli.post(`/cases/${internal}/start-drafting`), 200);
  const ekeroInternalDraft = await upload(ekeroKansli, 'draft', 'Intern remiss, utkast');
  ok('lägga till utkast', await ekeroKansli.post(`/cases/${internal}/drafts`, { documentId: ekeroInternalDraft }), 200);
  const internalRound: string = ok('skicka intern remiss', await ekeroKansli.post(`/cases/${internal}/rounds`, { deadline: '2013-08-30', organisationIds: [org.ekeroCommittee] }), 201).body.roundId;
  const internalRecipients = await recipientsOf(ekeroKansli, internal, internalRound);

  const kslDrafting: string = ok('öppna ärende', await ksl.post('/cases', { title: 'Ett ärende under beredning' }), 201).body.id;
  ok('börja ta fram förslag', await ksl.post(`/cases/${kslDrafting}/start-drafting`), 200);
  ok('lägga till utkast', await ksl.post(`/cases/${kslDrafting}/drafts`, { documentId: await upload(ksl, 'draft', 'Beredningsutkast') }), 200);

  const botkyrkaGroup: string = ok('skapa grupp', await botkyrkaKansli.post('/groups', { name: 'Botkyrkas grannar', slug: 'grannar', memberIds: [org.tyreso, org.ekero] }), 201).body.id;
  const [sodertorn] = await app.ds.query(`SELECT g.id FROM recipient_groups g WHERE g.slug = 'sodertorn' AND g.organisation_id = $1`, [org.ksl]);
  const kslAdmin = await app.as('admin@ksl.se');
  const ekeroProvider: string = ok(
    'lägga till inloggningstjänst',
    await kslAdmin.post('/admin/identity-providers', {
      organisationId: org.ekero,
      displayName: 'Ekerö kommun',
      issuerUrl: 'http://127.0.0.1:9',
      clientId: 'remiss',
      clientSecret: 'hemlig',
      allowedDomains: ['ekero.se'],
      roleMapping: [{ value: 'remiss-handlaggare', role: 'officer' }],
    }),
    201,
  ).body.id;

  const admin = await as('admin@ksl.se');
  const invite = async (organisationId: string, email: string, kind: 'person' | 'system' = 'person') =>
    ok(`bjuda in ${email}`, await admin.post('/users', { name: `Världens ${email}`, email, role: kind === 'system' ? 'secretariat' : 'officer', organisationId, kind }), 201).body.id as string;
  const users = {
    ksl: await invite(org.ksl, 'varld.ksl@ksl.se'),
    ekero: await invite(org.ekero, 'varld.ekero@ekero.example.se'),
    botkyrka: await invite(org.botkyrka, 'varld.botkyrka@botkyrka.example.se'),
    kslSystem: await invite(org.ksl, 'system@ksl.se', 'system'),
    botkyrkaSystem: await invite(org.botkyrka, 'system@botkyrka.example.se', 'system'),
  };
  const token = async (organisationId: string, userId: string) =>
    ok('skapa API-nyckel', await admin.post(`/organisations/${organisationId}/api-tokens`, { userId, name: 'Världens nyckel', scope: 'read' }), 201).body.id as string;
  const apiTokens = { ksl: await token(org.ksl, users.kslSystem), botkyrka: await token(org.botkyrka, users.botkyrkaSystem) };

  const subscribe = async (client: ApiClient, host: string) => ok('prenumerera', await client.post('/webhooks', { url: `https://${host}/remiss-webhook` }), 201).body.id as string;
  const webhooks = { ksl: await subscribe(ksl, 'diarie.ksl.example'), ekero: await subscribe(ekeroKansli, 'diarie.ekero.example'), botkyrka: await subscribe(botkyrkaKansli, 'diarie.botkyrka.example') };
  const logged = async (subscriptionId: string, caseId: string) =>
    (
      await app.ds.query(
        `INSERT INTO webhook_deliveries (subscription_id, event_id, event_type, case_id, body, status, tries, settled_at)
         SELECT $1, e.id, 'se.remiss.case.opened', $2, '{}', 'failed', 1, now() FROM event_log e WHERE e.case_id = $2 ORDER BY e.id LIMIT 1 RETURNING id`,
        [subscriptionId, caseId],
      )
    )[0].id as string;
  const webhookDeliveries = { ksl: await logged(webhooks.ksl, k.caseId), ekero: await logged(webhooks.ekero, internal), botkyrka: await logged(webhooks.botkyrka, b.caseId) };

  return {
    org,
    users,
    apiTokens,
    cases: { ksl: k.caseId, botkyrka: b.caseId, ekeroInternal: internal, kslDrafting },
    rounds: { kslRemiss: k.remissRound, kslRecommendation: k.recommendationRound, botkyrkaRemiss: b.remissRound, botkyrkaRecommendation: b.recommendationRound, ekeroInternal: internalRound },
    recipients: {
      kslRemiss: { ekero: k.remiss[org.ekero], botkyrka: k.remiss[org.botkyrka], tyreso: k.remiss[org.tyreso] },
      kslRecommendation: { ekero: k.recommendation[org.ekero], botkyrka: k.recommendation[org.botkyrka] },
      botkyrkaRemiss: { tyreso: b.remiss[org.tyreso] },
      botkyrkaRecommendation: { tyreso: b.recommendation[org.tyreso] },
      ekeroInternal: { committee: internalRecipients[org.ekeroCommittee] },
    },
    documents: { kslDraft1: k.drafts[0], kslDraft2: k.drafts[1], kslRemiss: k.remissDoc, kslAdjusted: k.adjustedDoc, ekeroAnswer, botkyrkaDraft: b.drafts[0], ekeroInternalDraft },
    decisions,
    extensionRequests,
    groups: { kslSodertorn: sodertorn.id, botkyrka: botkyrkaGroup },
    identityProviders: { ekero: ekeroProvider },
    webhooks,
    webhookDeliveries,
  };
}
