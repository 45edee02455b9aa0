import { RoleName } from './actors';
import { World } from './world';

/**
 * How an object relates to the signed-in actor's organisation (KSL for the secretariat and the
 * administrator, Ekerö for the officer and the committee secretary):
 * - own: the organisation's own object (its case, its recipient, its answer document, itself);
 * - sent: the recipient side of the organisation's own case (Ekerö's recipient in KSL's case, seen by KSL);
 * - received: another organisation's object sent to this one (KSL's case and remiss document, seen by Ekerö;
 *   Ekerö's answer document, seen by KSL);
 * - draft: a working draft of a case sent to this organisation, never sent out itself;
 * - foreign: an object of an organisation that has nothing to do with this one (Botkyrka's recipient in
 *   KSL's case, seen by Ekerö; Botkyrka's own case, seen by KSL).
 */
export type Relation = 'none' | 'own' | 'sent' | 'received' | 'draft' | 'foreign';

export type IdKind = 'case' | 'caseRound' | 'remissRecipient' | 'recommendationRecipient' | 'decision' | 'extensionRequest' | 'document' | 'organisation' | 'publicCase' | 'publicDocument' | 'identityProvider' | 'user' | 'apiToken' | 'webhook' | 'webhookDelivery';

export type Side = 'ksl' | 'ekero';
export const sideOf = (role: RoleName): Side => (role === 'secretariat' || role === 'admin' ? 'ksl' : 'ekero');

type Params = Record<string, string>;

/** The objects of the world for each id kind, side and relation: the path parameters they fill. */
export function objectsOf(w: World, kind: IdKind, side: Side): Partial<Record<Relation, Params>> {
  const ksl = side === 'ksl';
  switch (kind) {
    case 'case':
      return ksl ? { own: { id: w.cases.ksl }, foreign: { id: w.cases.botkyrka } } : { own: { id: w.cases.ekeroInternal }, received: { id: w.cases.ksl }, foreign: { id: w.cases.botkyrka } };
    case 'caseRound':
      return ksl
        ? { own: { id: w.cases.ksl, roundId: w.rounds.kslRemiss }, foreign: { id: w.cases.botkyrka, roundId: w.rounds.botkyrkaRemiss } }
        : {
            own: { id: w.cases.ekeroInternal, roundId: w.rounds.ekeroInternal },
            received: { id: w.cases.ksl, roundId: w.rounds.kslRemiss },
            foreign: { id: w.cases.botkyrka, roundId: w.rounds.botkyrkaRemiss },
          };
    case 'remissRecipient':
      return ksl
        ? { sent: { id: w.recipients.kslRemiss.ekero }, foreign: { id: w.recipients.botkyrkaRemiss.tyreso } }
        : { own: { id: w.recipients.kslRemiss.ekero }, sent: { id: w.recipients.ekeroInternal.committee }, foreign: { id: w.recipients.kslRemiss.botkyrka } };
    case 'recommendationRecipient':
      return ksl
        ? { sent: { id: w.recipients.kslRecommendation.ekero }, foreign: { id: w.recipients.botkyrkaRecommendation.tyreso } }
        : { own: { id: w.recipients.kslRecommendation.ekero }, foreign: { id: w.recipients.kslRecommendation.botkyrka } };
    case 'decision':
      return ksl ? { sent: { id: w.decisions.ekero }, foreign: { id: w.decisions.tyreso } } : { own: { id: w.decisions.ekero }, foreign: { id: w.decisions.botkyrka } };
    case 'extensionRequest':
      return ksl
        ? { sent: { id: w.extensionRequests.ekero }, foreign: { id: w.extensionRequests.tyreso } }
        : { own: { id: w.extensionRequests.ekero }, foreign: { id: w.extensionRequests.botkyrka } };
    case 'document':
      return ksl
        ? { own: { id: w.documents.kslRemiss }, received: { id: w.documents.ekeroAnswer }, foreign: { id: w.documents.botkyrkaDraft } }
        : { own: { id: w.documents.ekeroAnswer }, received: { id: w.documents.kslRemiss }, draft: { id: w.documents.kslDraft1 }, foreign: { id: w.documents.botkyrkaDraft } };
    case 'organisation':
      return ksl ? { own: { id: w.org.ksl }, foreign: { id: w.org.botkyrka } } : { own: { id: w.org.ekero }, foreign: { id: w.org.botkyrka } };
    // The public portal: KSL's sent case under KSL's slug, and a public document (sent out; a received answer).
    case 'publicCase':
      return ksl ? { own: { slug: 'ksl', id: w.cases.ksl } } : { received: { slug: 'ksl', id: w.cases.ksl } };
    case 'publicDocument':
      return ksl ? { own: { id: w.documents.kslRemiss }, received: { id: w.documents.ekeroAnswer } } : { own: { id: w.documents.ekeroAnswer }, received: { id: w.documents.kslRemiss } };
    case 'identityProvider':
      // KSL runs the service and manages every organisation's providers; to Ekerö's users their provider is no object of theirs.
      return ksl ? { own: { id: w.identityProviders.ekero } } : { foreign: { id: w.identityProviders.ekero } };
    case 'user':
      return ksl ? { own: { id: w.users.ksl }, foreign: { id: w.users.botkyrka } } : { own: { id: w.users.ekero }, foreign: { id: w.users.botkyrka } };
    case 'apiToken':
      return ksl ? { own: { id: w.apiTokens.ksl }, foreign: { id: w.apiTokens.botkyrka } } : { foreign: { id: w.apiTokens.botkyrka } };
    case 'webhook':
      return { own: { id: ksl ? w.webhooks.ksl : w.webhooks.ekero }, foreign: { id: w.webhooks.botkyrka } };
    case 'webhookDelivery':
      return { own: { id: ksl ? w.webhookDeliveries.ksl : w.webhookDeliveries.ekero }, foreign: { id: w.webhookDeliveries.botkyrka } };
  }
}

