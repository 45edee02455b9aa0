import { CASE_STATES } from '../labels';

/** The consultation machine's main path; seminar and withdrawal are side states. */
const STEPS = ['opened', 'drafting', 'onRemiss', 'compiling', 'adjusted', 'readyForRecommendation', 'onRecommendation', 'concluded'];
const SIDE: Record<string, string> = { seminarScheduled: 'drafting' };

/** An ordered list drawn as arrows; the current step is marked in text (aria-current), not only by colour. */
export function ProcessDiagram({ state }: { state: string }) {
  const current = SIDE[state] ?? state;
  const index = STEPS.indexOf(current);
  return (
    <section aria-labelledby="process-heading">
      <h2 id="process-heading">Processen</h2>
      {state === 'withdrawn' && <p className="badge danger">Ärendet är återkallat.</p>}
      <ol className="process">
        {STEPS.map((step, i) => {
          const status = i < index ? 'done' : i === index ? 'current' : 'todo';
          return (
            <li key={step} className={`step ${status}`} aria-current={status === 'current' ? 'step' : undefined}>
              <span className="step-name">{CASE_STATES[step]}</span>
              {status === 'current' && <span className="step-note"> (nuvarande steg{state !== current ? `: ${CASE_STATES[state]}` : ''})</span>}
              {status === 'done' && <span className="visually-hidden"> (klart)</span>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
