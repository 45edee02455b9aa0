import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { ForbiddenError, isUuid, ValidationError } from '@remiss/domain';
import { QueueName } from '@remiss/queue';
import { DataSource, EntityManager } from 'typeorm';
import { denyAsNotFound, requireRole } from '../access/access-policy';
import { Actor } from '../access/actor';
import { EVENT_TYPES } from '../events/event-catalogue';
import { feedHead } from '../events/event-feed';
import { decodeCursor, Page, PageRequest, toPage } from '../paging/keyset';
import { checkWebhookSecret, generateWebhookSecret } from './webhook-signature';
import { checkWebhookUrl } from './webhook-target';

/** Who manages an organisation's webhooks and reads and replays its deliveries: its administrators and secretariat. */
export const WEBHOOK_ROLES = ['admin', 'secretariat'] as const;

/** At most this many subscriptions per organisation. */
export const WEBHOOKS_PER_ORGANISATION = 20;

export interface WebhookSubscriptionView {
  id: string;
  url: string;
  types: string[];
  description: string;
  active: boolean;
  createdAt: string;
  updatedAt: string;
  deliveries: { pending: number; delivered: number; failed: number };
}

export interface WebhookInput {
  url: string;
  types?: string[];
  description?: string;
  secret?: string;
}

export interface WebhookChange {
  url?: string;
  types?: string[];
  description?: string;
  active?: boolean;
}

const COLUMNS = `s.id, s.url, s.types, s.description, s.active, s.created_at AS "createdAt", s.updated_at AS "updatedAt",
  (SELECT json_build_object('pending', count(*) FILTER (WHERE d.status = 'pending'), 'delivered', count(*) FILTER (WHERE d.status = 'delivered'),
                            'failed', count(*) FILTER (WHERE d.status = 'failed')) FROM webhook_deliveries d WHERE d.subscription_id = s.id) AS deliveries`;

function checkTypes(types: string[] | undefined): string[] {
  const list = [...new Set(types ?? [])];
  const unknown = list.find((t) => !EVENT_TYPES.includes(t));
  if (unknown !== undefined) throw ValidationError.field('types', `innehåller en okänd händelsetyp ("${unknown.slice(0, 80)}"); se GET /events/types`, 'WEBHOOK.TYPE_UNKNOWN');
  return list.sort();
}

/** The subscription if it is the actor's organisation's; a logged 404 otherwise. */
export async function loadSubscription(
  m: EntityManager,
  actor: Actor,
  id: string,
  options: { lock?: boolean; deleted?: boolean } = {},
): Promise<{ id: string; organisation_id: string; active: boolean; deleted: boolean }> {
  if (!isUuid(id)) throw ValidationError.field('id', 'måste vara ett UUID', 'VALIDATION.INVALID_ID');
  requireRole(actor, ...WEBHOOK_ROLES);
  const rows = await m.query(`SELECT id, organisation_id, active, deleted_at IS NOT NULL AS deleted FROM webhook_subscriptions WHERE id = $1${options.lock ? ' FOR UPDATE' : ''}`, [id]);
  const row = rows[0];
  const visible = row && (actor.role === 'system' || row.organisation_id === actor.organisationId) && (options.deleted || !row.deleted);
  if (!visible) return denyAsNotFound(m, actor, 'webhook', 'Webhooken', id);
  return row;
}

/**
 * Webhook subscriptions of an organisation: a URL, the event types it wants (none: all) and a secret that signs
 * every delivery (generated and shown once, or given). A new subscription starts at the present end of the log.
 */
