import type { PublicFeedItem, PublicOrganisation } from '@remiss/application';
import { casePath, feedPath, PORTAL_BASE } from './public-pages';

type FeedModule = typeof import('feed');
let feedModule: Promise<FeedModule> | null = null;
/** `feed` is an ES module; the API is CommonJS: loaded once with a dynamic import. */
const loadFeed = () => (feedModule ??= import('feed'));

/** The organisation's Atom feed: new remisses and new answers, newest first; secret answers say so, without content. */
export async function atomFeed(baseUrl: string, org: PublicOrganisation, items: PublicFeedItem[]): Promise<string> {
  const { Feed } = await loadFeed();
  const base = baseUrl.replace(/\/$/, '');
  const updated = items[0]?.at ?? new Date(0);
  const feed = new Feed({
    title: `Remisser från ${org.name}`,
    description: `Nya remisser och inkomna remissvar i remisser från ${org.name}`,
    id: `${base}${feedPath(org.slug)}`,
    link: `${base}${PORTAL_BASE}/${org.slug}`,
    language: 'sv',
    updated,
    copyright: 'Allmänna handlingar',
    feedLinks: { atom: `${base}${feedPath(org.slug)}` },
    author: { name: org.name },
  });
  for (const item of items) {
    const link = `${base}${casePath(org.slug, item.caseId)}`;
    const title =
      item.kind === 'remiss'
        ? `Ny remiss: ${item.subject} (${item.caseRegistryNumber})`
        : `Remissvar från ${item.organisation}: ${item.caseTitle} (${item.caseRegistryNumber})`;
    const description =
      item.kind === 'remiss'
        ? `${org.name} har skickat ${item.caseTitle} på remiss.`
        : item.secrecy
          ? `${item.organisation} har svarat. Svaret är ${item.secrecy.notice.charAt(0).toLowerCase()}${item.secrecy.notice.slice(1)}.`
          : `${item.organisation} har svarat: ${item.positionLabel ?? ''}.`;
    feed.addItem({ title, id: `${link}#${item.kind}-${item.organisation}-${item.at.toISOString()}`, link, date: item.at, description });
  }
  return feed.atom1();
}
