/**
 * TEST ONLY. REMISS_FAULT_INJECT=<point> makes the mail path kill its own process (SIGKILL, no cleanup) at
 * that point, so that the fault tests can prove what a restarted worker does:
 * - crash-before-send: the mail is rendered, nothing is handed to the SMTP server yet;
 * - crash-after-accept: the SMTP server has accepted the mail, the mail log does not know yet (the uncertain window);
 * - crash-after-send: the mail log says 'sent', the reminder row is not updated yet.
 * Ignored when NODE_ENV=production.
 */
export type FaultPoint = 'crash-before-send' | 'crash-after-accept' | 'crash-after-send';

export function faultPoint(point: FaultPoint): void {
  if (process.env.NODE_ENV === 'production') return;
  if (process.env.REMISS_FAULT_INJECT === point) process.kill(process.pid, 'SIGKILL');
}
