/** Swedish labels for the states, positions and roles the API returns. */
export const CASE_STATES: Record<string, string> = {
  opened: 'Öppnat',
  drafting: 'Förslag tas fram',
  seminarScheduled: 'Seminarium planerat',
  onRemiss: 'På remiss',
  compiling: 'Sammanställning',
  adjusted: 'Justerat förslag',
  readyForRecommendation: 'Klart för rekommendation',
  onRecommendation: 'Rekommendation utskickad',
  concluded: 'Avslutat',
  withdrawn: 'Återkallat',
};

export const RECIPIENT_STATES: Record<string, string> = {
  sent: 'Skickad',
  overdue: 'Försenad',
  extensionRequested: 'Begärt anstånd',
  answered: 'Besvarad',
  answeredLate: 'Besvarad sent',
  declined: 'Avstår',
  closed: 'Avslutad',
  withdrawn: 'Återkallad',
  inProgress: 'Under beredning',
  decided: 'Beslutad',
  dispatched: 'Expedierad',
  received: 'Mottagen',
};

export const POSITIONS: Record<string, string> = {
  tillstyrker: 'Tillstyrker',
  avstyrker: 'Avstyrker',
  synpunkter: 'Synpunkter',
  inga_synpunkter: 'Inga synpunkter',
};

export const ROLES: Record<string, string> = {
  secretariat: 'Kansli',
  officer: 'Handläggare',
  secretary: 'Nämndsekreterare',
  admin: 'Administratör',
};

export const ROUND_KINDS: Record<string, string> = { remiss: 'Remiss', recommendation: 'Rekommendation' };

export const DECISION_BODIES: Record<string, string> = { committee: 'Nämnd', board: 'Kommunstyrelsen', council: 'Kommunfullmäktige' };
export const DECISION_OUTCOMES: Record<string, string> = { adopt: 'Antar', notAdopt: 'Antar inte', answer: 'Svar', other: 'Annat' };

export const PREPARATION_KINDS: Record<string, string> = { tjansteutlatande: 'Tjänsteutlåtande', tjansteskrivelse: 'Tjänsteskrivelse', tjansteanteckning: 'Tjänsteanteckning' };
export const MAIL_STATUS: Record<string, string> = { sending: 'Skickas', sent: 'Skickat', failed: 'Misslyckades' };

export const EXTENSION_STATUS: Record<string, string> = { pending: 'Väntar', granted: 'Beviljat', denied: 'Avslaget', withdrawn: 'Återtaget' };

const OUTCOMES_WHEN_CLOSED: Record<string, string> = {
  answered: 'Besvarad',
  answeredLate: 'Besvarad sent',
  declined: 'Avstår',
  noAnswer: 'Inget svar',
  adopt: 'Beslutad: antar',
  notAdopt: 'Beslutad: antar inte',
  answer: 'Beslutad: yttrande',
  other: 'Beslutad: annat beslut',
};

/** A recipient's status in words; a closed round says how it ended: "Inget svar (omgången stängd)", never "Avslutad". */
export function recipientStatus(row: { state: string; outcome?: string | null }): string {
  if (row.state === 'closed' && row.outcome && OUTCOMES_WHEN_CLOSED[row.outcome]) return `${OUTCOMES_WHEN_CLOSED[row.outcome]} (omgången stängd)`;
  return RECIPIENT_STATES[row.state] ?? row.state;
}

export const label = (map: Record<string, string>, key: string | null | undefined) => (key ? (map[key] ?? key) : '');

export const EVENTS: Record<string, string> = {
  CASE_OPENED: 'Ärendet öppnades',
  START_DRAFTING: 'Arbetet med förslaget började',
  ADD_DRAFT: 'Ny version av förslaget',
  SCHEDULE_SEMINAR: 'Seminarium planerades',
  HOLD_SEMINAR: 'Seminariet hölls',
  CANCEL_SEMINAR: 'Seminariet ställdes in',
  SEND_REMISS: 'Skickades på remiss',
  ROUND_SENT: 'Omgången skickades',
  REQUEST_EXTENSION: 'Anstånd begärdes',
  GRANT_EXTENSION: 'Anstånd beviljades',
  DENY_EXTENSION: 'Anstånd avslogs',
  DEADLINE_PASSED: 'Sista dagen passerade',
  ANSWER: 'Remissvar kom in',
  SECRECY_MARKED: 'En handling sekretessmarkerades',
  SECRECY_UNMARKED: 'En sekretessmarkering hävdes',
  CORRECT_ANSWER: 'Remissvaret rättades',
  DECLINE: 'Avstod från att svara',
  CLOSE_ROUND: 'Omgången stängdes',
  ROUND_CLOSED: 'Omgången stängdes',
  ADJUST_PROPOSAL: 'Justerat förslag',
  MARK_READY: 'Klart för rekommendation',
  SEND_RECOMMENDATION: 'Rekommendation skickades',
  REGISTER_PREPARATION: 'Beredning registrerades',
  REGISTER_DECISION: 'Beslut registrerades',
  CORRECT_DECISION: 'Beslutet rättades',
  DISPATCH: 'Beslutet expedierades',
  REGISTER_RECEIPT: 'Beslutet togs emot',
  CLOSE_RECOMMENDATION: 'Rekommendationen avslutades',
  WITHDRAW: 'Ärendet återkallades',
  CASE_WITHDRAWN: 'Ärendet återkallades',
  TERMINATION_REGISTERED: 'Uppsägning registrerades',
  ASSIGN: 'Handläggare tilldelades',
};