/** Ids an actor's organisation must never see in any answer (organisation ids are public and left out). */
export function foreignIds(w: World, side: Side): Map<string, string> {
  const ids = new Map<string, string>([
    [w.cases.botkyrka, 'Botkyrkas ärende'],
    [w.rounds.botkyrkaRemiss, 'Botkyrkas remissomgång'],
    [w.rounds.botkyrkaRecommendation, 'Botkyrkas rekommendation'],
    [w.recipients.botkyrkaRemiss.tyreso, 'Tyresös mottagare i Botkyrkas ärende'],
    [w.recipients.botkyrkaRecommendation.tyreso, 'Tyresös rekommendationsmottagare i Botkyrkas ärende'],
    [w.decisions.tyreso, 'Tyresös beslut i Botkyrkas ärende'],
    [w.extensionRequests.tyreso, 'Tyresös anståndsbegäran i Botkyrkas ärende'],
    [w.documents.botkyrkaDraft, 'Botkyrkas utkast'],
    [w.groups.botkyrka, 'Botkyrkas mottagargrupp'],
    [w.webhooks.botkyrka, 'Botkyrkas webhook'],
    [w.webhookDeliveries.botkyrka, 'en leverans till Botkyrkas webhook'],
  ]);
  if (side === 'ksl') {
    ids.set(w.cases.ekeroInternal, 'Ekerös interna remiss');
    ids.set(w.rounds.ekeroInternal, 'Ekerös interna remissomgång');
    ids.set(w.recipients.ekeroInternal.committee, 'nämndens mottagare i Ekerös interna remiss');
    ids.set(w.documents.ekeroInternalDraft, 'Ekerös interna utkast');
    ids.set(w.webhooks.ekero, 'Ekerös webhook');
    ids.set(w.webhookDeliveries.ekero, 'en leverans till Ekerös webhook');
  } else {
    ids.set(w.recipients.kslRemiss.botkyrka, 'Botkyrkas mottagare i KSL:s ärende');
    ids.set(w.recipients.kslRemiss.tyreso, 'Tyresös mottagare i KSL:s ärende');
    ids.set(w.recipients.kslRecommendation.botkyrka, 'Botkyrkas rekommendationsmottagare i KSL:s ärende');
    ids.set(w.decisions.botkyrka, 'Botkyrkas beslut');
    ids.set(w.extensionRequests.botkyrka, 'Botkyrkas anståndsbegäran');
    ids.set(w.documents.kslDraft1, 'KSL:s arbetsutkast 1');
    ids.set(w.documents.kslDraft2, 'KSL:s arbetsutkast 2');
    ids.set(w.groups.kslSodertorn, 'KSL:s mottagargrupp Södertörn');
    ids.set(w.webhooks.ksl, 'KSL:s webhook');
    ids.set(w.webhookDeliveries.ksl, 'en leverans till KSL:s webhook');
  }
  return ids;
}
