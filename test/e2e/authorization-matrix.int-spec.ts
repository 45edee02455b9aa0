/**
 * The authorization matrix: every operation of the served OpenAPI document × actor (four roles, no token,
 * an expired token, a token with a wrong signature) × the world's objects in every relation to the actor
 * (own, sent, received, draft, foreign), against the expected-access table below. An operation without an
 * entry in the table fails the test, and so does an entry without an operation.
 *
 * A request is "allowed" when it gets past authorization (2xx, or 400/409/422 about the body or the state),
 * "denied" on 403/404, "unauthenticated" on 401. Successful answers must not mention another organisation's ids.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LogStatementsService } from '@remiss/application';
import { actorTokens, ActorName, ROLE_ACCOUNTS, ROLE_NAMES, RoleName, TOKENLESS } from '../support/actors';
import { apiOperations, fillPath, Operation } from '../support/openapi';
import { foreignIds, IdKind, objectsOf, Relation, sideOf } from '../support/relations';
import { ApiClient, pdf, startTestApp, TestApp } from '../support/test-app';
import { buildWorld, World } from '../support/world';

jest.setTimeout(240_000);

type Allow = Partial<Record<RoleName, Relation[]>>;
interface Entry {
  /** 'public': anyone, also without a token. Otherwise the roles and the relations they may act on. */
  allow: Allow | 'public';
  /** the kind of the path's ids (none: no path ids) */
  ids?: IdKind;
  /** a body that passes validation, so that the request reaches the access check */
  body?: (w: World, role: RoleName | null) => unknown;
  /** the request revokes the token it carries (sign-out): send a fresh one, so the actor's own stays valid */
  revokesToken?: true;
}

const ALL: Relation[] = ['none'];
const everyone: Allow = { secretariat: ALL, admin: ALL, officer: ALL, secretary: ALL };
/** A case is steered by its own organisation's secretariat, administrators and officers (who forward a remiss internally). */
const ownCase: Allow = { secretariat: ['own'], admin: ['own'], officer: ['own'] };
let unique = 0;
const next = () => `${Date.now().toString(36)}-${(unique += 1)}`;
const orgOf = (w: World, role: RoleName | null) => (role === 'officer' || role === 'secretary' ? w.org.ekero : w.org.ksl);

/**
 * The expected access, as a security review wants it (not as the app happens to be):
 * - case data belongs to the case's organisation; its secretariat, administrators and officers steer it
 *   (an officer forwards a remiss internally: the domain's "forward internally"); a committee secretary never
 *   opens, sends, closes or withdraws a case;
 * - an organisation a case was sent to reads the case (its own row only), its sent documents and its own
 *   recipient, but never working drafts and never another organisation's recipient, answer or decision;
 * - answers are the officer's, decisions and dispatches the committee secretary's, extensions both;
 *   granting, denying and registering receipt are the case owner's secretariat's and administrators';
 * - the directory (organisations, groups, users) is written by administrators and secretariats;
 * - operations data (outbox files, test mail) is the administrators' only;
 * - an organisation's accounts, API tokens, password switch and audit log are its administrators' and KSL's
 *   administrators' (for every organisation; the matrix's administrator is KSL's);
 * - asking for a reset link and choosing a password from one are public (the link is the credential).
 */
