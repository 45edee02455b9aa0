import { ReactNode, useEffect, useRef } from 'react';
import type { ApiError } from '../api/client';

/** A page: its h1 takes focus when it appears (so a screen reader hears the new page) and names the tab. */
export function Page({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – Remiss`;
    heading.current?.focus();
  }, [title]);
  return (
    <>
      <div className="page-head">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {actions && <div className="page-actions">{actions}</div>}
      </div>
      {children}
    </>
  );
}

export function Loading({ error }: { error: ApiError | null }) {
  if (error)
    return (
      <p className="form-error" role="alert">
        {error.status === 404 ? 'Det du söker finns inte eller så saknar du behörighet.' : error.message}
      </p>
    );
  return (
    <p role="status" className="muted">
      Hämtar …
    </p>
  );
}
