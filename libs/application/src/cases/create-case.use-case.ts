import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, ValidationError, isUuid } from '@remiss/domain';
import { CONSULTATION_MACHINE_VERSION, consultationMachine, initialSnapshot } from '@remiss/workflows';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { requireRole } from '../access/access-policy';
import { Actor } from '../access/actor';
import { CLOCK } from '../core/tokens';
import { appendEvent } from '../process/event-log';
import { openOwnRegistryCase, registerDocument } from '../registry/registry.service';

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
      const snapshot = initialSnapshot(consultationMachine, undefined);
      const caseId = randomUUID();
      // The case's registry case first (the number, checked free or drawn from the series), then the case.
      const number = await openOwnRegistryCase(m, { organisationId: actor.organisationId!, caseId, openedAt: now, number: input.registryNumber });
      const [row]: Array<{ id: string }> = await m.query(
        `INSERT INTO cases (id, organisation_id, registry_number, title, description, ordered_by, parent_recipient_id, state, snapshot, machine_version, version, created_by, created_at, updated_at)
         VALUES ($11, $1, $2, $3, $4, $5, $6, 'opened', $7, $8, 1, $9, $10, $10) RETURNING id`,
        [actor.organisationId, number, input.title, input.description ?? '', input.orderedBy ?? '', input.parentRecipientId ?? null, JSON.stringify(snapshot), CONSULTATION_MACHINE_VERSION, actor.userId, now, caseId],
      );
      await registerDocument(m, {
        organisationId: actor.organisationId!, caseId, key: `case:${caseId}`, direction: 'internal', counterpart: '', subject: input.title, registeredAt: now, number,
      });
      await appendEvent(m, { caseId: row.id, actor, at: now, event: 'CASE_OPENED', payload: { title: input.title, registryNumber: number, orderedBy: input.orderedBy ?? '' }, stateBefore: null, stateAfter: 'opened' });
      return { id: row.id, registryNumber: number };
    });
  }
}
