import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, ConflictError, ValidationError, isUuid } from '@remiss/domain';
import { CONSULTATION_MACHINE_VERSION, consultationMachine, initialSnapshot } from '@remiss/workflows';
import { DataSource } from 'typeorm';
import { requireRole } from '../access/access-policy';
import { Actor } from '../access/actor';
import { CLOCK } from '../core/tokens';
import { appendEvent } from '../process/event-log';
import { register } from '../registry/registry.service';

export interface CreateCaseInput {
  title: string;
  description?: string;
  orderedBy?: string;
  /** An existing registry number (e.g. KSL/12/0053); otherwise the next in the organisation's series. */
  registryNumber?: string;
  /** For an internal (nested) remiss: the recipient row through which this organisation received the outer remiss. */
  parentRecipientId?: string;
}

/** Opens a case: registered in the organisation's registry, state `opened`. */
@Injectable()
export class CreateCaseUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(actor: Actor, input: CreateCaseInput): Promise<{ id: string; registryNumber: string }> {
    requireRole(actor, 'secretariat', 'officer', 'admin');
    const now = this.clock.now();
    return this.dataSource.transaction(async (m) => {
      if (input.parentRecipientId !== undefined) {
        const parent: Array<{ organisation_id: string }> = isUuid(input.parentRecipientId)
          ? await m.query(`SELECT organisation_id FROM recipients WHERE id = $1`, [input.parentRecipientId])
          : [];
        if (parent.length === 0 || parent[0].organisation_id !== actor.organisationId) {
          throw ValidationError.field('parentRecipientId', 'måste vara en remiss som din organisation har tagit emot');
        }
      }
      if (input.registryNumber) {
        const taken: unknown[] = await m.query(`SELECT 1 FROM registry_entries WHERE organisation_id = $1 AND number = $2`, [actor.organisationId, input.registryNumber]);
        if (taken.length > 0) throw new ConflictError('REGISTRY.NUMBER_TAKEN', `Diarienumret ${input.registryNumber} används redan.`, { field: 'registryNumber' });
      }
      const number = await register(m, {
        organisationId: actor.organisationId!,
        direction: 'internal',
        counterpart: '',
        subject: input.title,
        registeredAt: now,
        number: input.registryNumber,
      });
      const snapshot = initialSnapshot(consultationMachine, undefined);
      const [row]: Array<{ id: string }> = await m.query(
        `INSERT INTO cases (organisation_id, registry_number, title, description, ordered_by, parent_recipient_id, state, snapshot, machine_version, version, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'opened', $7, $8, 1, $9, $10, $10) RETURNING id`,
        [actor.organisationId, number, input.title, input.description ?? '', input.orderedBy ?? '', input.parentRecipientId ?? null, JSON.stringify(snapshot), CONSULTATION_MACHINE_VERSION, actor.userId, now],
      );
      await m.query(`UPDATE registry_entries SET case_id = $1 WHERE organisation_id = $2 AND number = $3`, [row.id, actor.organisationId, number]);
      await appendEvent(m, { caseId: row.id, actor, at: now, event: 'CASE_OPENED', payload: { title: input.title, registryNumber: number, orderedBy: input.orderedBy ?? '' }, stateBefore: null, stateAfter: 'opened' });
      return { id: row.id, registryNumber: number };
    });
  }
}
