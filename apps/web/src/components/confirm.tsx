import { ReactNode, useEffect, useId, useRef, useState } from 'react';
import type { ApiError } from '../api/client';
import { FormError } from './fields';

export interface SummaryRow {
  label: string;
  value: ReactNode;
}

/**
 * "Kontrollera innan du skickar" (GOV.UK's check answers): what will happen, in one sentence and a summary list,
 * before an action that cannot be undone. Warnings (a deadline on a holiday, too short a time) must be confirmed
 * with a checkbox; "Ändra" goes back to the form with everything kept. The heading takes focus when it appears.
 */
export function CheckAnswers({
  lead,
  rows,
  warnings = [],
  acknowledgeText = 'Jag har läst varningen och vill fortsätta ändå.',
  confirmText,
  danger = false,
  busy,
  error,
  onConfirm,
  onBack,
}: {
  lead: ReactNode;
  rows: SummaryRow[];
  warnings?: string[];
  acknowledgeText?: string;
  confirmText: string;
  danger?: boolean;
  busy: boolean;
  error: ApiError | null;
  onConfirm(): void;
  onBack(): void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();
  const [acknowledged, setAcknowledged] = useState(false);
  const [missing, setMissing] = useState(false);
  useEffect(() => heading.current?.focus(), []);
  const confirm = () => {
    if (warnings.length > 0 && !acknowledged) return setMissing(true);
    onConfirm();
  };
  return (
    <section className="check-answers" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        Kontrollera innan du fortsätter
      </h3>
      <p className="lead">{lead}</p>
      <FormError error={error} />
      <dl className="summary">
        {rows.map((r) => (
          <div key={r.label}>
            <dt>{r.label}</dt>
            <dd>{r.value}</dd>
          </div>
        ))}
      </dl>
      {warnings.length > 0 && (
        <div className="warning-confirm">
          <ul className="warnings" aria-label="Varningar">
            {warnings.map((w) => (
              <li key={w}>
                <span aria-hidden="true">⚠ </span>
                {w}
              </li>
            ))}
          </ul>
          <div className="field checkbox">
            <input
              id={`${id}-ack`}
              type="checkbox"
              checked={acknowledged}
              aria-invalid={missing && !acknowledged ? true : undefined}
              aria-describedby={missing && !acknowledged ? `${id}-ack-error` : undefined}
              onChange={(e) => (setAcknowledged(e.target.checked), setMissing(false))}
            />
            <label htmlFor={`${id}-ack`}>{acknowledgeText}</label>
          </div>
          {missing && !acknowledged && (
            <p className="field-error" id={`${id}-ack-error`} role="alert">
              <span aria-hidden="true">⚠ </span>Kryssa i rutan för att bekräfta, eller välj Ändra.
            </p>
          )}
        </div>
      )}
      <p className="muted">Det går inte att ångra när du har bekräftat.</p>
      <div className="actions">
        <button type="button" className={danger ? 'danger' : undefined} disabled={busy} onClick={confirm}>
          {confirmText}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={onBack}>
          Ändra
        </button>
      </div>
    </section>
  );
}

export interface Notice {
  title: string;
  lines?: ReactNode[];
}

/** The panel after a command: what was done and what happens next; it takes focus so a screen reader hears it. */
export function DonePanel({ notice, onClose }: { notice: Notice | null; onClose?(): void }) {
  const ref = useRef<HTMLDivElement>(null);
  const id = useId();
  useEffect(() => {
    if (!notice) return;
    // After the effects of this render: a closing <dialog> gives focus back to its opener first.
    const timer = setTimeout(() => ref.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, [notice]);
  if (!notice) return null;
  return (
    <div className="done-panel" ref={ref} tabIndex={-1} role="status" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        <span aria-hidden="true">✓ </span>
        {notice.title}
      </h2>
      {notice.lines?.map((line, i) => <p key={i}>{line}</p>)}
      {onClose && (
        <button type="button" className="secondary" onClick={onClose}>
          Dölj meddelandet
        </button>
      )}
    </div>
  );
}
