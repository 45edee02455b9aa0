export * from './audit-log';
export * from './credential-tokens';
export * from './user-admin-access';
export * from './user-admin.use-cases';
export * from './password.use-cases';
export * from './api-tokens.use-cases';
export * from './render-account-mails';
