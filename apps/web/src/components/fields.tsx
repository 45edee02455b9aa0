import { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { ApiError, FieldIssue } from '../api/client';
import { plainMessage, plainReason } from './plain-errors';

export { DateField } from './date-field';

interface FieldShell {
  label: string;
  error?: string;
  hint?: ReactNode;
  /** The API field(s) this control answers for, space-separated ("file documentIds"): the error summary links here. */
  name?: string;
}

/** Label, hint and error wired to the control with aria-describedby and aria-invalid. */
export function useFieldIds(error?: string, hint?: ReactNode, extra?: string) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', extra ?? '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return { id, describedBy, invalid: error ? true : undefined };
}

export function Extras({ id, error, hint }: { id: string; error?: string; hint?: ReactNode }) {
  return (
    <>
      {hint && (
        <div className="hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
    </>
  );
}

export function TextField({ label, error, hint, name, ...rest }: FieldShell & InputHTMLAttributes<HTMLInputElement>) {
  const { id, describedBy, invalid } = useFieldIds(error, hint);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-describedby={describedBy} aria-invalid={invalid} data-field={name} data-label={label} {...rest} />
      <Extras id={id} error={error} hint={hint} />
    </div>
  );
}

export function TextArea({ label, error, hint, name, ...rest }: FieldShell & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { id, describedBy, invalid } = useFieldIds(error, hint);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={5} aria-describedby={describedBy} aria-invalid={invalid} data-field={name} data-label={label} {...rest} />
      <Extras id={id} error={error} hint={hint} />
    </div>
  );
}

export function SelectField({ label, error, hint, options, name, ...rest }: FieldShell & SelectHTMLAttributes<HTMLSelectElement> & { options: Record<string, string> }) {
  const { id, describedBy, invalid } = useFieldIds(error, hint);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} aria-describedby={describedBy} aria-invalid={invalid} data-field={name} data-label={label} {...rest}>
        {Object.entries(options).map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      <Extras id={id} error={error} hint={hint} />
    </div>
  );
}

/**
 * A file input labelled in Swedish whatever the browser's language: the native control is visually hidden (still
 * focusable and labelled), a Swedish "Välj fil" button and the chosen file's name are shown instead.
 */
export function FileField({ label, error, hint, name, onFile }: FieldShell & { onFile(file: File | null): void }) {
  const { id, describedBy, invalid } = useFieldIds(error, hint, undefined);
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <div className="field file-field">
      <label htmlFor={id}>{label}</label>
      <div className="file-picker">
        <input
          ref={input}
          id={id}
          type="file"
          className="file-input"
          accept=".pdf,.docx,.odt"
          aria-describedby={[describedBy, `${id}-chosen`].filter(Boolean).join(' ')}
          aria-invalid={invalid}
          data-field={name}
          data-label={label}
          onChange={(e) => {
            const file = e.target.files?.[0] ?? null;
            setChosen(file?.name ?? null);
            onFile(file);
          }}
        />
        <span className="button secondary file-button" aria-hidden="true" onClick={() => input.current?.click()}>
          Välj fil
        </span>
        <span className="file-name" id={`${id}-chosen`}>
          {chosen ? `Vald fil: ${chosen}` : 'Ingen fil vald'}
        </span>
      </div>
      <Extras id={id} error={error} hint={hint} />
    </div>
  );
}

/** Errors produced by a submit (not by clearing a corrected field): the summary takes focus for these only. */
export const freshErrors = new WeakSet<ApiError>();

interface SummaryLink {
  key: string;
  text: string;
  target: HTMLElement | null;
}

function findControl(scope: ParentNode, field: string): HTMLElement | null {
  const head = field.split('.')[0];
  for (const name of [field, head]) {
    const el = scope.querySelector<HTMLElement>(`[data-field~="${CSS.escape(name)}"]`);
    if (el) return el;
  }
  return null;
}

/**
 * GOV.UK's error summary at the top of the form: "Det finns problem", then every field error as a link that moves
 * focus to its field. It takes focus when a submit fails, so a screen reader hears all errors at once.
 */
function ErrorSummary({ error }: { error: ApiError }) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const [links, setLinks] = useState<SummaryLink[]>([]);
  useLayoutEffect(() => {
    const scope = ref.current?.closest('form, dialog, .card, section') ?? document;
    setLinks(
      error.issues.map((issue: FieldIssue, i) => {
        const target = findControl(scope, issue.field);
        const label = target?.getAttribute('data-label');
        const reason = plainReason(issue.reason);
        return { key: `${issue.field}-${i}`, text: label ? `${label}: ${reason}` : reason.charAt(0).toUpperCase() + reason.slice(1), target };
      }),
    );
  }, [error]);
  useEffect(() => {
    if (freshErrors.has(error)) ref.current?.focus();
  }, [error]);
  const go = (target: HTMLElement | null) => {
    if (!target) return;
    const focusable = target.matches('input, select, textarea') ? target : target.querySelector<HTMLElement>('input, select, textarea, button');
    target.scrollIntoView({ block: 'center' });
    focusable?.focus();
  };
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby={titleId}>
      <h2 className="error-summary-title" id={titleId}>
        Det finns problem
      </h2>
      <ul>
        {links.map((l) => (
          <li key={l.key}>
            {l.target ? (
              <a href={`#${l.target.id}`} onClick={(e) => (e.preventDefault(), go(l.target))}>
                {l.text}
              </a>
            ) : (
              l.text
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The form's errors: field errors as a linked summary, any other error as one plain sentence. */
export function FormError({ error }: { error: ApiError | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error && error.issues.length === 0 && freshErrors.has(error)) ref.current?.focus();
  }, [error]);
  if (!error) return null;
  if (error.issues.length > 0) return <ErrorSummary error={error} />;
  return (
    <div className="form-error" role="alert" ref={ref} tabIndex={-1}>
      <strong>Det gick inte:</strong> {plainMessage(error.message)}
    </div>
  );
}
