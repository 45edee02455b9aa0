export * from './core/tokens';
export * from './core/core.module';
export * from './core/prepare-database';
export * from './outbox/outbox.writer';
export * from './mail/mail-renderer';
export * from './mail/send-mail.use-case';
export * from './mail/request-test-mail.use-case';
