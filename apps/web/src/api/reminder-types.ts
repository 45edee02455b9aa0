/** GET /recipients/:id/reminders (kept apart from types.ts, which the contract work may generate). */
export interface RecipientReminder {
  id: string;
  kind: 'before' | 'deadline' | 'overdue' | string;
  key: string;
  deadline: string;
  dueAt: string;
  status: 'planned' | 'sent' | 'skipped' | 'cancelled' | 'failed' | 'uncertain';
  reason: string | null;
  doneAt: string | null;
}

export interface RecipientReminders {
  recipientId: string;
  deadline: string;
  items: RecipientReminder[];
}
