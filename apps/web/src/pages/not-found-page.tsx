import { Page } from '../components/page';
import { Link } from '../router';

export function NotFoundPage() {
  return (
    <Page title="Sidan finns inte">
      <p>
        Adressen leder ingenstans. <Link to="/">Till startsidan</Link>
      </p>
    </Page>
  );
}
