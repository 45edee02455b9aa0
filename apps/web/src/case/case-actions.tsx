import { useState } from 'react';
import { api } from '../api/client';
import type { CaseView } from '../api/types';
import { Dialog } from '../components/dialog';
import { FormError } from '../components/fields';
import { useSubmit } from '../components/use-submit';
import { SeminarForm, WithdrawForm } from './seminar-withdraw-forms';
import { SendRoundForm } from './send-round-form';
import { UploadStep } from './upload-step';

function StepButton({ text, path, body = {}, onDone }: { text: string; path: string; body?: object; onDone(): void }) {
  const { error, busy, onSubmit } = useSubmit(async () => {
    await api.post(path, body);
    onDone();
  });
  return (
    <div>
      <button type="button" disabled={busy} onClick={() => void onSubmit()}>
        {text}
      </button>
      <FormError error={error} />
    </div>
  );
}

type DialogKind = 'remiss' | 'recommendation' | 'seminar' | 'withdraw';
const DIALOG_TITLES: Record<DialogKind, string> = { remiss: 'Skicka på remiss', recommendation: 'Skicka rekommendation', seminar: 'Planera seminarium', withdraw: 'Återkalla ärendet' };

/** What the case's own organisation can do next, from the events the process accepts now. */
export function CaseActions({ view, reload }: { view: CaseView; reload(): void }) {
  const [dialog, setDialog] = useState<DialogKind | null>(null);
  const done = () => (setDialog(null), reload());
  const can = (event: string) => view.acceptedEvents.includes(event);
  const base = `/cases/${view.id}`;
  const openRounds = view.rounds.filter((r) => !r.closedAt);
  if (view.acceptedEvents.length === 0) return null;
  return (
    <section aria-labelledby="actions-heading">
      <h2 id="actions-heading">Nästa steg</h2>
      <div className="actions">
        {can('START_DRAFTING') && <StepButton text="Börja ta fram förslaget" path={`${base}/start-drafting`} onDone={reload} />}
        {can('SCHEDULE_SEMINAR') && (
          <button type="button" className="secondary" onClick={() => setDialog('seminar')}>
            Planera seminarium
          </button>
        )}
        {can('HOLD_SEMINAR') && <StepButton text="Seminariet är genomfört" path={`${base}/seminar/held`} onDone={reload} />}
        {can('SEND_REMISS') && (
          <button type="button" onClick={() => setDialog('remiss')}>
            Skicka på remiss
          </button>
        )}
        {can('CLOSE_ROUND') &&
          openRounds.map((r) => (
            <StepButton key={r.id} text={`Stäng omgång ${r.seq}`} path={`${base}/rounds/close`} body={{ roundId: r.id }} onDone={reload} />
          ))}
        {can('MARK_READY') && <StepButton text="Klart för rekommendation" path={`${base}/ready`} onDone={reload} />}
        {can('SEND_RECOMMENDATION') && (
          <button type="button" onClick={() => setDialog('recommendation')}>
            Skicka rekommendation
          </button>
        )}
        {can('WITHDRAW') && (
          <button type="button" className="danger" onClick={() => setDialog('withdraw')}>
            Återkalla ärendet
          </button>
        )}
      </div>
      {can('ADD_DRAFT') && <UploadStep heading="Ny version av förslaget" kind="draft" path={`${base}/drafts`} onDone={reload} />}
      {can('ADJUST_PROPOSAL') && <UploadStep heading="Justerat förslag" kind="adjusted" path={`${base}/adjusted-proposal`} onDone={reload} />}
      <Dialog title={DIALOG_TITLES[dialog ?? 'remiss']} open={dialog !== null} onClose={() => setDialog(null)}>
        {(dialog === 'remiss' || dialog === 'recommendation') && <SendRoundForm caseId={view.id} kind={dialog} onDone={done} />}
        {dialog === 'seminar' && <SeminarForm caseId={view.id} onDone={done} />}
        {dialog === 'withdraw' && <WithdrawForm caseId={view.id} onDone={done} />}
      </Dialog>
    </section>
  );
}
