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

export type SendMailResult = { status: 'sent'; messageId: string } | { status: 'skipped'; reason: string };

/**
 * Sends one mail for one job. The mail log's unique dedupe key (the job id)
 * makes a retried job send at most once after a successful send.
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
    const existing: Array<{ status: string }> = await this.dataSource.query(
      `SELECT status FROM mail_log WHERE dedupe_key = $1`,
      [dedupeKey],
    );
    if (existing[0]?.status === 'sent') return { status: 'skipped', reason: 'redan skickat' };

    const rendered = await renderMail(data, { manager: this.dataSource.manager, publicUrl: this.config.publicUrl, now: this.clock.now() });
    if (rendered.message.to.length === 0) return { status: 'skipped', reason: 'ingen mottagare' };
    await this.dataSource.query(
      `INSERT INTO mail_log (dedupe_key, status, to_addresses, subject, template, case_id, recipient_id, job_id, transport)
       VALUES ($1, 'sending', $2, $3, $4, $5, $6, $1, $7)
       ON CONFLICT (dedupe_key) DO UPDATE SET status = 'sending'`,
      [dedupeKey, rendered.message.to.join(', '), rendered.message.subject, data.template, rendered.caseId, rendered.recipientId, this.transport.kind],
    );
    faultPoint('crash-before-send');
    const sent = await this.transport.send({ ...rendered.message, dedupeKey });
    await this.dataSource.query(`UPDATE mail_log SET status = 'sent', message_id = $2, sent_at = $3 WHERE dedupe_key = $1`, [
      dedupeKey,
      sent.messageId,
      this.clock.now(),
    ]);
    faultPoint('crash-after-send');
    this.logger.log(`Skickade "${rendered.message.subject}" till ${rendered.message.to.join(', ')}`);
    return { status: 'sent', messageId: sent.messageId };
  }
}
