import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, compareLocalDates, ConflictError, formatSwedishDate, todayInStockholm } from '@remiss/domain';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../access/actor';
import { CLOCK } from '../core/tokens';
import { attachDocuments } from '../documents/attach-documents';
import { transition } from '../process/transition';
import { cancelRecipientReminders } from '../reminders/reminder-scheduler';
import { loadCase } from './case-access';

export type CaseStep =
  | { type: 'START_DRAFTING' }
  | { type: 'SCHEDULE_SEMINAR'; date: string; place: string; invited?: string[] }
  | { type: 'HOLD_SEMINAR' }
  | { type: 'CANCEL_SEMINAR' }
  | { type: 'ADD_DRAFT'; documentId: string }
  | { type: 'ADJUST_PROPOSAL'; documentId: string }
  | { type: 'MARK_READY' }
  | { type: 'WITHDRAW'; reason: string };

export interface StepResult {
  state: string;
  version: number;
}

/** A seminar is recorded as held on or after its day, never before (409 naming the day). */
function assertSeminarDayReached(row: { state: string; snapshot: unknown }, now: Date): void {
  const date = (row.snapshot as { context?: { seminar?: { date?: string } } } | null)?.context?.seminar?.date;
  if (row.state !== 'seminarScheduled' || !date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
  if (compareLocalDates(date, todayInStockholm(now)) > 0) {
    throw new ConflictError(
      'SEMINAR.NOT_YET_HELD',
      `Seminariet är planerat till ${formatSwedishDate(date)} och kan registreras som genomfört först den dagen. Ändra datumet genom att ställa in seminariet och planera ett nytt.`,
      { seminarDate: date },
    );
  }
}

/** A case-level step that needs no more than the machine and, for drafts, a document. */
@Injectable()
export class CaseStepUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(actor: Actor, caseId: string, step: CaseStep): Promise<StepResult> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (m) => {
      const row = await loadCase(m, actor, caseId, 'write');
      if (step.type === 'HOLD_SEMINAR') assertSeminarDayReached(row, now);
      if (step.type === 'ADD_DRAFT' || step.type === 'ADJUST_PROPOSAL') await attachDocuments(m, actor, [step.documentId], { caseId: row.id }, 'documentId');
      const result = await transition(m, { kind: 'consultation', id: row.id, caseId: row.id, event: step, actor, at: now, expectedVersion: row.version });
      if (step.type === 'WITHDRAW') await this.withdrawRecipients(m, actor, row.id, now);
      return { state: result.after, version: result.version };
    });
  }

  /** A withdrawn case ends every open recipient and cancels their reminders. */
  private async withdrawRecipients(m: EntityManager, actor: Actor, caseId: string, now: Date): Promise<void> {
    const open: Array<{ id: string; kind: string }> = await m.query(
      `SELECT r.id, ro.kind FROM recipients r JOIN rounds ro ON ro.id = r.round_id
        WHERE r.case_id = $1 AND r.state NOT IN ('closed', 'withdrawn', 'received')`,
      [caseId],
    );
    for (const recipient of open) {
      await transition(m, {
        kind: recipient.kind === 'remiss' ? 'remissRecipient' : 'decisionRecipient',
        id: recipient.id,
        caseId,
        recipientId: recipient.id,
        event: { type: 'CASE_WITHDRAWN' },
        actor,
        at: now,
      });
      await cancelRecipientReminders(m, recipient.id);
    }
  }
}
