import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../api/client';

/** A page of a list (every list of the API answers so). */
export interface ListPage<T> {
  items: T[];
  nextCursor: string | null;
}

const withCursor = (path: string, cursor: string) => `${path}${path.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(cursor)}`;

/**
 * GETs the first page of a list; `more` (null on the last page) appends the next one, `reload`
 * starts over from the first page (after an action).
 */
export function usePagedLoad<T>(path: string | null) {
  const [data, setData] = useState<T[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!path) return;
    let live = true;
    api
      .get<ListPage<T>>(path)
      .then((page) => live && (setData(page.items), setNext(page.nextCursor), setError(null)))
      .catch((e: ApiError) => live && setError(e));
    return () => {
      live = false;
    };
  }, [path, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  const more =
    path && next
      ? () => {
          setLoading(true);
          api
            .get<ListPage<T>>(withCursor(path, next))
            .then((page) => (setData((d) => [...(d ?? []), ...page.items]), setNext(page.nextCursor), setError(null)))
            .catch((e: ApiError) => setError(e))
            .finally(() => setLoading(false));
        }
      : null;
  return { data, error, reload, more, loading };
}

/** "Visa fler" under a paged list; nothing on the last page. */
export function MoreButton({ more, loading, label = 'Visa fler' }: { more: (() => void) | null; loading?: boolean; label?: string }) {
  if (!more) return null;
  return (
    <div className="actions">
      <button type="button" className="secondary" disabled={loading} onClick={more}>
        {loading ? 'Hämtar …' : label}
      </button>
    </div>
  );
}
