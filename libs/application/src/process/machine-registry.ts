import {
  CONSULTATION_MACHINE_VERSION,
  consultationMachine,
  DECISION_RECIPIENT_MACHINE_VERSION,
  decisionRecipientMachine,
  REMISS_RECIPIENT_MACHINE_VERSION,
  remissRecipientMachine,
} from '@remiss/workflows';
import { AnyStateMachine } from 'xstate';

/** The machines whose snapshots are stored, with the version stored beside each snapshot. */
export const MACHINES = {
  consultation: { machine: consultationMachine as AnyStateMachine, version: CONSULTATION_MACHINE_VERSION, table: 'cases', label: 'ärendet' },
  remissRecipient: { machine: remissRecipientMachine as AnyStateMachine, version: REMISS_RECIPIENT_MACHINE_VERSION, table: 'recipients', label: 'remissinstansen' },
  decisionRecipient: { machine: decisionRecipientMachine as AnyStateMachine, version: DECISION_RECIPIENT_MACHINE_VERSION, table: 'recipients', label: 'mottagaren' },
} as const;

export type MachineKind = keyof typeof MACHINES;
