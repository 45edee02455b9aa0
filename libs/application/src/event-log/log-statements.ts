import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import {
  caseKeyOf,
  Clock,
  keyIdOf,
  NotFoundError,
  publicKeyPem,
  signStatement,
  STATEMENT_TYPE,
  STATEMENT_VERSION,
  StatedHead,
  StatementBody,
  statementText,
  todayInStockholm,
  ValidationError,
  verifyStatementSignature,
} from '@remiss/domain';
import { DataSource, EntityManager } from 'typeorm';
import { CLOCK } from '../core/tokens';
import { decodeCursor, Page, PageRequest, toPage } from '../paging/keyset';
import { verifyCaseLog } from './log-verification';

export interface LogStatementSummary {
  id: string;
  day: string;
  madeAt: string;
  keyId: string;
  cases: number;
  url: string;
}

export interface LogStatement extends LogStatementSummary {
  /** The signed text: RFC 8785 JSON of the statement (type, version, day, madeAt, keyId, heads). */
  statement: string;
  /** Ed25519 signature of the UTF-8 bytes of `statement`, base64. */
  signature: string;
  publicKeyUrl: string;
}

export interface LogKey {
  algorithm: 'Ed25519';
  keyId: string;
  /** SubjectPublicKeyInfo, PEM. */
  publicKey: string;
}

export interface StatementHeadMismatch {
  caseKey: string;
  /** The case the key names (null when no case has that key any more). */
  caseId: string | null;
  position: number;
  stated: string;
  /** The hash now at the stated position (null when the row is gone). */
  found: string | null;
  message: string;
}

export interface StatementCheck {
  /** The signature is the key's over the statement's text. */
  signatureValid: boolean;
  /** Signature valid and every case's current chain verifies and passes through the stated head. */
  ok: boolean;
  cases: number;
  mismatches: StatementHeadMismatch[];
}

const LIST_COLUMNS = `id::text, to_char(day, 'YYYY-MM-DD') AS day, made_at, key_id, cases`;

interface StatementRow {
  id: string;
  day: string;
  made_at: Date;
  key_id: string;
  cases: number;
}

function summary(row: StatementRow): LogStatementSummary {
  return { id: row.id, day: row.day, madeAt: row.made_at.toISOString(), keyId: row.key_id, cases: row.cases, url: `/public/log-statements/${row.id}` };
}

/**
 * Checks a statement against the log as it is now: its signature with the public key, then for every stated
 * head that the case's current chain verifies from its first row and still has the stated hash at the stated
 * position (it may have grown since). A past row changed after the statement was made fails the second check
 * even when the whole chain after it was recomputed.
 */
export async function checkStatement(manager: EntityManager, statement: { statement: string; signature: string }, publicKey: string, now: Date): Promise<StatementCheck> {
  const signatureValid = verifyStatementSignature(statement.statement, statement.signature, publicKey);
  const body = JSON.parse(statement.statement) as StatementBody;
  const mismatches: StatementHeadMismatch[] = [];
  const caseOf = new Map<string, string>();
  for (let after = '00000000-0000-0000-0000-000000000000'; ; ) {
    const ids: Array<{ id: string }> = await manager.query(`SELECT id FROM cases WHERE id > $1 ORDER BY id LIMIT 5000`, [after]);
    for (const { id } of ids) caseOf.set(caseKeyOf(id), id);
    if (ids.length < 5000) break;
    after = ids[ids.length - 1].id;
  }
  for (const stated of body.heads) {
    const caseId = caseOf.get(stated.caseKey) ?? null;
    const rows: Array<{ hash: string }> = caseId ? await manager.query(`SELECT hash FROM event_log WHERE case_id = $1 AND seq = $2`, [caseId, stated.rows]) : [];
    const found = rows[0]?.hash ?? null;
    if (!caseId || found !== stated.head) {
      mismatches.push({
        caseKey: stated.caseKey,
        caseId,
        position: stated.rows,
        stated: stated.head,
        found,
        message: found
          ? `Rad ${stated.rows} har inte längre den kontrollsumma som intyget anger: loggen har ändrats efter ${body.day}.`
          : caseId
            ? `Rad ${stated.rows} som intyget anger finns inte längre: loggen har kortats efter ${body.day}.`
            : `Ärendet som intyget anger finns inte längre.`,
      });
      continue;
    }
    const verification = await verifyCaseLog(manager, caseId, now);
    if (!verification.ok) mismatches.push({ caseKey: stated.caseKey, caseId, position: verification.firstMismatch?.position ?? 0, stated: stated.head, found, message: verification.message });
  }
  return { signatureValid, ok: signatureValid && mismatches.length === 0, cases: body.heads.length, mismatches };
}

