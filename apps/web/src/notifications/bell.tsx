import { useEffect, useId, useRef, useState } from 'react';
import { api } from '../api/client';
import type { NotificationItem } from '../api/notification-types';
import { formatDateTime } from '../format';
import { Link, navigate, usePath } from '../router';

const POLL_MS = 30_000;
/** Fired after notifications were marked read anywhere on the page, so the bell's count follows at once. */
const CHANGED = 'remiss:notifications-changed';
export const notificationsChanged = () => window.dispatchEvent(new Event(CHANGED));

/** The unread count, fetched on every page change and every 30 seconds while the page is open. */
function useUnread(): [number, () => void] {
  const { path } = usePath();
  const [unread, setUnread] = useState(0);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    const load = () => api.get<{ unread: number }>('/notifications/unread-count').then((r) => live && setUnread(r.unread)).catch(() => undefined);
    void load();
    const timer = setInterval(load, POLL_MS);
    window.addEventListener(CHANGED, load);
    return () => {
      live = false;
      clearInterval(timer);
      window.removeEventListener(CHANGED, load);
    };
  }, [path, tick]);
  return [unread, () => setTick((t) => t + 1)];
}

/** Opens a notification: marked read, then its page. */
export async function openNotification(n: NotificationItem): Promise<void> {
  if (!n.read) await api.post('/notifications/read', { ids: [n.id] }).then(notificationsChanged, () => undefined);
  navigate(n.link);
}

/**
 * The header's bell: how many notifications are unread, and a list of the latest that opens below it (a
 * disclosure: Escape closes it and gives focus back to the button).
 */
export function NotificationBell() {
  const [unread, refresh] = useUnread();
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<NotificationItem[] | null>(null);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    api
      .get<{ items: NotificationItem[] }>('/notifications?limit=5')
      .then((page) => setItems(page.items))
      .catch(() => setItems([]));
  }, [open]);
  const close = () => (setOpen(false), button.current?.focus());
  return (
    <div className="bell" onKeyDown={(e) => e.key === 'Escape' && open && close()}>
      <button ref={button} type="button" className="secondary" aria-expanded={open} aria-controls={`${id}-panel`} onClick={() => setOpen((o) => !o)}>
        <span aria-hidden="true">🔔 </span>
        Aviseringar
        {unread > 0 && (
          <span className="badge count">
            {unread}
            <span className="visually-hidden"> olästa</span>
          </span>
        )}
      </button>
      {open && (
        <div className="bell-panel" id={`${id}-panel`}>
          {items === null && <p>Hämtar …</p>}
          {items?.length === 0 && <p>Inga aviseringar ännu.</p>}
          {items && items.length > 0 && (
            <ul className="plain" aria-label="Senaste aviseringar">
              {items.map((n) => (
                <li key={n.id} className={n.read ? undefined : 'unread'}>
                  <a href={`/app${n.link}`} onClick={(e) => (e.preventDefault(), setOpen(false), void openNotification(n).then(refresh))}>
                    {n.title}
                  </a>
                  {!n.read && <span className="visually-hidden"> (oläst)</span>}
                  <br />
                  <span className="muted">{formatDateTime(n.createdAt)}</span>
                </li>
              ))}
            </ul>
          )}
          <Link to="/aviseringar" onClick={() => setOpen(false)}>
            Alla aviseringar
          </Link>
        </div>
      )}
    </div>
  );
}
