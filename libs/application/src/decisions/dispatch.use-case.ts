import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, ConflictError, ValidationError } from '@remiss/domain';
import { jobId } from '@remiss/queue';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../access/actor';
import { CLOCK } from '../core/tokens';
import { enqueueMailsInTransaction } from '../outbox/outbox.writer';
import { transition } from '../process/transition';
import { loadRecipient, RecipientRow } from '../recipients/recipient-access';
import { registerDocument, registeredNumber } from '../registry/registry.service';
import { DECISION_COLUMNS, DecisionRow } from './decision.types';
import { DECISION_ROLES } from './register-decision.use-case';

export interface DispatchInput {
  /** Further addressees besides the case organisation's registry, e.g. an internal office. */
  addresses?: string[];
  /** The municipality's own registry number for the matter (e.g. KS13/250-133); a new one otherwise. */
  theirRegistryNumber?: string;
}

export interface DispatchResult {
  dispatchId: string;
  decisionId: string;
  to: string[];
  subject: string;
  senderRegistryNumber: string;
  receiverRegistryNumber: string;
  state: string;
}

export interface ReceiptInput {
  /** The number the decision was registered under at dispatch, if the secretariat wants to confirm it; no other is accepted. */
  registryNumber?: string;
}

/** "Expediering: Ekerö kommuns beslut – <case> (Ekerö dnr KS13/250-133, KSL dnr KSL/12/0053)". */
export function dispatchSubject(v: { organisationName: string; caseTitle: string; theirNumber: string; caseOrganisationName: string; caseNumber: string }): string {
  return `Expediering: beslut från ${v.organisationName} – ${v.caseTitle} (${v.organisationName} dnr ${v.theirNumber}, ${v.caseOrganisationName} dnr ${v.caseNumber})`;
}

/** The latest version of the recipient's final decision. */
export async function currentFinalDecision(m: EntityManager, recipientId: string): Promise<DecisionRow | undefined> {
  const rows: DecisionRow[] = await m.query(
    `SELECT ${DECISION_COLUMNS} FROM decisions d
      WHERE d.recipient_id = $1 AND d.final AND NOT EXISTS (SELECT 1 FROM decisions n WHERE n.supersedes_id = d.id)
      ORDER BY d.created_at DESC LIMIT 1`,
    [recipientId],
  );
  return rows[0];
}

/**
 * Dispatches (expedierar) a final decision to the case organisation's registry and any other
 * addressees, with the protokollsutdrag attached (a mail through the outbox; the mail log's
 * dedupe key makes a retried job send once), registered out in the municipality's registry and
 * in in the case organisation's. The case organisation's secretariat then registers the receipt.
 */
