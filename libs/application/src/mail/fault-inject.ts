/**
 * TEST ONLY. REMISS_FAULT_INJECT=crash-before-send|crash-after-send makes the mail path kill its own
 * process (SIGKILL, no cleanup) at that point, so that the fault tests can prove a restarted worker
 * sends exactly one mail per job. Ignored when NODE_ENV=production.
 */
export type FaultPoint = 'crash-before-send' | 'crash-after-send';

export function faultPoint(point: FaultPoint): void {
  if (process.env.NODE_ENV === 'production') return;
  if (process.env.REMISS_FAULT_INJECT === point) process.kill(process.pid, 'SIGKILL');
}
