import { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on a narrow screen inside its own region, which keyboard users can focus and
 * scroll (axe's scrollable-region-focusable); the page itself never scrolls sideways.
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
