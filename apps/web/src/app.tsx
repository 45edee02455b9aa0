import { ReactNode, useEffect } from 'react';
import { Layout } from './components/layout';
import { Loading } from './components/page';
import { CaseListPage } from './pages/case-list-page';
import { CasePage } from './pages/case-page';
import { CalendarPage } from './pages/calendar-page';
import { CompilationPage } from './pages/compilation-page';
import { NotificationsPage } from './pages/notifications-page';
import { DocumentPage } from './pages/document-page';
import { ExtensionInboxPage } from './pages/extension-inbox-page';
import { IdentityProvidersPage } from './pages/identity-providers-page';
import { InboxPage } from './pages/inbox-page';
import { LoginPage } from './pages/login-page';
import { MailLogPage } from './pages/mail-log-page';
import { NewCasePage } from './pages/new-case-page';
import { NotFoundPage } from './pages/not-found-page';
import { PartiesPage } from './pages/parties-page';
import { RecipientPage } from './pages/recipient-page';
import { RegistryPage } from './pages/registry-page';
import { SignInsPage } from './pages/sign-ins-page';
import { StartPage } from './pages/start-page';
import { AuditLogPage } from './pages/audit-log-page';
import { ForgotPasswordPage } from './pages/forgot-password-page';
import { SetPasswordPage } from './pages/set-password-page';
import { UsersPage } from './pages/users-page';
import { match, navigate, usePath } from './router';
import { useSession } from './session';

type Route = [string, (p: Record<string, string>) => ReactNode];

const ROUTES: Route[] = [
  ['/start', () => <StartPage />],
  ['/arenden', () => <CaseListPage />],
  ['/arenden/nytt', () => <NewCasePage />],
  ['/arenden/:id', (p) => <CasePage id={p.id} />],
  ['/arenden/:id/omgangar/:roundId/sammanstallning', (p) => <CompilationPage caseId={p.id} roundId={p.roundId} />],
  ['/arenden/:id/parter', (p) => <PartiesPage caseId={p.id} />],
  ['/anstand', () => <ExtensionInboxPage />],
  ['/diarium', () => <RegistryPage />],
  ['/utskick', () => <MailLogPage />],
  ['/mina-remisser', () => <InboxPage />],
  ['/mina-remisser/:id', (p) => <RecipientPage recipientId={p.id} />],
  ['/dokument/:id', (p) => <DocumentPage id={p.id} />],
  ['/inloggningar', () => <SignInsPage />],
  ['/inloggningstjanster', () => <IdentityProvidersPage />],
  ['/anvandare', () => <UsersPage />],
  ['/handelselogg', () => <AuditLogPage />],
  ['/aviseringar', () => <NotificationsPage />],
  ['/kalender', () => <CalendarPage />],
];

/** Pages that open without signing in: choosing a password from a mail link, and asking for one. */
const PUBLIC_ROUTES: Route[] = [
  ['/losenord', () => <SetPasswordPage />],
  ['/glomt-losenord', () => <ForgotPasswordPage />],
];

function Home() {
  const { user } = useSession();
  useEffect(() => navigate(user?.role === 'secretariat' || user?.role === 'admin' ? '/arenden' : '/mina-remisser', true), [user]);
  return null;
}

export function App() {
  const { path } = usePath();
  const { user, loading } = useSession();
  if (loading) return <Loading error={null} />;
  for (const [pattern, render] of PUBLIC_ROUTES) if (match(pattern, path)) return <Layout>{render({})}</Layout>;
  // Signed out: the login page at the address asked for (a mail link), which then opens once signed in.
  if (!user) return <Layout>{<LoginPage returnTo={path === '/' || path === '/logga-in' ? null : path} />}</Layout>;
  if (path === '/' || path === '/logga-in') return <Home />;
  for (const [pattern, render] of ROUTES) {
    const params = match(pattern, path);
    if (params) return <Layout>{render(params)}</Layout>;
  }
  return (
    <Layout>
      <NotFoundPage />
    </Layout>
  );
}
