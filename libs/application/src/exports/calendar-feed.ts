import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { addDays, Clock, type LocalDate, isUuid } from '@remiss/domain';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { DataSource } from 'typeorm';
import { denyAsNotFound } from '../access/access-policy';
import { Actor } from '../access/actor';
import { CLOCK } from '../core/tokens';
import { caseUrl, recipientUrl } from '../mail/recipient-mail-data';

/** Recipient states with a deadline still ahead of the organisation (an answer, a decision or its dispatch). */
const OPEN_RECIPIENT_STATES = ['sent', 'overdue', 'extensionRequested', 'inProgress', 'decided'];

function newFeedToken(): string {
  return randomBytes(32).toString('base64url');
}

interface FeedEvent {
  uid: string;
  date: LocalDate;
  summary: string;
  description: string;
  url: string;
}

/**
 * A subscribable calendar (.ics) of an organisation's open deadlines. A calendar client cannot
 * send a bearer token, so the URL carries the organisation's feed token: 32 random bytes kept in
 * organisations.calendar_feed_token, made at the first request for the URL and replaced (which
 * revokes the old URL) by renewFeedUrl. It has nothing to do with the JWT secret.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The organisation's feed URL (its token is made on first use). */
  async feedUrl(actor: Actor): Promise<{ organisationId: string; url: string }> {
    const id = actor.organisationId!;
    await this.dataSource.query(`UPDATE organisations SET calendar_feed_token = $2 WHERE id = $1 AND calendar_feed_token IS NULL`, [id, newFeedToken()]);
    const rows: Array<{ token: string }> = await this.dataSource.query(`SELECT calendar_feed_token AS token FROM organisations WHERE id = $1`, [id]);
    return this.urlOf(id, rows[0].token);
  }

  /** A new feed token for the organisation: the previous URL stops working at once. */
  async renewFeedUrl(actor: Actor): Promise<{ organisationId: string; url: string }> {
    const id = actor.organisationId!;
    const token = newFeedToken();
    await this.dataSource.query(`UPDATE organisations SET calendar_feed_token = $2 WHERE id = $1`, [id, token]);
    return this.urlOf(id, token);
  }

  private urlOf(id: string, token: string): { organisationId: string; url: string } {
    return { organisationId: id, url: `${this.config.publicUrl.replace(/\/+$/, '')}/calendar/${id}.ics?token=${token}` };
  }

  async ics(organisationId: string, token: unknown): Promise<string> {
    const anonymous: Actor = { userId: null, organisationId: null, role: 'officer', name: 'Kalenderprenumeration' };
    const rows: Array<{ name: string; token: string | null }> = isUuid(organisationId)
      ? await this.dataSource.query(`SELECT name, calendar_feed_token AS token FROM organisations WHERE id = $1`, [organisationId])
      : [];
    const given = Buffer.from(typeof token === 'string' ? token : '');
    const expected = Buffer.from(rows[0]?.token ?? '');
    const valid = expected.length > 0 && given.length === expected.length && timingSafeEqual(given, expected);
    if (!valid) return denyAsNotFound(this.dataSource.manager, anonymous, 'calendar-feed', 'Kalendern', String(organisationId));
    const calendar = ical({
      name: `Remiss – ${rows[0].name}`,
      description: `Öppna svarsdatum och beslutsdatum för ${rows[0].name}`,
      prodId: { company: 'KSL', product: 'Remiss', language: 'SV' },
      method: ICalCalendarMethod.PUBLISH,
      ttl: 60 * 60,
    });
    const stamp = this.clock.now();
    for (const e of await this.events(organisationId)) {
      calendar.createEvent({
        id: e.uid,
        allDay: true,
        start: new Date(`${e.date}T00:00:00Z`),
        end: new Date(`${addDays(e.date, 1)}T00:00:00Z`),
        stamp,
        summary: e.summary,
        description: e.description,
        url: e.url,
      });
    }
    return calendar.toString();
  }

  private async events(organisationId: string): Promise<FeedEvent[]> {
    const url = (caseId: string) => caseUrl(this.config.publicUrl, caseId);
    const received: Array<{ id: string; case_id: string; deadline: string; kind: string; title: string; registry_number: string; sender: string }> = await this.dataSource.query(
      `SELECT rc.id, rc.case_id, rc.deadline::text AS deadline, r.kind, c.title, c.registry_number, o.name AS sender
         FROM recipients rc JOIN rounds r ON r.id = rc.round_id JOIN cases c ON c.id = rc.case_id JOIN organisations o ON o.id = c.organisation_id
        WHERE rc.organisation_id = $1 AND rc.state = ANY($2::text[]) AND r.closed_at IS NULL AND c.state <> 'withdrawn'
        ORDER BY rc.deadline`,
      [organisationId, OPEN_RECIPIENT_STATES],
    );
    const sent: Array<{ id: string; case_id: string; seq: number; kind: string; deadline: string; subject: string; title: string; registry_number: string; open: number }> = await this.dataSource.query(
      `SELECT r.id, r.case_id, r.seq, r.kind, r.deadline::text AS deadline, r.subject, c.title, c.registry_number,
              (SELECT count(*)::int FROM recipients rc WHERE rc.round_id = r.id AND rc.state = ANY($2::text[])) AS open
         FROM rounds r JOIN cases c ON c.id = r.case_id
        WHERE c.organisation_id = $1 AND r.closed_at IS NULL AND c.state <> 'withdrawn' ORDER BY r.deadline`,
      [organisationId, OPEN_RECIPIENT_STATES],
    );
    const followUps: Array<{ id: string; case_id: string; deadline: string; title: string; registry_number: string }> = await this.dataSource.query(
      `SELECT m.id, m.case_id, m.deadline::text AS deadline, c.title, c.registry_number FROM reminders m JOIN cases c ON c.id = m.case_id
        WHERE c.organisation_id = $1 AND m.kind = 'follow-up' AND m.status = 'pending' ORDER BY m.deadline`,
      [organisationId],
    );
    return [
      ...received.map((r) => ({
        uid: `recipient-${r.id}@remiss`,
        date: r.deadline,
        summary: `${r.kind === 'remiss' ? 'Sista dag för remissvar' : 'Sista dag för beslut'}: ${r.title}`,
        description: `${r.kind === 'remiss' ? 'Remiss' : 'Rekommendation'} från ${r.sender}, dnr ${r.registry_number}.`,
        url: recipientUrl(this.config.publicUrl, r.id),
      })),
      ...sent.map((r) => ({
        uid: `round-${r.id}@remiss`,
        date: r.deadline,
        summary: `${r.kind === 'remiss' ? 'Svarsdatum för remissen' : 'Sista dag för kommunernas beslut'}: ${r.title}`,
        description: `Omgång ${r.seq} (${r.subject}), dnr ${r.registry_number}: ${r.open} mottagare har ännu inte svarat.`,
        url: url(r.case_id),
      })),
      ...followUps.map((r) => ({
        uid: `follow-up-${r.id}@remiss`,
        date: r.deadline,
        summary: `Årlig uppföljning: ${r.title}`,
        description: `Uppföljning av överenskommelsen (§ 8), dnr ${r.registry_number}.`,
        url: url(r.case_id),
      })),
    ];
  }
}