@Injectable()
export class DispatchDecisionUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async dispatch(actor: Actor, recipientId: string, input: DispatchInput): Promise<DispatchResult> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (m) => {
      const row = await loadRecipient(m, actor, recipientId, 'recipient', DECISION_ROLES);
      if (row.round_kind !== 'recommendation') throw new ConflictError('DECISION.NOT_A_RECOMMENDATION', 'Bara beslut på en rekommendation expedieras.');
      const dispatchId = randomUUID();
      // The machine rejects a dispatch before a final decision exists (409 with the state).
      const result = await transition(m, {
        kind: 'decisionRecipient',
        id: row.id,
        caseId: row.case_id,
        recipientId: row.id,
        expectedVersion: row.version,
        event: { type: 'DISPATCH', dispatchedAt: now.toISOString() },
        logPayload: { dispatchId, addresses: input.addresses ?? [], theirRegistryNumber: input.theirRegistryNumber ?? null },
        actor,
        at: now,
      });
      const decision = await currentFinalDecision(m, row.id);
      if (!decision) throw new ConflictError('DISPATCH.NO_FINAL_DECISION', 'Det finns inget slutligt beslut att expediera.');
      if (!decision.document_id) throw new ConflictError('DISPATCH.NO_MINUTES_EXTRACT', 'Beslutet saknar protokollsutdrag; rätta beslutet med ett uppladdat protokollsutdrag först.');
      const [caseOrg]: Array<{ name: string; registry_email: string }> = await m.query(`SELECT name, registry_email FROM organisations WHERE id = $1`, [row.case_organisation_id]);
      const to = addressees(caseOrg.registry_email, input.addresses ?? []);
      // One registration per document on each side: out in the municipality (under its own number when given),
      // in at the case's organisation under the case's number. Registering the receipt later finds the latter.
      const { number: theirNumber } = await registerDocument(m, {
        organisationId: row.organisation_id, caseId: row.case_id, key: `dispatch:${dispatchId}`, direction: 'out', counterpart: caseOrg.name,
        subject: `Expediering av beslut: ${row.case_title}`, documentId: decision.document_id, externalNumber: row.case_registry_number, registeredAt: now,
        number: input.theirRegistryNumber,
      });
      const { number: receiverNumber } = await registerDocument(m, {
        organisationId: row.case_organisation_id, caseId: row.case_id, key: `dispatch:${dispatchId}`, direction: 'in', counterpart: row.organisation_name,
        subject: `Beslut från ${row.organisation_name}: ${row.case_title}`, documentId: decision.document_id, externalNumber: theirNumber, registeredAt: now,
      });
      await m.query(
        `INSERT INTO decision_dispatches (id, recipient_id, case_id, decision_id, to_addresses, sender_registry_number, receiver_registry_number, dispatched_by, dispatched_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [dispatchId, row.id, row.case_id, decision.id, to, theirNumber, receiverNumber, actor.userId, now],
      );
      await enqueueMailsInTransaction(m, [
        { jobId: jobId('mail', 'decision-dispatched', row.id), data: { template: 'decision-dispatched', recipientId: row.id, caseId: row.case_id, decisionId: decision.id } },
      ]);
      const subject = dispatchSubject({ organisationName: row.organisation_name, caseTitle: row.case_title, theirNumber, caseOrganisationName: caseOrg.name, caseNumber: row.case_registry_number });
      return { dispatchId, decisionId: decision.id, to, subject, senderRegistryNumber: theirNumber, receiverRegistryNumber: receiverNumber, state: result.after };
    });
  }

  async receipt(actor: Actor, recipientId: string, input: ReceiptInput): Promise<{ registryNumber: string; receivedAt: string; state: string }> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (m) => {
      const row = await loadRecipient(m, actor, recipientId, 'sender', ['secretariat', 'admin']);
      const result = await transition(m, {
        kind: row.round_kind === 'remiss' ? 'remissRecipient' : 'decisionRecipient',
        id: row.id,
        caseId: row.case_id,
        recipientId: row.id,
        expectedVersion: row.version,
        event: { type: 'REGISTER_RECEIPT', receivedAt: now.toISOString() },
        logPayload: { registryNumber: input.registryNumber ?? null, receivedAt: now.toISOString() },
        actor,
        at: now,
      });
      const dispatch = await this.loadDispatch(m, row);
      // The decision was registered in at dispatch: the receipt confirms that entry and never makes a second.
      const registered = await registeredNumber(m, row.case_organisation_id, `dispatch:${dispatch.id}`);
      const registryNumber = registered ?? dispatch.receiver_registry_number;
      if (input.registryNumber && input.registryNumber !== registryNumber) {
        throw ValidationError.field('registryNumber', `beslutet registrerades redan när det expedierades, som ${registryNumber}; lämna fältet tomt eller ange det numret`, 'REGISTRY.ALREADY_REGISTERED');
      }
      await m.query(`UPDATE decision_dispatches SET receipt_registry_number = $2, received_by = $3, received_at = $4 WHERE id = $1`, [dispatch.id, registryNumber, actor.userId, now]);
      await enqueueMailsInTransaction(m, [
        { jobId: jobId('mail', 'dispatch-receipt', row.id), data: { template: 'dispatch-receipt', recipientId: row.id, caseId: row.case_id } },
      ]);
      return { registryNumber, receivedAt: now.toISOString(), state: result.after };
    });
  }

  private async loadDispatch(m: EntityManager, row: RecipientRow): Promise<{ id: string; receiver_registry_number: string; sender_registry_number: string }> {
    const rows = await m.query(`SELECT id, receiver_registry_number, sender_registry_number FROM decision_dispatches WHERE recipient_id = $1`, [row.id]);
    if (rows.length === 0) throw new ConflictError('DISPATCH.NOT_DISPATCHED', 'Beslutet har inte expedierats.');
    return rows[0];
  }
}

const EMAIL = /^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/;

function addressees(registryEmail: string, extra: string[]): string[] {
  const bad = extra.find((a) => !EMAIL.test(a.trim()));
  if (bad !== undefined) throw ValidationError.field('addresses', `"${bad.slice(0, 80)}" är ingen e-postadress`);
  return [...new Set([registryEmail, ...extra].map((a) => a.trim().toLowerCase()))];
}
