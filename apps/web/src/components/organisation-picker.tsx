import type { ReactElement } from 'react';
import type { OrganisationSummary, Page } from '../api/types';
import { navigate, usePath } from '../router';
import { useUser } from '../session';
import { SelectField } from './fields';
import { useLoad } from './use-load';

/**
 * The organisation an administrator administers: their own, or (KSL's administrators) any, chosen here and
 * kept in the address (`?org=`) so that a reload or a link keeps it.
 */
export function useManagedOrganisation(): { organisationId: string; picker: ReactElement | null } {
  const user = useUser();
  const { path, search } = usePath();
  const operator = user.organisationSlug === 'ksl';
  const organisationId = (operator && search.get('org')) || user.organisationId;
  const data = useLoad<Page<OrganisationSummary>>(operator ? '/organisations?limit=200' : null).data?.items;
  const picker = operator ? (
    <form className="narrow" onSubmit={(e) => e.preventDefault()}>
      <SelectField
        label="Organisation"
        value={organisationId}
        onChange={(e) => navigate(`${path}?org=${encodeURIComponent(e.target.value)}`, true)}
        options={Object.fromEntries((data ?? [{ id: user.organisationId, name: user.organisationName, kind: '' }]).map((o) => [o.id, o.name]))}
        hint="Som administratör på KSL administrerar du alla organisationer."
      />
    </form>
  ) : null;
  return { organisationId, picker };
}
