import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, compareLocalDates, ConflictError, parseDateInput, terminationTakesEffect, todayInStockholm, ValidationError } from '@remiss/domain';
import { DataSource } from 'typeorm';
import { requireRole } from '../access/access-policy';
import { Actor } from '../access/actor';
import { loadCase } from '../cases/case-access';
import { CLOCK } from '../core/tokens';
import { appendEvent } from '../process/event-log';
import { registerDocument } from '../registry/registry.service';
import { PartyRow, partyRows } from './parties.query';

export interface TerminationInput {
  organisationId: string;
  /** The day the notice reached the other parties (§ 9). */
  noticeReachedDate: string;
  note?: string;
}

/**
 * Registers a party's termination notice (uppsägning): the agreement ceases to apply to it nine
 * months after the notice reached the other parties (§ 9). Registered in the case organisation's
 * registry and the case's history; the register of parties shows it against the clock.
 */
@Injectable()
export class RegisterTerminationUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(actor: Actor, caseId: string, input: TerminationInput): Promise<PartyRow & { registryNumber: string }> {
    const now = this.clock.now();
    const today = todayInStockholm(now);
    const reached = parseDateInput('noticeReachedDate', input.noticeReachedDate, 'event', today);
    if (compareLocalDates(reached, today) > 0) throw ValidationError.field('noticeReachedDate', 'kan inte ligga i framtiden');
    return this.dataSource.transaction(async (m) => {
      const c = await loadCase(m, actor, caseId, 'write');
      requireRole(actor, 'secretariat', 'admin');
      // One registration at a time per case, so two concurrent notices for one party give one row and a 409.
      await m.query(`SELECT 1 FROM cases WHERE id = $1 FOR UPDATE`, [c.id]);
      const party = (await partyRows(m, c.id, today)).find((p) => p.organisationId === input.organisationId);
      if (!party) throw ValidationError.field('organisationId', 'organisationen har inte fått rekommendationen i detta ärende');
      if (party.status === 'terminating' || party.status === 'terminated') {
        throw new ConflictError('PARTIES.ALREADY_TERMINATED', `${party.organisationName} har redan sagt upp överenskommelsen.`, { status: party.status });
      }
      if (party.status !== 'party') {
        throw new ConflictError('PARTIES.NOT_A_PARTY', `${party.organisationName} är inte part i överenskommelsen och kan inte säga upp den.`, { status: party.status });
      }
      if (compareLocalDates(reached, party.inForceFrom!) < 0) {
        throw ValidationError.field('noticeReachedDate', `kan inte ligga före beslutet om antagande (${party.inForceFrom})`);
      }
      const takesEffect = terminationTakesEffect(reached);
      const { number: registryNumber } = await registerDocument(m, {
        organisationId: c.organisation_id, caseId: c.id, key: `termination:${c.id}:${party.organisationId}`, direction: 'in', counterpart: party.organisationName,
        subject: `Uppsägning av överenskommelsen: ${c.title}`, registeredAt: now,
      });
      await m.query(
        `INSERT INTO party_terminations (case_id, organisation_id, notice_reached_date, takes_effect, registry_number, note, registered_by, registered_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [c.id, party.organisationId, reached, takesEffect, registryNumber, input.note?.trim() ?? '', actor.userId, now],
      );
      await appendEvent(m, {
        caseId: c.id, recipientId: party.recipientId, actor, at: now, event: 'TERMINATION_REGISTERED',
        payload: { organisationId: party.organisationId, noticeReachedDate: reached, takesEffect, registryNumber },
      });
      const updated = (await partyRows(m, c.id, today)).find((p) => p.organisationId === input.organisationId)!;
      return { ...updated, registryNumber };
    });
  }
}
