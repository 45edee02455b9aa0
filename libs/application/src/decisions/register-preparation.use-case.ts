import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, compareLocalDates, ConflictError, parseDateInput, todayInStockholm, ValidationError } from '@remiss/domain';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { CLOCK } from '../core/tokens';
import { attachDocuments } from '../documents/attach-documents';
import { transition } from '../process/transition';
import { loadRecipient } from '../recipients/recipient-access';
import { PreparationKind } from './decision.types';

export interface PreparationInput {
  kind: PreparationKind;
  /** The date on the report, e.g. 2013-08-29. */
  date: string;
  /** Who wrote it (an official, an office: "Socialkontoret"). */
  author: string;
  title: string;
  documentId?: string;
}

export interface PreparationView {
  id: string;
  kind: PreparationKind;
  date: string;
  author: string;
  title: string;
  documentId: string | null;
  createdAt: string;
  state: string;
}

/** Registers the officials' preparation of a recommendation (tjänsteutlåtande, tjänsteskrivelse). */
@Injectable()
export class RegisterPreparationUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(actor: Actor, recipientId: string, input: PreparationInput): Promise<PreparationView> {
    const now = this.clock.now();
    const date = parseDateInput('date', input.date, 'event', todayInStockholm(now));
    if (compareLocalDates(date, todayInStockholm(now)) > 0) throw ValidationError.field('date', 'kan inte ligga i framtiden');
    return this.dataSource.transaction(async (m) => {
      const row = await loadRecipient(m, actor, recipientId, 'recipient', ['officer', 'secretary', 'secretariat', 'admin']);
      if (row.round_kind !== 'recommendation') throw new ConflictError('DECISION.NOT_A_RECOMMENDATION', 'Beredning registreras på en rekommendation, inte på en remiss.');
      const id = randomUUID();
      const result = await transition(m, {
        kind: 'decisionRecipient',
        id: row.id,
        caseId: row.case_id,
        recipientId: row.id,
        expectedVersion: row.version,
        event: { type: 'REGISTER_PREPARATION' },
        logPayload: { preparationId: id, kind: input.kind, date, author: input.author, title: input.title, documentId: input.documentId ?? null },
        actor,
        at: now,
      });
      if (input.documentId) {
        await attachDocuments(m, actor, [input.documentId], { caseId: row.case_id, roundId: row.round_id }, 'documentId');
      }
      await m.query(
        `INSERT INTO decision_preparations (id, recipient_id, case_id, kind, title, author, prepared_date, document_id, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [id, row.id, row.case_id, input.kind, input.title.trim(), input.author.trim(), date, input.documentId ?? null, actor.userId, now],
      );
      return { id, kind: input.kind, date, author: input.author.trim(), title: input.title.trim(), documentId: input.documentId ?? null, createdAt: now.toISOString(), state: result.after };
    });
  }
}
