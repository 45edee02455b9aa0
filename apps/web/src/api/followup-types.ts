/** Web types for this work's API additions (kept apart from types.ts, which the contract work may generate). */
import type { MatrixRow } from './types';

/** A recommendation recipient's final decision as the matrix carries it. */
export interface MatrixDecision {
  outcome: 'adopt' | 'notAdopt' | 'answer' | 'other';
  bodyName: string;
  meetingDate: string;
  paragraph: string;
  immediate: boolean;
}

export type MatrixRowWithDecision = MatrixRow & { decision?: MatrixDecision | null };

/** GET /cases/:id/rounds/:roundId/compilation → totals. */
export interface CompilationTotals {
  recipients: number;
  answered: number;
  late: number;
  declined: number;
  noAnswer: number;
  overdue: number;
  extensions: number;
  byPosition: Record<string, number>;
  byOutcome: Record<string, number>;
}

/** GET /inbox items: who it is assigned to, our latest answer's position and our final decision. */
export interface InboxExtras {
  assignee?: { id: string; name: string } | null;
  position?: string | null;
  answeredAt?: string | null;
  decision?: { outcome: string; bodyName: string; meetingDate: string; paragraph: string } | null;
}

/** GET /recipients/:id: the assignment, whom it can go to, and our own registry number. */
export interface RecipientExtras {
  assignee?: { id: string | null; name: string; email: string } | null;
  assignable?: Array<{ id: string; name: string; role: string }>;
  ownRegistryNumber?: string | null;
}
