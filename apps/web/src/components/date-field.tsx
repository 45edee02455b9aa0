import { InputHTMLAttributes, KeyboardEvent, ReactNode, useEffect, useId, useRef, useState } from 'react';
import { isIsoDate } from './plain-errors';

const MONTH = new Intl.DateTimeFormat('sv-SE', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const DAY = new Intl.DateTimeFormat('sv-SE', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const WEEKDAYS: Array<[string, string]> = [
  ['må', 'måndag'],
  ['ti', 'tisdag'],
  ['on', 'onsdag'],
  ['to', 'torsdag'],
  ['fr', 'fredag'],
  ['lö', 'lördag'],
  ['sö', 'söndag'],
];

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (value: string) => new Date(`${value}T00:00:00Z`);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86400000);
function addMonths(d: Date, n: number): Date {
  const first = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d.getUTCDate(), last)));
}

/** The weeks (Monday first) of the month of `d`, each day a date or null outside the month. */
function weeksOf(d: Date): Array<Array<Date | null>> {
  const first = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
  const days = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  const cells: Array<Date | null> = [...Array<null>((first.getUTCDay() + 6) % 7).fill(null)];
  for (let i = 0; i < days; i += 1) cells.push(addDays(first, i));
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

/** Sets an input's value as typing would, so React's onChange and the form's listeners see it. */
function typeInto(input: HTMLInputElement, value: string) {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * A date typed as ÅÅÅÅ-MM-DD in a text field (never the browser's own picker, which follows the browser's language),
 * with a small Swedish month calendar behind "Välj datum": Monday first, arrow keys move a day or a week, Page Up/Down
 * a month, Enter picks, Escape closes; focus returns to the field.
 */
export function DateField({
  label,
  error,
  hint,
  name,
  value,
  ...rest
}: { label: string; error?: string; hint?: ReactNode; name?: string; value: string } & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'type'>) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const grid = useRef<HTMLTableElement>(null);
  const [open, setOpen] = useState(false);
  const [focused, setFocused] = useState<Date>(() => (isIsoDate(value) ? utc(value) : utc(iso(new Date()))));
  const [moveFocus, setMoveFocus] = useState(false);
  useEffect(() => {
    if (!open || !moveFocus) return;
    grid.current?.querySelector<HTMLButtonElement>(`button[data-date="${iso(focused)}"]`)?.focus();
    setMoveFocus(false);
  }, [open, focused, moveFocus]);
  const show = () => {
    setFocused(isIsoDate(value) ? utc(value) : utc(iso(new Date())));
    setOpen(true);
    setMoveFocus(true);
  };
  const close = (to: 'input' | 'toggle') => {
    setOpen(false);
    (to === 'input' ? input : toggle).current?.focus();
  };
  const pick = (d: Date) => {
    if (input.current) typeInto(input.current, iso(d));
    close('input');
  };
  const go = (d: Date) => (setFocused(d), setMoveFocus(true));
  const onKey = (e: KeyboardEvent) => {
    const moves: Record<string, () => Date> = {
      ArrowLeft: () => addDays(focused, -1),
      ArrowRight: () => addDays(focused, 1),
      ArrowUp: () => addDays(focused, -7),
      ArrowDown: () => addDays(focused, 7),
      PageUp: () => addMonths(focused, -1),
      PageDown: () => addMonths(focused, 1),
      Home: () => addDays(focused, -((focused.getUTCDay() + 6) % 7)),
      End: () => addDays(focused, 6 - ((focused.getUTCDay() + 6) % 7)),
    };
    if (e.key === 'Escape') {
      // Inside a modal <dialog>, Escape closes only the calendar.
      e.preventDefault();
      e.stopPropagation();
      close('toggle');
    } else if (moves[e.key] && (e.target as HTMLElement).dataset.date) {
      e.preventDefault();
      go(moves[e.key]());
    }
  };
  const describedBy = [`${id}-format`, hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const selected = isIsoDate(value) ? value : '';
  const today = iso(new Date());
  return (
    <div className="field date-field">
      <label htmlFor={id}>{label}</label>
      <div className="hint" id={`${id}-format`}>
        Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2013-05-02.
      </div>
      {hint && (
        <div className="hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      <div className="date-input">
        <input
          ref={input}
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          maxLength={10}
          size={12}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          data-field={name}
          data-label={label}
          {...rest}
        />
        <button type="button" className="secondary" ref={toggle} aria-expanded={open} aria-controls={`${id}-calendar`} aria-describedby={`${id}-format`} onClick={() => (open ? close('toggle') : show())}>
          Välj datum
        </button>
      </div>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
      <div id={`${id}-calendar`} className="calendar" hidden={!open} onKeyDown={onKey} role="group" aria-labelledby={`${id}-month`}>
        {open && (
          <>
            <div className="calendar-head">
              <button type="button" className="secondary" onClick={() => go(addMonths(focused, -1))}>
                <span aria-hidden="true">‹ </span>Föregående månad
              </button>
              <h3 id={`${id}-month`} aria-live="polite">
                {MONTH.format(focused)}
              </h3>
              <button type="button" className="secondary" onClick={() => go(addMonths(focused, 1))}>
                Nästa månad<span aria-hidden="true"> ›</span>
              </button>
            </div>
            <table ref={grid}>
              <caption className="visually-hidden">Välj en dag i {MONTH.format(focused)}</caption>
              <thead>
                <tr>
                  {WEEKDAYS.map(([short, long]) => (
                    <th key={short} scope="col" abbr={long}>
                      {short}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {weeksOf(focused).map((week, w) => (
                  <tr key={w}>
                    {week.map((d, i) =>
                      d ? (
                        <td key={i}>
                          <button
                            type="button"
                            data-date={iso(d)}
                            tabIndex={iso(d) === iso(focused) ? 0 : -1}
                            aria-label={DAY.format(d)}
                            aria-pressed={iso(d) === selected}
                            aria-current={iso(d) === today ? 'date' : undefined}
                            onClick={() => pick(d)}
                          >
                            {d.getUTCDate()}
                          </button>
                        </td>
                      ) : (
                        <td key={i} />
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
            <button type="button" className="secondary" onClick={() => close('toggle')}>
              Stäng kalendern
            </button>
          </>
        )}
      </div>
    </div>
  );
}
