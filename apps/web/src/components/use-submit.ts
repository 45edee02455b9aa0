import { FormEvent, useState } from 'react';
import { ApiError } from '../api/client';

/** Runs a form action; keeps the error (with field issues) and never clears what the user typed. */
export function useSubmit(action: () => Promise<void>) {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const onSubmit = async (e?: FormEvent) => {
    e?.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, (err as Error).message, undefined, [], {}));
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, onSubmit, setError, fieldError: (field: string) => error?.reasonFor(field) };
}
