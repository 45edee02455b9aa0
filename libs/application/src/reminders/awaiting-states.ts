/** Recipient states in which an answer (remiss) or a decision (recommendation) is still awaited. */
export const AWAITING_STATES = {
  remiss: ['sent', 'overdue', 'extensionRequested'],
  recommendation: ['sent', 'overdue', 'extensionRequested', 'inProgress'],
} as const satisfies Record<'remiss' | 'recommendation', readonly string[]>;

export function awaitsAnswer(roundKind: string, state: string): boolean {
  const states: readonly string[] = roundKind === 'recommendation' ? AWAITING_STATES.recommendation : AWAITING_STATES.remiss;
  return states.includes(state);
}

/** SQL predicate on `rc` (recipients) joined with `r` (rounds), equal to awaitsAnswer. */
export const AWAITING_SQL = `(rc.state IN ('sent','overdue','extensionRequested') OR (r.kind = 'recommendation' AND rc.state = 'inProgress'))`;
