import type { InnerAnswer, Page } from '../api/types';
import { useLoad } from '../components/use-load';
import { formatDate } from '../format';
import { label, POSITIONS } from '../labels';

/** Checkboxes for the answers of the organisation's own internal remisses, to attach to the outer answer. */
export function InnerAnswersField({ recipientId, value, onChange, error }: { recipientId: string; value: string[]; onChange(ids: string[]): void; error?: string }) {
  const answers = useLoad<Page<InnerAnswer>>(`/recipients/${recipientId}/inner-answers?limit=200`).data?.items ?? [];
  if (answers.length === 0) return null;
  const toggle = (id: string, on: boolean) => onChange(on ? [...value, id] : value.filter((x) => x !== id));
  return (
    <fieldset id="inner-answers" data-field="innerAnswerIds" data-label="Svar från interna remisser" aria-describedby={error ? 'inner-answers-error' : undefined}>
      <legend>Bifoga svar från interna remisser (valfritt)</legend>
      {answers.map((a) => (
        <div className="checkbox" key={a.answerId}>
          <input id={`inner-${a.answerId}`} type="checkbox" checked={value.includes(a.answerId)} onChange={(e) => toggle(a.answerId, e.target.checked)} />
          <label htmlFor={`inner-${a.answerId}`}>
            {a.organisationName}: {label(POSITIONS, a.position)}, inkom {formatDate(a.receivedAt)}
          </label>
        </div>
      ))}
      {error && (
        <p className="field-error" id="inner-answers-error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
    </fieldset>
  );
}