const TABLE: Record<string, Entry> = {
  'GET /health': { allow: 'public' },
  'POST /auth/login': { allow: 'public', body: () => ({ email: 'kansli@ksl.se', password: 'remiss' }) },
  'GET /auth/me': { allow: everyone },
  'POST /auth/logout': { allow: everyone, revokesToken: true },
  'POST /auth/session': { allow: 'public', body: () => ({ email: 'kansli@ksl.se', password: 'remiss' }) },
  // Single sign-on: the sign-in page's list, the start (to the provider, or back with `fel` when it does not answer) and the callback.
  'GET /auth/oidc/providers': { allow: 'public' },
  'GET /auth/oidc/{providerId}/start': { allow: 'public' },
  'GET /auth/oidc/callback': { allow: 'public' },
  'GET /health/live': { allow: 'public' },
  'GET /health/ready': { allow: 'public' },
  'GET /admin/failed-reminders': { allow: { admin: ALL } },

  'POST /admin/test-mail': { allow: { admin: ALL }, body: () => ({ to: 'registrator@ksl.se' }) },
  'GET /admin/outbox-mails': { allow: { admin: ALL } },
  'GET /admin/outbox-mails/{name}': { allow: { admin: ALL } },
  'GET /admin/mail-log': { allow: { admin: ALL, secretariat: ALL } },
  // The sign-in audit: every administrator (KSL's see every organisation's rows, others their own).
  'GET /admin/sign-ins': { allow: { admin: ALL } },
  // Identity providers are managed by KSL's administrators only; the client secret is never answered.
  'GET /admin/identity-providers': { allow: { admin: ALL } },
  'POST /admin/identity-providers': {
    allow: { admin: ALL },
    body: (w) => ({ organisationId: w.org.botkyrka, displayName: `Botkyrka ${next()}`, issuerUrl: 'https://login.example.com/botkyrka', clientId: 'remiss', allowedDomains: ['botkyrka.se'], roleMapping: [{ value: 'remiss', role: 'officer' }] }),
  },
  'GET /admin/identity-providers/{id}': { ids: 'identityProvider', allow: { admin: ['own'] } },
  'PATCH /admin/identity-providers/{id}': { ids: 'identityProvider', allow: { admin: ['own'] }, body: () => ({ displayName: `Ekerö kommun ${next()}` }) },
  'DELETE /admin/identity-providers/{id}': { ids: 'identityProvider', allow: { admin: ['own'] } },

  'POST /cases': { allow: { secretariat: ALL, admin: ALL, officer: ALL }, body: () => ({ title: `Matrisärende ${next()}` }) },
  'GET /cases': { allow: everyone },
  'GET /cases/{id}': { ids: 'case', allow: { secretariat: ['own'], admin: ['own'], officer: ['own', 'received'], secretary: ['own', 'received'] } },
  'GET /cases/{id}/events': { ids: 'case', allow: { secretariat: ['own'], admin: ['own'], officer: ['own', 'received'], secretary: ['own', 'received'] } },
  'POST /cases/{id}/start-drafting': { ids: 'case', allow: ownCase },
  'POST /cases/{id}/drafts': { ids: 'case', allow: ownCase, body: (w) => ({ documentId: w.documents.kslDraft2 }) },
  'POST /cases/{id}/seminar': { ids: 'case', allow: ownCase, body: () => ({ date: '2013-06-20', place: 'KSL, Stockholm' }) },
  'POST /cases/{id}/seminar/held': { ids: 'case', allow: ownCase },
  'POST /cases/{id}/seminar/cancel': { ids: 'case', allow: ownCase },
  'POST /cases/{id}/rounds': { ids: 'case', allow: ownCase, body: (w) => ({ deadline: '2013-09-30', organisationIds: [w.org.tyreso] }) },
  'POST /cases/{id}/recommendations': { ids: 'case', allow: ownCase, body: (w) => ({ deadline: '2013-12-13', organisationIds: [w.org.tyreso] }) },
  'POST /cases/{id}/rounds/close': {
    ids: 'case',
    allow: ownCase,
    body: (w, role) => ({ roundId: role === 'officer' || role === 'secretary' ? w.rounds.ekeroInternal : w.rounds.kslRemiss }),
  },
  'POST /cases/{id}/adjusted-proposal': { ids: 'case', allow: ownCase, body: (w) => ({ documentId: w.documents.kslAdjusted }) },
  'POST /cases/{id}/ready': { ids: 'case', allow: ownCase },
  'POST /cases/{id}/withdraw': { ids: 'case', allow: ownCase, body: () => ({ reason: 'Ärendet återkallas.' }) },
  // The register of parties is the secretariat's: an officer's own (internal) case has no parties.
  'POST /cases/{id}/terminations': { ids: 'case', allow: { secretariat: ['own'], admin: ['own'] }, body: (w) => ({ organisationId: w.org.ekero, noticeReachedDate: '2013-06-11' }) },
  'GET /cases/{id}/rounds/{roundId}/compilation': { ids: 'caseRound', allow: { secretariat: ['own'], admin: ['own'], officer: ['own'], secretary: ['own'] } },
  'GET /cases/{id}/rounds/{roundId}/compilation.csv': { ids: 'caseRound', allow: { secretariat: ['own'], admin: ['own'], officer: ['own'], secretary: ['own'] } },
  'GET /cases/{id}/archive': { ids: 'case', allow: { secretariat: ['own'], admin: ['own'] } },
  'GET /cases/{id}/log/verify': { ids: 'case', allow: { secretariat: ['own'], admin: ['own'] } },
  'GET /cases/{id}/compilation.docx': { ids: 'case', allow: { secretariat: ['own'], admin: ['own'], officer: ['own'], secretary: ['own'] } },
  'GET /cases/{id}/parties': { ids: 'case', allow: { secretariat: ['own'], admin: ['own'], officer: ['own', 'received'], secretary: ['own', 'received'] } },
  'GET /cases/{id}/parties.csv': { ids: 'case', allow: { secretariat: ['own'], admin: ['own'], officer: ['own', 'received'], secretary: ['own', 'received'] } },

  'GET /inbox': { allow: everyone },
  // The recipient organisation, and the case's own organisation (an officer's internal remiss included).
  'GET /recipients/{id}': { ids: 'remissRecipient', allow: { secretariat: ['sent'], admin: ['sent'], officer: ['own', 'sent'], secretary: ['own', 'sent'] } },
  // The reminders of a recipient: the case's organisation and the recipient's, like the recipient itself.
  'GET /recipients/{id}/reminders': { ids: 'remissRecipient', allow: { secretariat: ['sent'], admin: ['sent'], officer: ['own', 'sent'], secretary: ['own', 'sent'] } },
  // Assigning a received remiss is the receiving organisation's (officers and secretaries as well as its secretariat).
  'PUT /recipients/{id}/assignee': { ids: 'remissRecipient', allow: { officer: ['own'], secretary: ['own'] }, body: () => ({ userId: null }) },
  'GET /recipients/{id}/inner-answers': { ids: 'remissRecipient', allow: { officer: ['own'], secretary: ['own'] } },
  'POST /recipients/{id}/answer': { ids: 'remissRecipient', allow: { officer: ['own'] }, body: () => ({ position: 'tillstyrker', text: 'Vi tillstyrker.' }) },
  'POST /recipients/{id}/answer/corrections': { ids: 'remissRecipient', allow: { officer: ['own'] }, body: () => ({ position: 'synpunkter', text: 'Rättat svar.' }) },
  'POST /recipients/{id}/decline': { ids: 'remissRecipient', allow: { officer: ['own'] }, body: () => ({ reason: 'Vi avstår.' }) },
  'POST /recipients/{id}/extension-requests': {
    ids: 'recommendationRecipient',
    allow: { officer: ['own'], secretary: ['own'] },
    body: () => ({ requestedDate: '2013-12-20', reason: 'Fullmäktige sammanträder i december.' }),
  },
  'GET /extension-requests': { allow: everyone },
  'POST /extension-requests/{id}/grant': { ids: 'extensionRequest', allow: { secretariat: ['sent'], admin: ['sent'] }, body: () => ({ comment: 'Beviljas.' }) },
  'POST /extension-requests/{id}/deny': { ids: 'extensionRequest', allow: { secretariat: ['sent'], admin: ['sent'] }, body: () => ({ comment: 'Avslås.' }) },

  // Everyone's own notifications (the rows are per user: no one reads or marks another's).
  'GET /notifications': { allow: everyone },
  'GET /notifications/unread-count': { allow: everyone },
  'POST /notifications/read': { allow: everyone, body: () => ({ all: true }) },

  'GET /calendar/deadline-check': { allow: everyone },
  'GET /calendar/feed-url': { allow: everyone },
  'POST /calendar/feed-url/renew': { allow: { secretariat: ALL, admin: ALL } },
  'GET /calendar/{organisationId}.ics': { allow: 'public' },
  'GET /public/log-statements': { allow: 'public' },
  'GET /public/log-statements/{number}': { allow: 'public' },
  'GET /public/log-key': { allow: 'public' },

  'POST /documents': { allow: everyone },
  'GET /documents/{id}': { ids: 'document', allow: { secretariat: ['own', 'received'], admin: ['own', 'received'], officer: ['own', 'received'], secretary: ['own', 'received'] } },
  'GET /documents/{id}/content': { ids: 'document', allow: { secretariat: ['own', 'received'], admin: ['own', 'received'], officer: ['own', 'received'], secretary: ['own', 'received'] } },

  'GET /organisations': { allow: everyone },
  'GET /organisations/{id}': { ids: 'organisation', allow: { secretariat: ['own', 'foreign'], admin: ['own', 'foreign'], officer: ['own', 'foreign'], secretary: ['own', 'foreign'] } },
  'POST /organisations': {
    allow: { admin: ALL, secretariat: ALL },
    body: (w, role) => ({ name: `Nämnd ${next()}`, slug: `namnd-${next()}`, kind: 'committee', registryPrefix: 'N', registryEmail: `namnd-${next()}@example.se`, parentId: orgOf(w, role) }),
  },
  // A secretariat sets its own organisation's numbering; administrators any organisation's.
  'PUT /organisations/{id}/registry-format': {
    ids: 'organisation',
    allow: { admin: ['own', 'foreign'], secretariat: ['own'] },
    body: () => ({ caseNumberFormat: 'DNR {yy}/{nnnn}', documentNumberFormat: '{case}-{n}' }),
  },
  'GET /groups': { allow: everyone },
  'POST /groups': { allow: { admin: ALL, secretariat: ALL }, body: (w) => ({ name: `Grupp ${next()}`, slug: `grupp-${next()}`, memberIds: [w.org.ekero] }) },
  'POST /users': { allow: { admin: ALL, secretariat: ALL }, body: (w, role) => ({ name: 'Anna Andersson', email: `anna-${next()}@example.se`, role: 'officer', organisationId: orgOf(w, role) }) },

  'GET /organisations/{id}/users': { ids: 'organisation', allow: { admin: ['own', 'foreign'] } },
  'POST /users/{id}/role': { ids: 'user', allow: { admin: ['own', 'foreign'] }, body: () => ({ role: 'officer' }) },
  'POST /users/{id}/deactivate': { ids: 'user', allow: { admin: ['own', 'foreign'] } },
  'POST /users/{id}/reactivate': { ids: 'user', allow: { admin: ['own', 'foreign'] } },
  'POST /users/{id}/invitation': { ids: 'user', allow: { admin: ['own', 'foreign'] } },
  'POST /organisations/{id}/password-sign-in': { ids: 'organisation', allow: { admin: ['own', 'foreign'] }, body: () => ({ enabled: true }) },
  'GET /organisations/{id}/audit-log': { ids: 'organisation', allow: { admin: ['own', 'foreign'] } },
  'GET /organisations/{id}/api-tokens': { ids: 'organisation', allow: { admin: ['own', 'foreign'] } },
  'POST /organisations/{id}/api-tokens': { ids: 'organisation', allow: { admin: ['own', 'foreign'] }, body: (w) => ({ userId: w.users.kslSystem, name: `Matris ${next()}`, scope: 'read' }) },
  'POST /api-tokens/{id}/revoke': { ids: 'apiToken', allow: { admin: ['own', 'foreign'] } },
  'POST /auth/forgot-password': { allow: 'public', body: () => ({ email: 'kansli@ksl.se' }) },
  'POST /auth/set-password/check': { allow: 'public', body: () => ({ token: 'A'.repeat(43) }) },
  'POST /auth/set-password': { allow: 'public', body: () => ({ token: 'A'.repeat(43), password: 'korrekt häst batteri häftklammer' }) },
  'GET /events': { allow: everyone },
  'GET /events/types': { allow: everyone },
  // An organisation's webhooks are its administrators' and secretariat's (never another organisation's).
  'POST /webhooks': { allow: { secretariat: ALL, admin: ALL }, body: () => ({ url: `https://diarie-${next()}.ksl.example/hook` }) },
  'GET /webhooks': { allow: { secretariat: ALL, admin: ALL } },
  'GET /webhooks/{id}': { ids: 'webhook', allow: { secretariat: ['own'], admin: ['own'] } },
  'PATCH /webhooks/{id}': { ids: 'webhook', allow: { secretariat: ['own'], admin: ['own'] }, body: () => ({ description: 'Ändrad i matrisen' }) },
  'DELETE /webhooks/{id}': { ids: 'webhook', allow: { secretariat: ['own'], admin: ['own'] } },
  'GET /webhooks/{id}/deliveries': { ids: 'webhook', allow: { secretariat: ['own'], admin: ['own'] } },
  'POST /webhooks/{id}/replay': { ids: 'webhook', allow: { secretariat: ['own'], admin: ['own'] }, body: () => ({ since: '2013-01-01T00:00:00+01:00' }) },
  'POST /webhook-deliveries/{id}/replay': { ids: 'webhookDelivery', allow: { secretariat: ['own'], admin: ['own'] } },

  'GET /registry': { allow: everyone },
  'GET /registry.csv': { allow: everyone },

  'GET /recipients/{id}/decisions': { ids: 'recommendationRecipient', allow: { secretariat: ['sent'], admin: ['sent'], officer: ['own'], secretary: ['own'] } },
  'POST /recipients/{id}/preparations': {
    ids: 'recommendationRecipient',
    allow: { officer: ['own'], secretary: ['own'] },
    body: () => ({ kind: 'tjansteskrivelse', date: '2013-06-05', author: 'Kommunledningskontoret', title: 'Överenskommelsen' }),
  },
  'POST /recipients/{id}/decisions': {
    ids: 'recommendationRecipient',
    allow: { secretary: ['own'] },
    body: () => ({ bodyKind: 'board', bodyName: 'Kommunstyrelsen', meetingDate: '2013-06-11', paragraph: '§ 12', outcome: 'other', text: 'Föreslår fullmäktige att anta.', immediate: true }),
  },
  'POST /decisions/{id}/corrections': { ids: 'decision', allow: { secretary: ['own'] }, body: () => ({ paragraph: '§ 131', reason: 'Fel paragraf.' }) },
  'POST /recipients/{id}/dispatch': { ids: 'recommendationRecipient', allow: { secretary: ['own'] }, body: () => ({}) },
  'POST /recipients/{id}/receipt': { ids: 'recommendationRecipient', allow: { secretariat: ['sent'], admin: ['sent'] }, body: () => ({}) },

  // Offentlighet: the public portal (anyone, no token) and secrecy marking (the case owner's secretariat).
  'GET /public/organisations': { allow: 'public' },
  'GET /public/organisations/{slug}/cases': { allow: 'public' },
  'GET /public/organisations/{slug}/cases/{id}': { ids: 'publicCase', allow: 'public' },
  'GET /public/organisations/{slug}/registry': { allow: 'public' },
  'GET /public/documents/{id}/content': { ids: 'publicDocument', allow: 'public' },
  'GET /offentligt': { allow: 'public' },
  'GET /offentligt/{slug}': { allow: 'public' },
  'GET /offentligt/{slug}/remisser/{id}': { ids: 'publicCase', allow: 'public' },
  'GET /offentligt/{slug}/diarium': { allow: 'public' },
  'GET /offentligt/{slug}/flode.atom': { allow: 'public' },
  'GET /cases/{id}/secrecy-markings': { ids: 'case', allow: { secretariat: ['own'], admin: ['own'] } },
  'POST /documents/{id}/secrecy': { ids: 'document', allow: { secretariat: ['own', 'received'], admin: ['own', 'received'] }, body: () => ({ extent: 'whole', legalGround: 'OSL 21 kap. 7 §', reason: 'Matrisprov' }) },
  'POST /documents/{id}/secrecy/unmark': { ids: 'document', allow: { secretariat: ['own', 'received'], admin: ['own', 'received'] }, body: () => ({ reason: 'Matrisprov' }) },
  'POST /recipients/{id}/answer/secrecy': { ids: 'remissRecipient', allow: { secretariat: ['sent'], admin: ['sent'] }, body: () => ({ extent: 'part', legalGround: 'OSL 21 kap. 7 §', reason: 'Matrisprov' }) },
  'POST /recipients/{id}/answer/secrecy/unmark': { ids: 'remissRecipient', allow: { secretariat: ['sent'], admin: ['sent'] }, body: () => ({ reason: 'Matrisprov' }) },
};

