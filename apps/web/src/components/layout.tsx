import { ReactNode } from 'react';
import { api } from '../api/client';
import type { Role } from '../api/types';
import { ROLES } from '../labels';
import { Link, navigate } from '../router';
import { NotificationBell } from '../notifications/bell';
import { useSession } from '../session';

const NAV: Record<Role, Array<[string, string]>> = {
  secretariat: [
    ['/start', 'Att göra'],
    ['/arenden', 'Ärenden'],
    ['/anstand', 'Anståndsbegäranden'],
    ['/mina-remisser', 'Mina remisser'],
    ['/diarium', 'Diarium'],
    ['/utskick', 'Utskick'],
    ['/kalender', 'Kalender'],
  ],
  admin: [
    ['/arenden', 'Ärenden'],
    ['/diarium', 'Diarium'],
    ['/utskick', 'Utskick'],
    ['/inloggningar', 'Inloggningar'],
    ['/anvandare', 'Användare'],
    ['/handelselogg', 'Händelselogg'],
    ['/kalender', 'Kalender'],
  ],
  officer: [
    ['/start', 'Att göra'],
    ['/mina-remisser', 'Mina remisser'],
    ['/arenden', 'Interna remisser'],
    ['/diarium', 'Diarium'],
    ['/kalender', 'Kalender'],
  ],
  secretary: [
    ['/start', 'Att göra'],
    ['/mina-remisser', 'Mina remisser'],
    ['/diarium', 'Diarium'],
    ['/kalender', 'Kalender'],
  ],
};

/** Signs in to the queue dashboard (an HttpOnly cookie for /admin/queues) with this session (cookie and CSRF token), then opens it. */
function openQueueDashboard() {
  api
    .post('/admin/queues/session')
    .then(() => window.location.assign('/admin/queues'))
    .catch((error: Error) => window.alert(`Kööversikten kunde inte öppnas: ${error.message}`));
}

/** Skip link, header with the role's navigation and sign-out, and the main landmark. */
export function Layout({ children }: { children: ReactNode }) {
  const { user, signOut } = useSession();
  return (
    <>
      <a className="skip-link" href="#main">
        Hoppa till innehållet
      </a>
      <header className="site-header">
        <div className="brand">Remiss</div>
        {user && (
          <nav aria-label="Huvudmeny">
            <ul>
              {[...NAV[user.role], ...(user.role === 'admin' && user.organisationSlug === 'ksl' ? [['/inloggningstjanster', 'Inloggningstjänster']] : [])].map(([to, text]) => (
                <li key={to}>
                  <Link to={to}>{text}</Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {user && (
          <div className="who">
            <NotificationBell />
            <span>
              {user.name}, {ROLES[user.role]} – {user.organisationName}
            </span>
            {user.role === 'admin' && user.organisationSlug === 'ksl' && (
              <button type="button" className="secondary" onClick={openQueueDashboard}>
                Köer
              </button>
            )}
            <button type="button" className="secondary" onClick={() => void signOut().then(() => navigate('/', true))}>
              Logga ut
            </button>
          </div>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
