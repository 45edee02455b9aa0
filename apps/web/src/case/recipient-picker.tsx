import type { Group, Organisation, Page } from '../api/types';
import { useLoad } from '../components/use-load';
import { useUser } from '../session';

export interface Picked {
  organisationIds: string[];
  groupIds: string[];
}

function toggle(list: string[], id: string, on: boolean): string[] {
  return on ? [...list, id] : list.filter((x) => x !== id);
}

/** Groups and organisations as checkboxes; an officer picks among the own organisation's committees. */
export function RecipientPicker({ value, onChange, error }: { value: Picked; onChange(v: Picked): void; error?: string }) {
  const user = useUser();
  const organisations = useLoad<Page<Organisation>>('/organisations?limit=200').data?.items ?? [];
  const groups = useLoad<Page<Group>>('/groups?limit=200').data?.items ?? [];
  const internal = user.role !== 'secretariat' && user.role !== 'admin';
  const candidates = organisations.filter((o) => o.id !== user.organisationId && (internal ? o.parentId === user.organisationId : o.kind !== 'committee'));
  return (
    <div className="picker" id="recipients" data-field="organisationIds groupIds" data-label="Mottagare" aria-describedby={error ? 'recipients-error' : undefined}>
      {groups.length > 0 && !internal && (
        <fieldset>
          <legend>Grupper</legend>
          {groups.map((g) => (
            <div className="checkbox" key={g.id}>
              <input id={`g-${g.id}`} type="checkbox" checked={value.groupIds.includes(g.id)} onChange={(e) => onChange({ ...value, groupIds: toggle(value.groupIds, g.id, e.target.checked) })} />
              <label htmlFor={`g-${g.id}`}>
                {g.name} ({g.members.length})
              </label>
            </div>
          ))}
        </fieldset>
      )}
      <fieldset className="columns">
        <legend>{internal ? 'Egna nämnder' : 'Organisationer'}</legend>
        {candidates.length === 0 && <p>{internal ? 'Din organisation har inga nämnder registrerade.' : 'Inga organisationer.'}</p>}
        {candidates.map((o) => (
          <div className="checkbox" key={o.id}>
            <input
              id={`o-${o.id}`}
              type="checkbox"
              checked={value.organisationIds.includes(o.id)}
              onChange={(e) => onChange({ ...value, organisationIds: toggle(value.organisationIds, o.id, e.target.checked) })}
            />
            <label htmlFor={`o-${o.id}`}>{o.name}</label>
          </div>
        ))}
      </fieldset>
      {error && (
        <p className="field-error" id="recipients-error">
          <span aria-hidden="true">⚠ </span>{error}
        </p>
      )}
    </div>
  );
}
