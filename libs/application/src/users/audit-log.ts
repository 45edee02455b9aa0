import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../access/actor';
import { decodeCursor, Page, PageRequest, toPage } from '../paging/keyset';
import { requireManageable } from './user-admin-access';

/** What happened to an organisation's accounts and settings (the case event_log is per case; this is per organisation). */
export type AuditAction =
  | 'user.invited'
  | 'user.created'
  | 'user.invitation_resent'
  | 'user.role_changed'
  | 'user.deactivated'
  | 'user.reactivated'
  | 'user.password_set'
  | 'user.password_reset'
  | 'api_token.created'
  | 'api_token.revoked'
  | 'organisation.password_sign_in_changed'
  | 'identity_provider.created'
  | 'identity_provider.changed'
  | 'identity_provider.removed';

export interface AuditEntry {
  organisationId: string;
  /** Who did it; null for the account holder themself (setting a password from a mail link). */
  actor: Actor | null;
  action: AuditAction;
  subject?: { id: string; name: string } | null;
  details?: Record<string, unknown>;
}

/** Appends one entry in the caller's transaction: the change and its record commit together. */
export async function appendAudit(m: EntityManager, entry: AuditEntry): Promise<void> {
  await m.query(
    `INSERT INTO organisation_audit_log (organisation_id, at, actor_id, actor_name, action, subject_user_id, subject_name, details)
     VALUES ($1, app_now(), $2, $3, $4, $5, $6, $7)`,
    [
      entry.organisationId,
      entry.actor?.userId ?? (entry.actor ? null : (entry.subject?.id ?? null)),
      entry.actor?.name ?? entry.subject?.name ?? 'Systemet',
      entry.action,
      entry.subject?.id ?? null,
      entry.subject?.name ?? null,
      JSON.stringify(entry.details ?? {}),
    ],
  );
}

const ROLE_WORDS: Record<string, string> = {
  secretariat: 'kansli',
  officer: 'handläggare',
  secretary: 'nämndsekreterare',
  admin: 'administratör',
};
const role = (value: unknown) => ROLE_WORDS[String(value)] ?? String(value);
const scope = (value: unknown) => (value === 'read' ? 'läsa' : 'läsa och ändra');

const PROVIDER_FIELD_WORDS: Record<string, string> = {
  organisationId: 'organisation',
  displayName: 'namn',
  issuerUrl: 'adress',
  clientId: 'klient-id',
  clientSecret: 'klienthemlighet',
  allowedDomains: 'tillåtna e-postdomäner',
  roleClaim: 'gruppanspråk',
  roleMapping: 'roller',
  enabled: 'på/av',
};

/** The entry in one plain Swedish sentence (what the administrator reads). */
export function describeAudit(
  action: string,
  actorName: string,
  subjectName: string | null,
  d: Record<string, unknown>,
): string {
  const who = subjectName ?? 'okänd användare';
  switch (action) {
    case 'user.invited':
      return `${actorName} bjöd in ${who} (${String(d.email ?? '')}) som ${role(d.role)}.`;
    case 'user.created':
      return `${actorName} lade till systemkontot ${who} med rollen ${role(d.role)}.`;
    case 'user.invitation_resent':
      return `${actorName} skickade en ny inbjudan till ${who}.`;
    case 'user.role_changed':
      return `${actorName} ändrade rollen för ${who} från ${role(d.from)} till ${role(d.to)}.`;
    case 'user.deactivated':
      return `${actorName} stängde av kontot för ${who}.`;
    case 'user.reactivated':
      return `${actorName} aktiverade kontot för ${who} igen.`;
    case 'user.password_set':
      return `${who} valde ett lösenord från inbjudan.`;
    case 'user.password_reset':
      return `${who} bytte lösenord med en återställningslänk; alla inloggningar avslutades.`;
    case 'api_token.created':
      return `${actorName} skapade API-nyckeln "${String(d.name ?? '')}" för ${who} (får ${scope(d.scope)}).`;
    case 'api_token.revoked':
      return `${actorName} återkallade API-nyckeln "${String(d.name ?? '')}" för ${who}.`;
    case 'organisation.password_sign_in_changed':
      return d.enabled
        ? `${actorName} slog på inloggning med lösenord.`
        : `${actorName} stängde av inloggning med lösenord (bara organisationens eget konto).`;
    case 'identity_provider.created':
      return `${actorName} lade till inloggningstjänsten "${String(d.displayName ?? '')}" (${String(d.issuerUrl ?? '')}).`;
    case 'identity_provider.changed':
      return `${actorName} ändrade inloggningstjänsten "${String(d.displayName ?? '')}"${Array.isArray(d.fields) && d.fields.length ? ` (${(d.fields as string[]).map((f) => PROVIDER_FIELD_WORDS[f] ?? f).join(', ')})` : ''}.`;
    case 'identity_provider.removed':
      return `${actorName} tog bort inloggningstjänsten "${String(d.displayName ?? '')}".`;
    default:
      return `${actorName}: ${action}`;
  }
}

export interface AuditLogItem {
  id: string;
  at: string;
  action: AuditAction;
  actorId: string | null;
  actorName: string;
  subjectUserId: string | null;
  subjectName: string | null;
  details: Record<string, unknown>;
  /** The entry in plain Swedish. */
  description: string;
}

/** The organisation's audit log, newest first, for its administrators (and KSL's). */
@Injectable()
export class AuditLogQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(actor: Actor, organisationId: string, page: PageRequest): Promise<Page<AuditLogItem>> {
    await requireManageable(this.dataSource.manager, actor, organisationId, 'read-audit-log');
    const key = decodeCursor(page.cursor, ['timestamp', 'bigint']);
    const rows: Array<Omit<AuditLogItem, 'at' | 'description'> & { at: Date; _key: unknown[] }> =
      await this.dataSource.query(
        `SELECT id::text AS id, at, action, actor_id AS "actorId", actor_name AS "actorName", subject_user_id AS "subjectUserId",
              subject_name AS "subjectName", details, json_build_array(at, id) AS "_key"
         FROM organisation_audit_log
        WHERE organisation_id = $1 AND ($2::timestamptz IS NULL OR (at, id) < ($2::timestamptz, $3::bigint))
        ORDER BY at DESC, id DESC LIMIT $4`,
        [organisationId, key?.[0] ?? null, key?.[1] ?? null, page.limit + 1],
      );
    return toPage(rows, page.limit, (r) => ({
      ...r,
      at: new Date(r.at).toISOString(),
      description: describeAudit(r.action, r.actorName, r.subjectName, r.details),
    }));
  }
}
