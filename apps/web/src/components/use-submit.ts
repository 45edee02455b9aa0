import { ChangeEvent, FormEvent, useCallback, useState } from 'react';
import { ApiError, FieldIssue } from '../api/client';
import { freshErrors } from './fields';
import { plainReason } from './plain-errors';

/** The error of a form whose fields the user must correct (the API's shape, so both read the same). */
export function fieldsError(issues: FieldIssue[]): ApiError {
  const error = new ApiError(400, 'Rätta de markerade fälten.', 'VALIDATION', issues, {});
  freshErrors.add(error);
  return error;
}

/**
 * Runs a form action; keeps the error (with field issues) and never clears what the user typed. `validate` reports
 * every missing or malformed field at once before anything is sent; a field's error goes away when it is changed.
 */
export function useSubmit(action: () => Promise<void>, validate?: () => FieldIssue[]) {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  /** Runs the form's own checks; false (and the errors shown) when a field must be corrected. */
  const check = () => {
    const issues = validate?.() ?? [];
    if (issues.length > 0) {
      setError(fieldsError(issues));
      return false;
    }
    setError(null);
    return true;
  };
  const onSubmit = async (e?: FormEvent) => {
    e?.preventDefault();
    if (!check()) return;
    setBusy(true);
    try {
      await action();
    } catch (err) {
      const failure = err instanceof ApiError ? err : new ApiError(0, (err as Error).message, undefined, [], {});
      freshErrors.add(failure);
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  /** Forgets the errors of the fields named (a correction clears its own error, not the others'). */
  const clear = useCallback((fields: string[]) => {
    setError((old) => {
      if (!old || old.issues.length === 0) return old;
      const left = old.issues.filter((i) => !fields.some((f) => i.field === f || i.field.startsWith(`${f}.`)));
      if (left.length === old.issues.length) return old;
      return left.length === 0 ? null : new ApiError(old.status, old.message, old.code, left, old.body);
    });
  }, []);
  /** For the form's onChange: the changed control's `data-field` names whose error to clear. */
  const clearOnChange = useCallback(
    (e: ChangeEvent<HTMLFormElement>) => {
      const names = (e.target as HTMLElement).closest?.('[data-field]')?.getAttribute('data-field');
      if (names) clear(names.split(' '));
    },
    [clear],
  );
  const fieldError = (field: string) => {
    const reason = error?.reasonFor(field);
    return reason === undefined ? undefined : plainReason(reason);
  };
  return { error, busy, onSubmit, setError, check, clear, clearOnChange, fieldError };
}
