/**
 * Help on each step of the process in plain Swedish: what the step is, what the user does now and what happens
 * next. Shown on the case page (by the case's state) and on the recipient page (by the recipient's state).
 */
export const CASE_STEP_HELP: Record<string, string[]> = {
  opened: ['Ärendet är registrerat i diariet men arbetet har inte börjat.', 'Välj Börja ta fram förslaget när ni börjar skriva.'],
  drafting: [
    'Ni skriver förslaget. Ladda upp varje ny version, så sparas alla versioner i ärendet.',
    'Vill ni diskutera förslaget med kommunerna först kan ni planera ett seminarium. När förslaget är klart skickar ni det på remiss.',
  ],
  seminarScheduled: ['Ett seminarium är planerat. När det har hållits markerar ni det som genomfört och fortsätter med förslaget.'],
  onRemiss: [
    'Förslaget är ute på remiss. Mottagarna får påminnelser med e-post inför och efter sista dagen tills de har svarat.',
    'I statusmatrisen ser ni vilka som har svarat. Begäranden om anstånd beslutar ni under Anståndsbegäranden. Stäng omgången när svaren har kommit in eller sista dagen har passerat.',
  ],
  compiling: ['Remissomgången är stängd. Läs sammanställningen av svaren och ladda upp ett justerat förslag när ni har arbetat in synpunkterna.'],
  adjusted: ['Det justerade förslaget är uppladdat. Markera ärendet som klart för rekommendation när styrelsen har godkänt det.'],
  readyForRecommendation: ['Förslaget är klart. Skicka rekommendationen till kommunerna med en sista dag för deras beslut.'],
  onRecommendation: [
    'Kommunerna behandlar rekommendationen i sina nämnder och i fullmäktige. När en kommun har expedierat sitt beslut registrerar ni mottagandet.',
    'Partsregistret visar vilka kommuner som har antagit överenskommelsen.',
  ],
  concluded: ['Ärendet är avslutat. Ni kan ladda ner arkivpaketet för e-arkivet.'],
  withdrawn: ['Ärendet är återkallat. Inget mer händer i det.'],
};

export const RECIPIENT_STEP_HELP: Record<string, Record<string, string[]>> = {
  remiss: {
    sent: [
      'Läs förslaget och dokumenten ovan. Lägg remissen på den handläggare som ska ta fram svaret.',
      'Skicka ert svar senast sista dagen. Behöver ni mer tid kan ni begära anstånd. Vill ni inte svara kan ni avstå.',
    ],
    overdue: ['Sista dagen har passerat. Svara så snart ni kan, eller begär anstånd.'],
    extensionRequested: ['Ni har begärt anstånd. Ni får besked med e-post och i aviseringarna. Ni kan svara under tiden.'],
    answered: ['Ert svar har kommit in. Ni kan rätta svaret så länge omgången är öppen; den rättade versionen ersätter den gamla i sammanställningen.'],
    answeredLate: ['Ert svar kom in efter sista dagen men är registrerat. Ni kan rätta det så länge omgången är öppen.'],
    declined: ['Ni har avstått från att svara.'],
    closed: ['Remissomgången är stängd. Inga fler svar tas emot.'],
  },
  recommendation: {
    sent: ['Rekommendationen ska beslutas i er kommun. Registrera tjänsteutlåtandet, sedan varje beslut (nämnd, kommunstyrelse, fullmäktige). Begär anstånd om beslutet inte hinner fattas.'],
    inProgress: ['Ärendet bereds. Registrera nästa beslut när det är fattat. Markera det slutliga beslutet och ladda upp protokollsutdraget.'],
    decided: ['Det slutliga beslutet är registrerat. Expediera det till avsändaren, så registreras det i deras diarium.'],
    dispatched: ['Beslutet är expedierat. Ni får ett mottagningsbevis när avsändaren har registrerat mottagandet.'],
    received: ['Avsändaren har tagit emot ert beslut. Inget mer behöver göras.'],
    overdue: ['Sista dagen för beslut har passerat. Registrera beslutet så snart det är fattat, eller begär anstånd.'],
    extensionRequested: ['Ni har begärt anstånd. Ni får besked med e-post och i aviseringarna.'],
  },
};

/** "Om det här steget": a short box with the step's help, if there is any. */
export function StepHelp({ lines }: { lines: string[] | undefined }) {
  if (!lines || lines.length === 0) return null;
  return (
    <aside className="step-help" aria-label="Om det här steget">
      <h2 className="h3">Om det här steget</h2>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </aside>
  );
}
