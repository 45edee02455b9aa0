import { useState } from 'react';
import { api } from '../api/client';
import type { CaseView, Round } from '../api/types';
import { CheckAnswers, Notice } from '../components/confirm';
import { Dialog } from '../components/dialog';
import { FormError } from '../components/fields';
import { useSubmit } from '../components/use-submit';
import { formatDate } from '../format';
import { SeminarForm, WithdrawForm } from './seminar-withdraw-forms';
import { useDeadlineCheck } from './deadline-check';
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

type DialogKind = 'remiss' | 'recommendation' | 'seminar' | 'withdraw' | `close-${string}`;
const DIALOG_TITLES: Record<string, string> = { remiss: 'Skicka på remiss', recommendation: 'Skicka rekommendation', seminar: 'Planera seminarium', withdraw: 'Återkalla ärendet' };

/** What the case's own organisation can do next, from the events the process accepts now. */
export function CaseActions({ view, reload, notify }: { view: CaseView; reload(): void; notify(n: Notice): void }) {
  const [dialog, setDialog] = useState<DialogKind | null>(null);
  const done = (n?: Notice) => (setDialog(null), reload(), n && notify(n));
  const can = (event: string) => view.acceptedEvents.includes(event);
  const base = `/cases/${view.id}`;
  const openRounds = view.rounds.filter((r) => !r.closedAt);
  const closing = openRounds.find((r) => dialog === `close-${r.id}`);
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
        {can('HOLD_SEMINAR') && <SeminarHeld view={view} path={`${base}/seminar/held`} onDone={reload} />}
        {can('SEND_REMISS') && (
          <button type="button" onClick={() => setDialog('remiss')}>
            Skicka på remiss
          </button>
        )}
        {can('CLOSE_ROUND') &&
          openRounds.map((r) => (
            <button key={r.id} type="button" onClick={() => setDialog(`close-${r.id}`)}>
              Stäng omgång {r.seq}
            </button>
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
      <Dialog title={closing ? `Stäng omgång ${closing.seq}` : DIALOG_TITLES[dialog ?? 'remiss']} open={dialog !== null} onClose={() => setDialog(null)}>
        {(dialog === 'remiss' || dialog === 'recommendation') && <SendRoundForm caseId={view.id} kind={dialog} documents={view.documents} onDone={done} />}
        {dialog === 'seminar' && <SeminarForm caseId={view.id} onDone={() => done()} />}
        {dialog === 'withdraw' && <WithdrawForm view={view} onDone={done} onCancel={() => setDialog(null)} />}
        {closing && <CloseRound view={view} round={closing} onDone={done} onCancel={() => setDialog(null)} />}
      </Dialog>
    </section>
  );
}

/**
 * "Seminariet är genomfört": the planned day beside the button; before that day the button is replaced by a warning
 * (the API refuses it too). Whether the day has come is asked of the API, whose clock is the case's.
 */
function SeminarHeld({ view, path, onDone }: { view: CaseView; path: string; onDone(): void }) {
  const seminar = (view.context as { seminar?: { date?: string; place?: string } } | null)?.seminar;
  const check = useDeadlineCheck(seminar?.date ?? '');
  const ahead = check && check.deadline === seminar?.date && check.calendarDays > 0 ? check.calendarDays : 0;
  if (ahead > 0)
    return (
      <p className="warnings" role="note">
        <span aria-hidden="true">⚠ </span>Seminariet är planerat till {formatDate(seminar?.date)}
        {seminar?.place ? `, ${seminar.place}` : ''} ({ahead} {ahead === 1 ? 'dag' : 'dagar'} kvar). Det kan registreras som genomfört först den dagen.
      </p>
    );
  return (
    <div>
      {seminar?.date && <p className="muted">Seminariet var planerat till {formatDate(seminar.date)}.</p>}
      <StepButton text="Seminariet är genomfört" path={path} onDone={onDone} />
    </div>
  );
}

const AWAITING = ['sent', 'overdue', 'extensionRequested', 'inProgress', 'decided'];

/** Closing a round: who has answered and who will be recorded as not answering, confirmed before it is done. */
function CloseRound({ view, round, onDone, onCancel }: { view: CaseView; round: Round; onDone(n: Notice): void; onCancel(): void }) {
  const rows = view.matrix.filter((r) => r.roundId === round.id);
  const waiting = rows.filter((r) => AWAITING.includes(r.state));
  const { error, busy, onSubmit } = useSubmit(async () => {
    await api.post(`/cases/${view.id}/rounds/close`, { roundId: round.id });
    onDone({
      title: `Omgång ${round.seq} är stängd`,
      lines: [
        `${rows.length - waiting.length} av ${rows.length} mottagare hade svarat eller avstått.${waiting.length > 0 ? ` ${waiting.length} står som "Inget svar (omgången stängd)".` : ''}`,
        'Sammanställningen av omgången finns under Sammanställningar.',
      ],
    });
  });
  return (
    <CheckAnswers
      lead={`Stäng omgång ${round.seq} (sista dag ${formatDate(round.deadline)}): ${rows.length - waiting.length} av ${rows.length} mottagare har svarat eller avstått.`}
      rows={[
        { label: 'Har inte svarat', value: waiting.length === 0 ? 'Alla har svarat' : waiting.map((r) => r.organisationName).join(', ') },
        { label: 'Efter stängningen', value: 'Ingen kan längre svara eller begära anstånd i omgången, och påminnelserna upphör.' },
      ]}
      confirmText={`Bekräfta och stäng omgång ${round.seq}`}
      busy={busy}
      error={error}
      onConfirm={() => void onSubmit()}
      onBack={onCancel}
    />
  );
}
