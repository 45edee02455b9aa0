import * as fs from 'node:fs';
import * as path from 'node:path';
import * as nodemailer from 'nodemailer';
import { MailMessage, MailTransport, SentMail } from './mail-message';

/** Where a transport's "now" comes from (the Date header, the .eml file names): the apps pass their one clock. */
export type Now = () => Date;

function toNodemailer(from: string, message: MailMessage, now: Now): nodemailer.SendMailOptions {
  return {
    from,
    date: now(),
    to: message.to,
    cc: message.cc,
    subject: message.subject,
    text: message.text,
    html: message.html,
    attachments: message.attachments?.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
    headers: message.dedupeKey ? { 'X-Remiss-Id': message.dedupeKey } : undefined,
    // A stable Message-ID per job: if a crash between the SMTP server's acceptance and our log
    // makes a retry send again, receiving mail systems see the same message and can drop the copy.
    messageId: message.dedupeKey ? `<${message.dedupeKey.replace(/[^A-Za-z0-9._-]/g, '-')}@remiss.local>` : undefined,
  };
}

/** Mail over SMTP (SMTP_URL). */
export class SmtpMailTransport implements MailTransport {
  readonly kind = 'smtp' as const;
  private readonly transporter: nodemailer.Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
    private readonly now: Now = () => new Date(),
  ) {
    this.transporter = nodemailer.createTransport(smtpUrl);
  }

  async send(message: MailMessage): Promise<SentMail> {
    const info = await this.transporter.sendMail(toNodemailer(this.from, message, this.now));
    return { messageId: String(info.messageId), transport: 'smtp' };
  }

  async verify(): Promise<boolean> {
    try {
      return await this.transporter.verify();
    } catch {
      return false;
    }
  }

  close(): void {
    this.transporter.close();
  }
}

/** Without SMTP_URL: each mail is written as an .eml file, so nothing is lost and a person can read it. */
export class FileMailTransport implements MailTransport {
  readonly kind = 'file' as const;
  private readonly transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });

  constructor(
    readonly directory: string,
    private readonly from: string,
    private readonly now: Now = () => new Date(),
  ) {}

  async send(message: MailMessage): Promise<SentMail> {
    const info = (await this.transporter.sendMail(toNodemailer(this.from, message, this.now))) as { messageId: string; message: Buffer };
    fs.mkdirSync(this.directory, { recursive: true });
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    const safeId = info.messageId.replace(/[^A-Za-z0-9@._-]/g, '');
    const file = path.join(this.directory, `${stamp}_${safeId}.eml`);
    fs.writeFileSync(file, info.message);
    return { messageId: info.messageId, transport: 'file', path: file };
  }

  async verify(): Promise<boolean> {
    fs.mkdirSync(this.directory, { recursive: true });
    return true;
  }

  close(): void {
    this.transporter.close();
  }
}

export function createMailTransport(options: { smtpUrl?: string; from: string; dataDir: string; now?: Now }): MailTransport {
  return options.smtpUrl
    ? new SmtpMailTransport(options.smtpUrl, options.from, options.now)
    : new FileMailTransport(path.resolve(options.dataDir, 'outbox'), options.from, options.now);
}

export interface OutboxFile {
  name: string;
  sizeBytes: number;
  writtenAt: Date;
}

/** The .eml files written by the file transport, newest first. */
export function listOutboxFiles(directory: string): OutboxFile[] {
  if (!fs.existsSync(directory)) return [];
  return fs
    .readdirSync(directory)
    .filter((f) => f.endsWith('.eml'))
    .map((name) => {
      const stat = fs.statSync(path.join(directory, name));
      return { name, sizeBytes: stat.size, writtenAt: stat.mtime };
    })
    .sort((a, b) => b.writtenAt.getTime() - a.writtenAt.getTime());
}
