import type { InboxExtras } from '../api/followup-types';
import type { ExtensionRequest, InboxItem } from '../api/types';
import { Loading, Page } from '../components/page';
import { useLoad } from '../components/use-load';
import { daysLeftText, formatDate } from '../format';
import { Link } from '../router';
import { useUser } from '../session';

interface Task {
  key: string;
  to: string;
  text: string;
  context: string;
  deadline: string;
  daysLeft: number | null;
}

/** Lists come as an array or, paginated, as `{ items }`/`{ rows }`: the start page reads either. */
function itemsOf<T>(data: unknown): T[] | null {
  if (!data) return null;
  if (Array.isArray(data)) return data as T[];
  const page = data as { items?: T[]; rows?: T[] };
  return page.items ?? page.rows ?? [];
}

const REMISS_TASKS: Record<string, string> = { sent: 'Besvara remissen', overdue: 'Besvara remissen – sista dagen har passerat', extensionRequested: 'Besvara remissen (anstånd begärt, väntar på beslut)' };
const DECISION_TASKS: Record<string, string> = {
  sent: 'Registrera beslut om rekommendationen',
  overdue: 'Registrera beslut om rekommendationen – sista dagen har passerat',
  extensionRequested: 'Registrera beslut (anstånd begärt)',
  inProgress: 'Registrera beslut om rekommendationen',
  decided: 'Expediera beslutet',
};

function inboxTasks(items: Array<InboxItem & InboxExtras>, userId: string): Task[] {
  return items.flatMap((i) => {
    const text = (i.roundKind === 'remiss' ? REMISS_TASKS : DECISION_TASKS)[i.state];
    if (!text) return [];
    const who = i.assignee ? (i.assignee.id === userId ? ' – tilldelad dig' : ` – handläggare ${i.assignee.name}`) : '';
    return [{ key: i.recipientId, to: `/mina-remisser/${i.recipientId}`, text, context: `${i.caseRegistryNumber ?? ''} ${i.caseTitle}, från ${i.senderName}${who}`.trim(), deadline: i.deadline, daysLeft: i.daysLeft }];
  });
}

function extensionTasks(requests: ExtensionRequest[]): Task[] {
  return requests
    .filter((r) => r.status === 'pending')
    .map((r) => ({
      key: r.id,
      to: '/anstand',
      text: `Besluta om anstånd för ${r.organisationName} (begärt till ${formatDate(r.requestedDate)})`,
      context: `${r.caseRegistryNumber ?? ''} ${r.caseTitle}`.trim(),
      deadline: r.previousDeadline,
      daysLeft: null,
    }));
}

/** Overdue first (the most overdue at the top), then by deadline, the nearest first. */
export function byUrgency(a: Task, b: Task): number {
  const late = (t: Task) => (t.daysLeft !== null && t.daysLeft < 0 ? 0 : 1);
  return late(a) - late(b) || a.deadline.localeCompare(b.deadline) || a.text.localeCompare(b.text, 'sv');
}

/** "Att göra": my open tasks across every case, overdue first, then in deadline order. */
export function StartPage() {
  const user = useUser();
  const secretariat = user.role === 'secretariat';
  const inbox = useLoad<unknown>(user.role === 'admin' ? null : '/inbox');
  const extensions = useLoad<unknown>(secretariat ? '/extension-requests?status=pending' : null);
  const inboxItems = user.role === 'admin' ? [] : itemsOf<InboxItem>(inbox.data);
  const requests = secretariat ? itemsOf<ExtensionRequest>(extensions.data) : [];
  if (!inboxItems || !requests) return <Loading error={inbox.error ?? extensions.error} />;
  const tasks = [...inboxTasks(inboxItems, user.id), ...extensionTasks(requests)].sort(byUrgency);
  const overdue = tasks.filter((t) => t.daysLeft !== null && t.daysLeft < 0).length;
  return (
    <Page title="Att göra">
      <p className="case-summary">
        {tasks.length === 0 ? 'Du har inga öppna uppgifter just nu.' : `${tasks.length} ${tasks.length === 1 ? 'öppen uppgift' : 'öppna uppgifter'}${overdue ? `, varav ${overdue} ${overdue === 1 ? 'försenad' : 'försenade'}` : ''}.`}
      </p>
      {tasks.length > 0 && (
        <ol className="tasks cards" aria-label="Öppna uppgifter, de försenade först och sedan efter sista dag">
          {tasks.map((t) => (
            <li key={t.key} className={`card${t.daysLeft !== null && t.daysLeft < 0 ? ' overdue' : ''}`}>
              <Link to={t.to}>{t.text}</Link>
              <div className="muted">{t.context}</div>
              <div>
                Sista dag {formatDate(t.deadline)}
                {t.daysLeft !== null && <strong>{` (${daysLeftText(t.daysLeft)})`}</strong>}
              </div>
            </li>
          ))}
        </ol>
      )}
      <p>
        {secretariat || user.role === 'admin' ? <Link to="/arenden">Alla ärenden</Link> : <Link to="/mina-remisser">Alla remisser och rekommendationer</Link>}
      </p>
    </Page>
  );
}
