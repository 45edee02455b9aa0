/** Injection tokens shared by the apps. */
export const CLOCK = Symbol('CLOCK');
export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');