/** The daily signed statements of every case's log head: made by the worker, published without sign-in. */
@Injectable()
export class LogStatementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The signing key's public half, or null when no key is configured. */
  publicKey(): LogKey | null {
    if (!this.config.logSigningKey) return null;
    const publicKey = publicKeyPem(this.config.logSigningKey);
    return { algorithm: 'Ed25519', keyId: keyIdOf(publicKey), publicKey };
  }

  key(): LogKey {
    const key = this.publicKey();
    if (!key) throw new NotFoundError('Nyckeln för loggintyg', 'log-key');
    return key;
  }

  /**
   * Today's (Stockholm) statement, made now unless it exists: every case's head read in one snapshot, signed,
   * stored once per day (a second replica's insert of the same day does nothing). Null without a key.
   */
  async makeToday(): Promise<{ id: string; created: boolean } | null> {
    const key = this.publicKey();
    if (!key || !this.config.logSigningKey) return null;
    const now = this.clock.now();
    const day = todayInStockholm(now);
    const existing: Array<{ id: string }> = await this.dataSource.query(`SELECT id::text FROM log_statements WHERE day = $1`, [day]);
    if (existing[0]) return { id: existing[0].id, created: false };
    const cases: Array<{ id: string; rows: number; head: string }> = await this.dataSource.query(`SELECT id, log_seq AS rows, log_head AS head FROM cases WHERE log_seq > 0`);
    const heads: StatedHead[] = cases.map((c) => ({ caseKey: caseKeyOf(c.id), rows: c.rows, head: c.head }));
    const body: StatementBody = { type: STATEMENT_TYPE, version: STATEMENT_VERSION, day, madeAt: now.toISOString(), keyId: key.keyId, heads };
    const text = statementText(body);
    const signature = signStatement(text, this.config.logSigningKey);
    const inserted: Array<{ id: string }> = await this.dataSource.query(
      `INSERT INTO log_statements (day, made_at, key_id, cases, statement, signature) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (day) DO NOTHING RETURNING id::text`,
      [day, now, key.keyId, heads.length, text, signature],
    );
    if (inserted[0]) return { id: inserted[0].id, created: true };
    const [made]: Array<{ id: string }> = await this.dataSource.query(`SELECT id::text FROM log_statements WHERE day = $1`, [day]);
    return { id: made.id, created: false };
  }

  /** Newest first (keyset on id). */
  async list(page: PageRequest): Promise<Page<LogStatementSummary>> {
    const key = decodeCursor(page.cursor, ['bigint']);
    const rows: Array<StatementRow & { _key: unknown[] }> = await this.dataSource.query(
      `SELECT ${LIST_COLUMNS}, json_build_array(id) AS "_key" FROM log_statements
        WHERE ($1::bigint IS NULL OR id < $1::bigint) ORDER BY id DESC LIMIT $2`,
      [key?.[0] ?? null, page.limit + 1],
    );
    return toPage(rows, page.limit, summary);
  }

  async get(id: string): Promise<LogStatement> {
    if (!/^[1-9]\d{0,17}$/.test(id)) throw ValidationError.field('number', 'måste vara ett loggintygs nummer (ett positivt heltal)', 'VALIDATION.INVALID_ID');
    const rows = await this.dataSource.query(`SELECT ${LIST_COLUMNS}, statement, signature FROM log_statements WHERE id = $1::bigint`, [id]);
    if (!rows[0]) throw new NotFoundError('Loggintyget', id);
    return { ...summary(rows[0]), statement: rows[0].statement, signature: rows[0].signature, publicKeyUrl: '/public/log-key' };
  }

  /** checkStatement with this installation's key. */
  check(statement: { statement: string; signature: string }): Promise<StatementCheck> {
    return checkStatement(this.dataSource.manager, statement, this.key().publicKey, this.clock.now());
  }
}
