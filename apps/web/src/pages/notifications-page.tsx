import { useState } from 'react';
import { api } from '../api/client';
import type { NotificationItem } from '../api/notification-types';
import { DonePanel, type Notice } from '../components/confirm';
import { Loading, Page } from '../components/page';
import { MoreButton, usePagedLoad } from '../components/use-paged-load';
import { formatDateTime } from '../format';
import { notificationsChanged, openNotification } from '../notifications/bell';

/** Everything that happened to my organisation's things (beside the mails), newest first; unread ones marked. */
export function NotificationsPage() {
  const [onlyUnread, setOnlyUnread] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const { data, error, more, loading, reload } = usePagedLoad<NotificationItem>(`/notifications?limit=30${onlyUnread ? '&unread=true' : ''}`);
  const markAll = async () => {
    const r = await api.post<{ marked: number }>('/notifications/read', { all: true });
    setNotice({ title: r.marked === 1 ? '1 avisering markerad som läst' : `${r.marked} aviseringar markerade som lästa` });
    notificationsChanged();
    reload();
  };
  const markOne = async (n: NotificationItem) => {
    await api.post('/notifications/read', { ids: [n.id] });
    notificationsChanged();
    reload();
  };
  return (
    <Page title="Aviseringar">
      <p className="hint">Här ser ni vad som har hänt med era remisser och ärenden: nya remisser, svar, anstånd, påminnelser och beslut. Samma sak kommer också med e-post.</p>
      <DonePanel notice={notice} onClose={() => setNotice(null)} />
      <div className="actions">
        <label>
          <input type="checkbox" checked={onlyUnread} onChange={(e) => setOnlyUnread(e.target.checked)} /> Visa bara olästa
        </label>
        <button type="button" className="secondary" onClick={() => void markAll()}>
          Markera alla som lästa
        </button>
      </div>
      {!data ? (
        <Loading error={error} />
      ) : data.length === 0 ? (
        <p>{onlyUnread ? 'Inga olästa aviseringar.' : 'Inga aviseringar ännu.'}</p>
      ) : (
        <ul className="plain notifications" aria-label="Aviseringar">
          {data.map((n) => (
            <li key={n.id} className={n.read ? 'card' : 'card unread'}>
              <h2 className="h3">
                <a href={`/app${n.link}`} onClick={(e) => (e.preventDefault(), void openNotification(n))}>
                  {n.title}
                </a>
                {!n.read && <span className="badge">Oläst</span>}
              </h2>
              <p>{n.text}</p>
              <p className="muted">{formatDateTime(n.createdAt)}</p>
              {!n.read && (
                <button type="button" className="secondary" onClick={() => void markOne(n)}>
                  Markera som läst<span className="visually-hidden">: {n.title}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <MoreButton more={more} loading={loading} />
    </Page>
  );
}
