import { type LocalDate, todayInStockholm } from '../calendar';

/** A planned reminder of one recipient and one deadline, as the worker finds it. */
export interface DueReminderCandidate {
  id: string;
  /** 'before', 'deadline' or 'overdue'; any other kind is not judged here. */
  kind: string;
  key: string;
  dueAt: Date;
}

export type ReminderVerdict = { send: true } | { send: false; reason: string };

/** Why a reminder has lost its meaning on `today` (Stockholm), or null when it still means something. */
export function lapseReason(kind: string, deadline: LocalDate, today: LocalDate): string | null {
  if (kind === 'before' && today >= deadline) return `svarsdagen ${deadline} har redan kommit`;
  if (kind === 'deadline' && today > deadline) return `svarsdagen ${deadline} har passerat`;
  return null;
}

const later = (a: DueReminderCandidate, b: DueReminderCandidate) => a.dueAt.getTime() - b.dueAt.getTime() || a.key.localeCompare(b.key);

/**
 * Which reminder of one recipient and deadline applies now: of those due at `now`, only the latest
 * (the one closest to now, e.g. "Försenat" four days after the deadline) — unless it has lost its meaning
 * ('before' once the deadline day has come, 'deadline' after it). Null when none applies.
 * `all` holds every reminder of that recipient and deadline that is not cancelled, whatever its status,
 * so that every job judging one of them reaches the same answer, whichever runs first.
 */
export function applicableReminder(all: DueReminderCandidate[], deadline: LocalDate, now: Date): DueReminderCandidate | null {
  const due = all.filter((r) => r.dueAt.getTime() <= now.getTime()).sort(later);
  const latest = due[due.length - 1];
  if (!latest) return null;
  return lapseReason(latest.kind, deadline, todayInStockholm(now)) ? null : latest;
}

/**
 * The verdict for one reminder whose job has fired. The job firing means it is due, so `now` is at least
 * its due time (a clock a little behind Redis' must not make it "not yet due"). A reminder goes out only if it
 * is the one that applies now; otherwise the reason names what made it pointless, so it can be recorded.
 */
export function reminderVerdict(target: DueReminderCandidate, all: DueReminderCandidate[], deadline: LocalDate, now: Date): ReminderVerdict {
  const at = new Date(Math.max(now.getTime(), target.dueAt.getTime()));
  const lapsed = lapseReason(target.kind, deadline, todayInStockholm(at));
  if (lapsed) return { send: false, reason: lapsed };
  const list = all.some((r) => r.id === target.id) ? all : [...all, target];
  const applies = applicableReminder(list, deadline, at);
  if (applies?.id === target.id) return { send: true };
  if (applies) return { send: false, reason: `ersatt av en senare påminnelse (${applies.key})` };
  const superseding = list.filter((r) => r.dueAt.getTime() <= at.getTime() && later(r, target) > 0).sort(later).pop();
  return { send: false, reason: `ersatt av en senare påminnelse (${superseding?.key ?? 'okänd'}) som inte längre gäller` };
}
