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

export type SendMailResult = { status: 'sent'; messageId: string; resent: boolean } | { status: 'skipped'; reason: string };

/** What the mail log says of a row left 'sending' by an attempt that no longer runs (the reconciler writes it). */
export const UNCERTAIN_REASON =
  'Det är okänt om e-postservern tog emot brevet: arbetaren avbröts medan brevet lämnades över. Brevet skickas igen med samma Message-ID när jobbet försöker på nytt.';

/** Why a mail was sent again: the earlier attempt died in the window, or its SMTP conversation broke without an answer. */
export function resendReason(before: { status: 'sending' | 'uncertain'; error: string | null }): string {
  return before.status === 'sending' || before.error === UNCERTAIN_REASON
    ? 'Ett tidigare försök avbröts medan brevet lämnades till e-postservern, så det är okänt om det kom fram; brevet skickades igen med samma Message-ID.'
    : `Svaret från e-postservern på ett tidigare försök kom aldrig fram${before.error ? ` (${before.error})` : ''}; brevet skickades igen med samma Message-ID.`;
}

/**
 * Errors after which the SMTP server certainly did not take the mail: it answered with a refusal (a reply code),
 * was never reached (DNS, connect, no greeting), refused the sign-in, or nodemailer refused the message itself.
 * Any other error (the connection reset or closed, a timeout in the middle of the conversation) may have come
 * after the server took the data: the outcome is unknown. (nodemailer reports a close at any stage with the
 * same code, so a close before the data also counts as unknown: its retry is recorded as a resend.)
 */
export function certainlyNotAccepted(error: unknown): boolean {
  const e = error as { responseCode?: unknown; code?: unknown; syscall?: unknown; message?: unknown };
  if (typeof e.responseCode === 'number') return true;
  if (e.code === 'EDNS' || e.code === 'EAUTH' || e.code === 'EENVELOPE' || e.code === 'EMESSAGE') return true;
  if (e.syscall === 'connect' || e.syscall === 'getaddrinfo') return true;
  return /^(Connection timeout|Greeting never received)/.test(String(e.message ?? ''));
}

interface LogRow {
  status: 'sending' | 'sent' | 'failed' | 'uncertain';
  attempts: number;
  error: string | null;
}

/**
 * Sends one mail for one job, at least once, and more than once only inside the uncertain window. The mail log
 * row (unique dedupe key = the job id) is set to 'sending' in the statement right before the mail is handed to
 * the SMTP server and to 'sent' right after the server accepted it. A retry that finds the outcome unknown
 * ('sending': the previous attempt died between those two statements; 'uncertain': its SMTP conversation broke
 * without an answer) sends the mail again with the same Message-ID (derived from the job id, so receiving
 * systems and people can recognise the copy) and records the resend and why (`resends`, `resend_reason`,
 * `resent_at`); administrators see such mails. A refusal ('failed') is certain and is simply retried.
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
    const existing: LogRow[] = await this.dataSource.query(`SELECT status, attempts, error FROM mail_log WHERE dedupe_key = $1`, [dedupeKey]);
    const before = existing[0];
    if (before?.status === 'sent') return { status: 'skipped', reason: 'redan skickat' };

    const rendered = await renderMail(data, { manager: this.dataSource.manager, publicUrl: this.config.publicUrl, now: this.clock.now(), secret: this.config.jwtSecret });
    if (rendered.message.to.length === 0) return { status: 'skipped', reason: 'ingen mottagare' };
    faultPoint('crash-before-send');
    const now = this.clock.now();
    const unknown = before?.status === 'sending' || before?.status === 'uncertain' ? { status: before.status, attempts: before.attempts, error: before.error } : null;
    // The claim. A new row or a certain refusal ('failed') becomes 'sending'; an unknown outcome becomes 'sending'
    // again as a resend, compared on status and attempts so that of two concurrent retries one wins.
    const claimed: unknown[] = unknown
      ? await this.dataSource.query(
          `UPDATE mail_log SET status = 'sending', attempts = attempts + 1, attempted_at = $4, error = NULL,
                  resends = resends + 1, resend_reason = $5, resent_at = $4
            WHERE dedupe_key = $1 AND status = $2 AND attempts = $3 RETURNING id`,
          [dedupeKey, unknown.status, unknown.attempts, now, resendReason(unknown)],
        )
      : await this.dataSource.query(
          `INSERT INTO mail_log (dedupe_key, status, to_addresses, subject, template, case_id, recipient_id, job_id, transport, attempts, attempted_at, created_at)
           VALUES ($1, 'sending', $2, $3, $4, $5, $6, $1, $7, 1, $8, $8)
           ON CONFLICT (dedupe_key) DO UPDATE SET status = 'sending', attempts = mail_log.attempts + 1, attempted_at = $8, error = NULL
            WHERE mail_log.status = 'failed'
           RETURNING id`,
          [dedupeKey, rendered.message.to.join(', '), rendered.message.subject, data.template, rendered.caseId, rendered.recipientId, this.transport.kind, now],
        );
    if (claimed.length === 0) return this.execute(dedupeKey, data); // someone else moved it on: judge again from its status
    if (unknown) this.logger.warn(`Skickar brevet ${dedupeKey} igen med samma Message-ID: utfallet av förra försöket är okänt`);
    let sent;
    try {
      sent = await this.transport.send({ ...rendered.message, dedupeKey });
    } catch (error) {
      // A refusal is certain ('failed'); a conversation that broke after the data may have been taken ('uncertain'):
      // either way the job retries, and the retry of an 'uncertain' mail is a resend.
      const status = certainlyNotAccepted(error) ? 'failed' : 'uncertain';
      await this.dataSource.query(`UPDATE mail_log SET status = $2, error = $3 WHERE dedupe_key = $1 AND status = 'sending'`, [dedupeKey, status, (error as Error).message]);
      if (status === 'uncertain') this.logger.warn(`Osäkert om brevet ${dedupeKey} kom fram (${(error as Error).message}); det skickas igen`);
      throw error;
    }
    faultPoint('crash-after-accept');
    await this.recordSent(dedupeKey, sent.messageId);
    faultPoint('crash-after-send');
    this.logger.log(`Skickade "${rendered.message.subject}" till ${rendered.message.to.join(', ')}${unknown ? ' (igen)' : ''}`);
    return { status: 'sent', messageId: sent.messageId, resent: unknown !== null };
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
        if (attempt >= 6) throw error; // ~13 s; then the row stays 'sending' and the retry sends again
        await new Promise((r) => setTimeout(r, 200 * 2 ** attempt));
      }
    }
  }
}
