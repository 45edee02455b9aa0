/** GET /notifications (kept apart from types.ts, which the contract work may generate). */
export interface NotificationItem {
  id: string;
  kind: string;
  title: string;
  text: string;
  /** Under /app. */
  link: string;
  caseId: string | null;
  recipientId: string | null;
  createdAt: string;
  read: boolean;
}
