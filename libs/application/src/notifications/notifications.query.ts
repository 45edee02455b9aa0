import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { formatSwedishDate, ValidationError } from '@remiss/domain';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { decodeCursor, Page, toPage } from '../paging/keyset';

export interface NotificationView {
  id: string;
  kind: string;
  /** One line in plain Swedish: "Ny remiss från Kommunförbundet Stockholms län". */
  title: string;
  /** The case, and the day that matters, in plain Swedish. */
  text: string;
  /** Where in the web UI (under /app) it leads. */
  link: string;
  caseId: string | null;
  recipientId: string | null;
  createdAt: string;
  read: boolean;
}

interface Row {
  id: string;
  kind: string;
  case_id: string | null;
  recipient_id: string | null;
  counterpart: string;
  case_title: string;
  deadline: string | null;
  created_at: Date;
  read_at: Date | null;
}

const day = (d: string | null) => (d ? formatSwedishDate(d) : '');

/** The words of each kind: the title names who did what, the text the case and the day. */
function render(r: Row): Pick<NotificationView, 'title' | 'text' | 'link'> {
  const toRecipient = `/mina-remisser/${r.recipient_id}`;
  const toCase = `/arenden/${r.case_id}`;
  switch (r.kind) {
    case 'remiss-sent':
      return { title: `Ny remiss från ${r.counterpart}`, text: `${r.case_title}. Sista dag att svara: ${day(r.deadline)}.`, link: toRecipient };
    case 'recommendation-sent':
      return { title: `Ny rekommendation från ${r.counterpart}`, text: `${r.case_title}. Sista dag för beslut: ${day(r.deadline)}.`, link: toRecipient };
    case 'extension-granted':
      return { title: 'Anstånd beviljat', text: `${r.case_title}. Ny sista dag: ${day(r.deadline)}.`, link: toRecipient };
    case 'extension-denied':
      return { title: 'Anstånd avslaget', text: `${r.case_title}. Sista dag är fortfarande ${day(r.deadline)}.`, link: toRecipient };
    case 'reminder':
      return { title: `Påminnelse: sista dag ${day(r.deadline)}`, text: `${r.case_title} från ${r.counterpart} väntar på svar.`, link: toRecipient };
    case 'dispatch-receipt':
      return { title: `${r.counterpart} har tagit emot beslutet`, text: r.case_title, link: toRecipient };
    case 'assigned':
      return { title: 'En remiss har lagts på dig', text: `${r.case_title} från ${r.counterpart}. Sista dag: ${day(r.deadline)}.`, link: toRecipient };
    case 'answer-received':
      return { title: `Remissvar från ${r.counterpart}`, text: r.case_title, link: toCase };
    case 'extension-requested':
      return { title: `${r.counterpart} begär anstånd`, text: `${r.case_title}. Sista dag nu: ${day(r.deadline)}.`, link: '/anstand' };
    case 'decision-dispatched':
      return { title: `Beslut expedierat från ${r.counterpart}`, text: r.case_title, link: toCase };
    default:
      return { title: 'Något har hänt i ett ärende', text: r.case_title, link: r.case_id ? toCase : '/start' };
  }
}

/** My notifications (newest first, keyset), how many are unread, and marking them read. */
@Injectable()
export class NotificationsQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(actor: Actor, filter: { limit: number; cursor?: string; unread?: boolean }): Promise<Page<NotificationView>> {
    const key = decodeCursor(filter.cursor, ['timestamp', 'uuid']);
    const rows: Array<Row & { _key: unknown[] }> = await this.dataSource.query(
      `SELECT id, kind, case_id, recipient_id, counterpart, case_title, deadline::text AS deadline, created_at, read_at,
              json_build_array(created_at, id) AS "_key"
         FROM notifications
        WHERE user_id = $1 AND (NOT $2::bool OR read_at IS NULL)
          AND ($3::timestamptz IS NULL OR (created_at, id) < ($3::timestamptz, $4::uuid))
        ORDER BY created_at DESC, id DESC LIMIT $5`,
      [actor.userId, filter.unread ?? false, key?.[0] ?? null, key?.[1] ?? null, filter.limit + 1],
    );
    return toPage(rows, filter.limit, (r) => ({
      id: r.id,
      kind: r.kind,
      ...render(r as Row),
      caseId: r.case_id,
      recipientId: r.recipient_id,
      createdAt: new Date(r.created_at).toISOString(),
      read: r.read_at !== null,
    }));
  }

  async unreadCount(actor: Actor): Promise<{ unread: number }> {
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL`, [actor.userId]);
    return { unread: n };
  }

  /** Marks the given notifications (only the actor's own; others are ignored) or all of them as read. */
  async markRead(actor: Actor, input: { ids?: string[]; all?: boolean }): Promise<{ marked: number; unread: number }> {
    if (!input.all && (!input.ids || input.ids.length === 0)) throw ValidationError.field('ids', 'ange minst en avisering, eller all: true');
    const [{ n }]: Array<{ n: number }> = await this.dataSource.query(
      `WITH u AS (UPDATE notifications SET read_at = app_now() WHERE user_id = $1 AND read_at IS NULL AND ($2::bool OR id = ANY($3::uuid[])) RETURNING id)
       SELECT count(*)::int AS n FROM u`,
      [actor.userId, input.all ?? false, input.ids ?? []],
    );
    return { marked: n, ...(await this.unreadCount(actor)) };
  }
}
