import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from './client';
import type { CaseEvent, CaseView, CompactCaseView, Round } from './types';

export type { CompactCaseView };

/** Puts the round's seq and kind back on every matrix row (the API leaves out what the round carries). */
export function expandCaseView(view: CompactCaseView): CaseView {
  const rounds = new Map<string, Round>(view.rounds.map((r) => [r.id, r]));
  return { ...view, matrix: view.matrix.map((row) => ({ ...row, roundSeq: rounds.get(row.roundId)?.seq ?? 0, roundKind: rounds.get(row.roundId)?.kind ?? 'remiss' })) };
}

export async function getCaseView(id: string): Promise<CaseView> {
  return expandCaseView(await api.get<CompactCaseView>(`/cases/${id}`));
}

/** GET /cases/:id (expanded), and `olderEvents` (null when the whole history is shown) prepends the page before. */
export function useCaseView(id: string) {
  const [data, setData] = useState<CaseView | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    getCaseView(id)
      .then((v) => live && (setData(v), setError(null)))
      .catch((e: ApiError) => live && setError(e));
    return () => {
      live = false;
    };
  }, [id, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  const next = data?.historyNext ?? null;
  const olderEvents = next
    ? () =>
        api
          .get<{ items: CaseEvent[]; historyNext: string | null }>(next)
          .then((page) => setData((d) => (d ? { ...d, events: [...page.items, ...d.events], historyNext: page.historyNext } : d)))
          .catch((e: ApiError) => setError(e))
    : null;
  return { data, error, reload, olderEvents };
}