type Outcome = 'allowed' | 'denied' | 'unauthenticated' | 'error';
const outcomeOf = (status: number): Outcome =>
  status >= 500 ? 'error' : status === 401 ? 'unauthenticated' : status === 403 || status === 404 ? 'denied' : 'allowed';

interface Cell {
  op: Operation;
  actor: ActorName;
  relation: Relation;
  params: Record<string, string>;
  expected: Outcome;
}

describe('authorization matrix from the OpenAPI document', () => {
  let app: TestApp;
  let world: World;
  let operations: Operation[];
  let clients: Record<ActorName, ApiClient>;
  const mailName = 'matris-brev.eml';
  /** A signed log statement of the world's cases (the worker makes them; this app has none). */
  let statementNumber: string;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'remiss-matrix-'));

  beforeAll(async () => {
    // the public portal's operations are many requests from one address: lift the public throttle
    app = await startTestApp({ env: { DATA_DIR: dataDir, PUBLIC_MAX_REQUESTS_PER_ADDRESS: '1000000' } });
    fs.mkdirSync(path.join(dataDir, 'outbox'), { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'outbox', mailName), 'Subject: Prov\r\n\r\nHej\r\n');
    world = await buildWorld(app);
    const tokens = await actorTokens(app);
    clients = Object.fromEntries(Object.entries(tokens).map(([actor, token]) => [actor, new ApiClient(app.baseUrl, token)])) as Record<ActorName, ApiClient>;
    operations = await apiOperations(app.anonymous());
    statementNumber = (await app.api.get(LogStatementsService).makeToday())!.id;
  });
  afterAll(async () => {
    await app?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('has an entry for every operation and an operation for every entry', () => {
    const served = operations.map((o) => o.key);
    expect(served.filter((key) => !(key in TABLE))).toEqual([]);
    expect(Object.keys(TABLE).filter((key) => !served.includes(key))).toEqual([]);
  });

  it('grants exactly the expected access, and allowed answers never mention another organisation', async () => {
    const cells: Cell[] = [];
    for (const op of operations) {
      const entry = TABLE[op.key];
      if (!entry) continue;
      const fixed: Record<string, string> = { name: mailName, organisationId: world.org.ksl, slug: 'ksl', number: statementNumber, providerId: world.identityProviders.ekero };
      for (const actor of TOKENLESS) cells.push({ op, actor, relation: 'none', params: { ...fixed, ...(entry.ids ? objectsOf(world, entry.ids, 'ksl').own ?? objectsOf(world, entry.ids, 'ksl').sent : {}) }, expected: entry.allow === 'public' ? 'allowed' : 'unauthenticated' });
      for (const role of ROLE_NAMES) {
        const relations: Array<[Relation, Record<string, string>]> = entry.ids
          ? (Object.entries(objectsOf(world, entry.ids, sideOf(role))) as Array<[Relation, Record<string, string>]>)
          : [['none', {}]];
        for (const [relation, params] of relations) {
          const allowed = entry.allow === 'public' || (entry.allow[role] ?? []).includes(relation);
          cells.push({ op, actor: role, relation, params: { ...fixed, ...params }, expected: allowed ? 'allowed' : 'denied' });
        }
      }
    }
    // Reads first, then writes, the withdrawal and deletions last; within an operation the refusals before the grants,
    // so that a granted write changes the world only after everyone it must refuse has tried.
    const phase = (op: Operation) => (op.method === 'GET' ? 0 : op.key.endsWith('/withdraw') || op.method === 'DELETE' ? 2 : 1);
    const groups = [...operations]
      .sort((a, b) => phase(a) - phase(b))
      .map((op) => cells.filter((c) => c.op === op).sort((a, b) => Number(a.expected === 'allowed') - Number(b.expected === 'allowed')));

    const mismatches: string[] = [];
    const leaks: string[] = [];
    for (const group of groups) {
      for (const cell of group) {
        const entry = TABLE[cell.op.key];
        const role = (ROLE_NAMES as string[]).includes(cell.actor) ? (cell.actor as RoleName) : null;
        const url = fillPath(cell.op.path, cell.params);
        let body: unknown;
        if (cell.op.key === 'POST /documents') {
          const form = new FormData();
          form.append('kind', 'other');
          form.append('title', 'Matrisdokument');
          form.append('file', new Blob([new Uint8Array(pdf('matris'))], { type: 'application/pdf' }), 'matris.pdf');
          body = form;
        } else if (cell.op.method !== 'GET') body = entry.body ? entry.body(world, role) : {};
        const client = entry.revokesToken && role ? new ApiClient(app.baseUrl, await app.freshToken(ROLE_ACCOUNTS[role])) : clients[cell.actor];
        const response = await client.request(cell.op.method, url, body);
        const got = outcomeOf(response.status);
        const label = `${cell.op.key} as ${cell.actor} on ${cell.relation} (${url})`;
        if (got !== cell.expected) {
          mismatches.push(`${label}: expected ${cell.expected}, got ${response.status} ${JSON.stringify(response.body).slice(0, 160)}`);
        }
        if (role && response.status < 300) {
          // the ids the request itself named are not a leak when echoed
          const sent = `${url} ${body instanceof FormData ? '' : JSON.stringify(body ?? '')}`;
          const text = typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
          const seen = [...foreignIds(world, sideOf(role))].filter(([id]) => text.includes(id) && !sent.includes(id)).map(([, what]) => what);
          if (seen.length > 0) leaks.push(`${label}: ${response.status} shows ${seen.join(', ')}`);
        }
      }
    }
    const size = cells.length;
    console.log(
      `authorization matrix: ${operations.length} operations × ${ROLE_NAMES.length + TOKENLESS.length} actors × relations = ${size} requests; ` +
        `${mismatches.length} access mismatches, ${leaks.length} answers showing another organisation's ids\n` +
        [...mismatches.map((m) => `MISMATCH ${m}`), ...leaks.map((l) => `LEAK ${l}`)].join('\n'),
    );
    expect(size).toBeGreaterThan(operations.length * 7);
    expect({ mismatches, leaks }).toEqual({ mismatches: [], leaks: [] });
  });
});
