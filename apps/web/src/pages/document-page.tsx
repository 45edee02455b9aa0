import { DownloadButton } from '../case/status-matrix';
import { Loading, Page } from '../components/page';
import { useLoad } from '../components/use-load';
import { formatDateTime } from '../format';
import { Link } from '../router';

interface DocumentMeta {
  id: string;
  title: string;
  filename: string;
  mimeType: string;
  sizeBytes: number;
  version: number;
  caseId: string | null;
  createdAt: string;
}

/** One document (the links in the compilation's DOCX and CSV lead here): what it is and its download. */
export function DocumentPage({ id }: { id: string }) {
  const { data, error } = useLoad<DocumentMeta>(`/documents/${id}`);
  if (!data) return <Loading error={error} />;
  return (
    <Page title={data.title}>
      <dl className="facts">
        <dt>Fil</dt>
        <dd>
          {data.filename}, {Math.max(1, Math.round(data.sizeBytes / 1024))} kB
        </dd>
        <dt>Version</dt>
        <dd>{data.version}</dd>
        <dt>Uppladdat</dt>
        <dd>{formatDateTime(data.createdAt)}</dd>
      </dl>
      <p>
        <DownloadButton id={data.id} filename={data.filename} text={`Ladda ner ${data.filename}`} />
      </p>
      {data.caseId && (
        <p>
          <Link to={`/arenden/${data.caseId}`}>Till ärendet</Link>
        </p>
      )}
    </Page>
  );
}
