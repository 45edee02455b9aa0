import { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes, useId } from 'react';
import type { ApiError } from '../api/client';

interface FieldShell {
  label: string;
  error?: string;
  hint?: ReactNode;
}

/** Label, hint and error wired to the control with aria-describedby and aria-invalid. */
function useFieldIds(error?: string, hint?: ReactNode) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return { id, describedBy, invalid: error ? true : undefined };
}

function Extras({ id, error, hint }: { id: string; error?: string; hint?: ReactNode }) {
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

export function TextField({ label, error, hint, ...rest }: FieldShell & InputHTMLAttributes<HTMLInputElement>) {
  const { id, describedBy, invalid } = useFieldIds(error, hint);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-describedby={describedBy} aria-invalid={invalid} {...rest} />
      <Extras id={id} error={error} hint={hint} />
    </div>
  );
}

export function TextArea({ label, error, hint, ...rest }: FieldShell & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { id, describedBy, invalid } = useFieldIds(error, hint);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={5} aria-describedby={describedBy} aria-invalid={invalid} {...rest} />
      <Extras id={id} error={error} hint={hint} />
    </div>
  );
}

export function SelectField({ label, error, hint, options, ...rest }: FieldShell & SelectHTMLAttributes<HTMLSelectElement> & { options: Record<string, string> }) {
  const { id, describedBy, invalid } = useFieldIds(error, hint);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} aria-describedby={describedBy} aria-invalid={invalid} {...rest}>
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

export function FileField({ label, error, hint, onFile }: FieldShell & { onFile(file: File | null): void }) {
  const { id, describedBy, invalid } = useFieldIds(error, hint);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="file" accept=".pdf,.docx,.odt" aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => onFile(e.target.files?.[0] ?? null)} />
      <Extras id={id} error={error} hint={hint} />
    </div>
  );
}

/** The error for the whole form, announced; field errors are shown beside their fields. */
export function FormError({ error }: { error: ApiError | null }) {
  if (!error) return null;
  const text = error.issues.length > 0 ? 'Rätta de markerade fälten och försök igen.' : error.message;
  return (
    <div className="form-error" role="alert">
      <strong>Det gick inte:</strong> {text}
    </div>
  );
}