@Injectable()
export class WebhookSubscriptions {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(actor: Actor, input: WebhookInput): Promise<WebhookSubscriptionView & { secret: string }> {
    requireRole(actor, ...WEBHOOK_ROLES);
    if (!actor.organisationId) throw new ForbiddenError('En webhook hör till en organisation.');
    const url = checkWebhookUrl(input.url, this.config.webhooks).toString();
    const types = checkTypes(input.types);
    const secret = input.secret === undefined ? generateWebhookSecret() : checkWebhookSecret(input.secret);
    return this.dataSource.transaction(async (m) => {
      // one organisation's subscriptions are counted under a lock on the organisation
      await m.query(`SELECT 1 FROM organisations WHERE id = $1 FOR UPDATE`, [actor.organisationId]);
      const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM webhook_subscriptions WHERE organisation_id = $1 AND deleted_at IS NULL`, [actor.organisationId]);
      if (n >= WEBHOOKS_PER_ORGANISATION) throw ValidationError.field('url', `organisationen har redan ${WEBHOOKS_PER_ORGANISATION} webhooks (ta bort en först)`, 'WEBHOOK.TOO_MANY');
      const head = await feedHead(m);
      const [{ id }] = await m.query(
        `INSERT INTO webhook_subscriptions (organisation_id, url, types, description, secret, cursor_tx, cursor_id, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6::xid8, $7, $8, app_now(), app_now()) RETURNING id`,
        [actor.organisationId, url, types, input.description ?? '', secret, head.tx, head.id, actor.userId],
      );
      return { ...(await this.view(m, id)), secret };
    });
  }

  async list(actor: Actor, page: PageRequest): Promise<Page<WebhookSubscriptionView>> {
    requireRole(actor, ...WEBHOOK_ROLES);
    const key = decodeCursor(page.cursor, ['timestamp', 'uuid']);
    const rows = await this.dataSource.query(
      `SELECT ${COLUMNS}, json_build_array(s.created_at, s.id) AS "_key" FROM webhook_subscriptions s
        WHERE s.organisation_id = $1 AND s.deleted_at IS NULL AND ($2::timestamptz IS NULL OR (s.created_at, s.id) < ($2::timestamptz, $3::uuid))
        ORDER BY s.created_at DESC, s.id DESC LIMIT $4`,
      [actor.organisationId, key?.[0] ?? null, key?.[1] ?? null, page.limit + 1],
    );
    return toPage(rows, page.limit);
  }

  async get(actor: Actor, id: string): Promise<WebhookSubscriptionView> {
    const m = this.dataSource.manager;
    await loadSubscription(m, actor, id);
    return this.view(m, id);
  }

  /** Changes the URL, the types, the description or pauses/resumes; a resumed subscription's waiting deliveries go out again. */
  async update(actor: Actor, id: string, change: WebhookChange): Promise<WebhookSubscriptionView> {
    const url = change.url === undefined ? undefined : checkWebhookUrl(change.url, this.config.webhooks).toString();
    const types = change.types === undefined ? undefined : checkTypes(change.types);
    return this.dataSource.transaction(async (m) => {
      const row = await loadSubscription(m, actor, id, { lock: true });
      await m.query(
        `UPDATE webhook_subscriptions SET url = COALESCE($2, url), types = COALESCE($3, types), description = COALESCE($4, description),
                active = COALESCE($5, active), updated_at = app_now() WHERE id = $1`,
        [id, url ?? null, types ?? null, change.description ?? null, change.active ?? null],
      );
      if (change.active === true && !row.active) await requeuePending(m, `d.subscription_id = $1 AND d.status = 'pending'`, [id]);
      return this.view(m, id);
    });
  }

  /** Stops the subscription for good (idempotent); its delivery log stays in the database, out of the API. */
  async remove(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await loadSubscription(m, actor, id, { lock: true, deleted: true });
      await m.query(`UPDATE webhook_subscriptions SET active = false, deleted_at = COALESCE(deleted_at, app_now()), updated_at = app_now() WHERE id = $1`, [id]);
    });
  }

  private async view(m: EntityManager, id: string): Promise<WebhookSubscriptionView> {
    const [row] = await m.query(`SELECT ${COLUMNS} FROM webhook_subscriptions s WHERE s.id = $1`, [id]);
    return row;
  }
}

/**
 * Starts a new round for the deliveries the condition selects (alias `d`) and gives each a job through the
 * outbox: status pending, tries from 0. The job of an older round finds its round passed and does nothing.
 */
export async function requeuePending(m: EntityManager, where: string, params: unknown[]): Promise<number> {
  const rows: Array<{ n: number }> = await m.query(
    `WITH again AS (
       UPDATE webhook_deliveries d SET status = 'pending', round = d.round + 1, tries = 0, next_attempt_at = NULL, settled_at = NULL
        WHERE ${where} RETURNING d.id, d.round),
     queued AS (
       INSERT INTO outbox (queue, name, job_id, payload)
       SELECT '${QueueName.Webhooks}', 'deliver-webhook', 'webhook.' || a.id || '.' || a.round, json_build_object('deliveryId', a.id, 'round', a.round)::jsonb FROM again a
       RETURNING 1)
     SELECT count(*)::int AS n FROM queued`,
    params,
  );
  return rows[0].n;
}
