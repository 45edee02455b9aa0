export interface MailAttachment {
  filename: string;
  content: Buffer | string;
  contentType: string;
}

export interface MailMessage {
  to: string[];
  cc?: string[];
  subject: string;
  text: string;
  html: string;
  attachments?: MailAttachment[];
  /** Our own stable id, sent as a header so that a mail can be traced to its job. */
  dedupeKey?: string;
}

export interface SentMail {
  messageId: string;
  transport: 'smtp' | 'file';
  /** Where the file transport wrote the mail. */
  path?: string;
}

export interface MailTransport {
  readonly kind: 'smtp' | 'file';
  send(message: MailMessage): Promise<SentMail>;
  verify(): Promise<boolean>;
  close(): void;
}
