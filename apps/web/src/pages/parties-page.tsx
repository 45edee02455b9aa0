import { api } from '../api/client';
import { TerminationForm } from '../case/termination-form';
import { Loading, Page } from '../components/page';
import { useLoad } from '../components/use-load';
import { formatDate } from '../format';
import { Link } from '../router';
import { useUser } from '../session';

interface PartiesRegister {
  title: string;
  registryNumber: string;
  asOf: string;
  parties: Array<{
    recipientId: string | null;
    organisationId: string;
    organisationName: string;
    status: string;
    statusLabel: string;
    decision: { bodyName: string; meetingDate: string; paragraph: string } | null;
    inForceFrom: string | null;
    terminationTakesEffect: string | null;
  }>;
}

/** Which municipalities are parties to the agreement, from which date, and who has terminated it. */
export function PartiesPage({ caseId }: { caseId: string }) {
  const user = useUser();
  const { data, error, reload } = useLoad<PartiesRegister>(`/cases/${caseId}/parties`);
  if (!data) return <Loading error={error} />;
  const parties = data.parties.filter((p) => p.status === 'party');
  const mayTerminate = (user.role === 'secretariat' || user.role === 'admin') && parties.length > 0;
  return (
    <Page title={`Partsregister: ${data.title}`}>
      <p>
        <Link to={`/arenden/${caseId}`}>Tillbaka till ärendet</Link> · Per {formatDate(data.asOf)}
      </p>
      <button type="button" className="secondary" onClick={() => void api.download(`/cases/${caseId}/parties.csv`, 'partsregister.csv')}>
        Ladda ner CSV
      </button>
      <table>
        <thead>
          <tr>
            <th scope="col">Kommun</th>
            <th scope="col">Status</th>
            <th scope="col">Beslut</th>
            <th scope="col">Gäller från</th>
            <th scope="col">Upphör</th>
          </tr>
        </thead>
        <tbody>
          {data.parties.map((p) => (
            <tr key={p.organisationId}>
              <th scope="row">{p.organisationName}</th>
              <td>{p.statusLabel}</td>
              <td>{p.decision && `${p.decision.bodyName} ${formatDate(p.decision.meetingDate)} ${p.decision.paragraph}`}</td>
              <td>{formatDate(p.inForceFrom)}</td>
              <td>{formatDate(p.terminationTakesEffect)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {mayTerminate && <TerminationForm caseId={caseId} parties={parties} onDone={reload} />}
    </Page>
  );
}
