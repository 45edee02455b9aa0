import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { MailTransport } from '@remiss/mailer';
import { MailJobData } from '@remiss/queue';
import { DataSource } from 'typeorm';
import { CLOCK, MAIL_TRANSPORT } from '../core/tokens';
import { Clock } from '@remiss/domain';
import { faultPoint } from './fault-inject';
import { renderMail } from './mail-renderer';

export type SendMailResult =
  | { status: 'sent'; messageId: string }
  | { status: 'skipped'; reason: string }
  | { status: 'uncertain'; reason: string };

export const UNCERTAIN_REASON = 'Brevet lämnades till e-postservern men svaret kom aldrig fram; det skickas inte igen automatiskt. Kontrollera e-postserverns logg (Message-ID).';

/** Errors after which the SMTP server certainly did not take the mail: it refused (a reply code) or was never reached. */
function certainlyNotAccepted(error: unknown): boolean {
  const e = error as { responseCode?: unknown; code?: unknown; command?: unknown };
  return typeof e.responseCode === 'number' || e.command === 'CONN' || e.code === 'ECONNECTION' || e.code === 'EDNS' || e.code === 'EAUTH';
}

/**
 * Sends one mail for one job, at most once. The mail log row (unique dedupe key = the job id) is set to
 * 'sending' in the statement right before the mail is handed to the SMTP server and to 'sent' right after the
 * server accepted it. A retry that finds 'sending' knows the previous attempt died inside that window: the mail
 * may have gone out, so it is marked 'uncertain' and not sent again (the administrator sees it). A refusal
 * ('failed') is certain and may be retried.
 */
@Injectable()
export class SendMailUseCase {
  private readonly logger = new Logger('Brev');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(dedupeKey: string, data: MailJobData): Promise<SendMailResult> {
    const existing: Array<{ status: string }> = await this.dataSource.query(`SELECT status FROM mail_log WHERE dedupe_key = $1`, [dedupeKey]);
    const before = existing[0]?.status;
    if (before === 'sent') return { status: 'skipped', reason: 'redan skickat' };
    if (before === 'uncertain') return { status: 'uncertain', reason: UNCERTAIN_REASON };
    if (before === 'sending') {
      await this.dataSource.query(`UPDATE mail_log SET status = 'uncertain', error = $2 WHERE dedupe_key = $1 AND status = 'sending'`, [dedupeKey, UNCERTAIN_REASON]);
      this.logger.warn(`Osäkert om brevet ${dedupeKey} skickades; det skickas inte igen`);
      return { status: 'uncertain', reason: UNCERTAIN_REASON };
    }

    const rendered = await renderMail(data, { manager: this.dataSource.manager, publicUrl: this.config.publicUrl, now: this.clock.now(), secret: this.config.jwtSecret });
    if (rendered.message.to.length === 0) return { status: 'skipped', reason: 'ingen mottagare' };
    faultPoint('crash-before-send');
    // The claim: only a new row or a certain refusal ('failed') becomes 'sending'; a concurrent attempt loses.
    const claimed: unknown[] = await this.dataSource.query(
      `INSERT INTO mail_log (dedupe_key, status, to_addresses, subject, template, case_id, recipient_id, job_id, transport, attempts, attempted_at, created_at)
       VALUES ($1, 'sending', $2, $3, $4, $5, $6, $1, $7, 1, $8, $8)
       ON CONFLICT (dedupe_key) DO UPDATE SET status = 'sending', attempts = mail_log.attempts + 1, attempted_at = $8, error = NULL
        WHERE mail_log.status = 'failed'
       RETURNING id`,
      [dedupeKey, rendered.message.to.join(', '), rendered.message.subject, data.template, rendered.caseId, rendered.recipientId, this.transport.kind, this.clock.now()],
    );
    if (claimed.length === 0) return this.execute(dedupeKey, data); // someone else moved it on: judge again from its status
    let sent;
    try {
      sent = await this.transport.send({ ...rendered.message, dedupeKey });
    } catch (error) {
      const status = certainlyNotAccepted(error) ? 'failed' : 'uncertain';
      await this.dataSource.query(`UPDATE mail_log SET status = $2, error = $3 WHERE dedupe_key = $1 AND status = 'sending'`, [dedupeKey, status, (error as Error).message]);
      if (status === 'failed') throw error;
      this.logger.warn(`Osäkert om brevet ${dedupeKey} skickades: ${(error as Error).message}`);
      return { status: 'uncertain', reason: UNCERTAIN_REASON };
    }
    faultPoint('crash-after-accept');
    await this.recordSent(dedupeKey, sent.messageId);
    faultPoint('crash-after-send');
    this.logger.log(`Skickade "${rendered.message.subject}" till ${rendered.message.to.join(', ')}`);
    return { status: 'sent', messageId: sent.messageId };
  }

  /** The server took the mail: record it, riding out a short database outage rather than leaving the row 'sending'. */
  private async recordSent(dedupeKey: string, messageId: string): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await this.dataSource.query(`UPDATE mail_log SET status = 'sent', message_id = $2, sent_at = $3, error = NULL WHERE dedupe_key = $1`, [
          dedupeKey,
          messageId,
          this.clock.now(),
        ]);
        return;
      } catch (error) {
        if (attempt >= 6) throw error; // ~13 s; then the row stays 'sending' and the retry marks it 'uncertain'
        await new Promise((r) => setTimeout(r, 200 * 2 ** attempt));
      }
    }
  }
}
