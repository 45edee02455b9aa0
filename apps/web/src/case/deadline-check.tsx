import { useEffect, useState } from 'react';
import { call, remiss } from '../api/client';
import type { DeadlineCheck } from '../api/types';
import { formatDate } from '../format';

/** "24 december 2026 (julafton)": the date, and why it is not a working day when it is not. */
export function deadlineWithReason(deadline: string, check: DeadlineCheck | null): string {
  const reason = check && check.deadline === deadline ? check.nonWorkingReason : null;
  return `${formatDate(deadline)}${reason ? ` (${reason})` : ''}`;
}

/** The deadline's warnings as sentences; the minimum remiss time only where it applies. */
export function deadlineWarnings(check: DeadlineCheck | null, deadline: string, withMinimum: boolean): string[] {
  if (!check || check.deadline !== deadline) return [];
  return check.warnings.filter((w) => withMinimum || w.code !== 'DEADLINE.SHORTER_THAN_MINIMUM').map((w) => w.message);
}

/** Asks the API about a deadline (holidays, working days, minimum remiss time) while the user picks it. */
export function useDeadlineCheck(deadline: string): DeadlineCheck | null {
  const [check, setCheck] = useState<DeadlineCheck | null>(null);
  useEffect(() => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(deadline)) return setCheck(null);
    let live = true;
    const timer = setTimeout(() => {
      call(remiss.GET('/calendar/deadline-check', { params: { query: { deadline } } }))
        .then((c) => live && setCheck(c))
        .catch(() => live && setCheck(null));
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [deadline]);
  return check;
}

export function DeadlineAdvice({ check, onUseSuggested }: { check: DeadlineCheck | null; onUseSuggested(date: string): void }) {
  return (
    <div aria-live="polite" className="deadline-advice">
      {check && (
        <>
          <p>
            {check.deadlineText}: {check.workingDays} arbetsdagar ({check.calendarDays} kalenderdagar) från i dag.
          </p>
          {check.warnings.length > 0 && (
            <ul className="warnings">
              {check.warnings.map((w) => (
                <li key={w.code}>
                  <span aria-hidden="true">⚠ </span>
                  {w.message}
                </li>
              ))}
            </ul>
          )}
          {!check.isWorkingDay && (
            <button type="button" className="secondary" onClick={() => onUseSuggested(check.suggestedDeadline)}>
              Använd {check.suggestedDeadlineText}
            </button>
          )}
        </>
      )}
    </div>
  );
}
