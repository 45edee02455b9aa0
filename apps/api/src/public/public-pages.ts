import type { Page, PublicCase, PublicCaseFilter, PublicCaseSummary, PublicDocument, PublicOrganisation, PublicRegistryEntry, PublicSecrecy } from '@remiss/application';
import { html, SafeHtml } from './html';

/** Server-rendered pages of the public portal: plain HTML, one stylesheet, no script; Swedish throughout. */

export const PORTAL_BASE = '/offentligt';
export const STYLESHEET_PATH = `${PORTAL_BASE}/stil.css`;

const orgBase = (slug: string) => `${PORTAL_BASE}/${encodeURIComponent(slug)}`;
export const casePath = (slug: string, id: string) => `${orgBase(slug)}/remisser/${id}`;
export const feedPath = (slug: string) => `${orgBase(slug)}/flode.atom`;
export const diariumPath = (slug: string) => `${orgBase(slug)}/diarium`;

const DATE_FORMAT = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
/** "11 februari 2013" from YYYY-MM-DD (a calendar day: no time zone shift). */
export function longDate(day: string | null | undefined): string {
  if (!day) return '';
  const [y, m, d] = day.split('-').map(Number);
  return DATE_FORMAT.format(new Date(Date.UTC(y, m - 1, d)));
}

const time = (day: string | null | undefined) => (day ? html`<time datetime="${day}">${longDate(day)}</time>` : '');

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

function layout(title: string, body: SafeHtml, options: { description: string; feed?: { href: string; title: string }; breadcrumbs?: Array<[string, string]> }): string {
  const crumbs = options.breadcrumbs ?? [];
  return `<!doctype html>\n${html`<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – Offentliga remisser</title>
<meta name="description" content="${options.description}">
<link rel="stylesheet" href="${STYLESHEET_PATH}">
${options.feed ? html`<link rel="alternate" type="application/atom+xml" title="${options.feed.title}" href="${options.feed.href}">` : ''}
</head>
<body>
<a class="skip" href="#innehall">Gå till innehållet</a>
<header class="site"><a href="${PORTAL_BASE}">Offentliga remisser</a></header>
${crumbs.length > 0 ? html`<nav aria-label="Brödsmulor" class="crumbs"><p>${crumbs.map(([href, text], i) => html`${i > 0 ? ' › ' : ''}<a href="${href}">${text}</a>`)}</p></nav>` : ''}
<main id="innehall">
${body}
</main>
<footer class="site"><p>Här visas allmänna handlingar i remissärenden: det som skickats ut, inkomna remissvar, expedierade beslut och diariet. Sekretessmarkerade uppgifter visas inte.</p></footer>
</body>
</html>`.value}\n`;
}

function secrecyText(s: PublicSecrecy): SafeHtml {
  return html`<span class="secret">${s.notice}</span>`;
}

function documentItem(d: PublicDocument): SafeHtml {
  const name = d.version > 1 ? `${d.title} (version ${d.version})` : d.title;
  if (d.secrecy || !d.url) return html`<li>${name}, ${time(d.date)}: ${d.secrecy ? secrecyText(d.secrecy) : 'lämnas inte ut här'}</li>`;
  return html`<li><a href="${d.url}">${name}</a> <span class="muted">(${d.filename}, ${sizeText(d.sizeBytes)}, ${time(d.date)})</span></li>`;
}

const documentList = (docs: PublicDocument[]) => (docs.length === 0 ? '' : html`<ul>${docs.map(documentItem)}</ul>`);

export function organisationsPage(orgs: Array<PublicOrganisation & { remisses: number }>): string {
  const body = html`<h1>Offentliga remisser</h1>
<p>Remisser som organisationerna har skickat ut, med remisshandlingar, mottagare, inkomna remissvar och expedierade beslut. Ingen inloggning behövs.</p>
${orgs.length === 0 ? html`<p>Inga remisser har publicerats ännu.</p>` : html`<ul>${orgs.map((o) => html`<li><a href="${orgBase(o.slug)}">${o.name}</a> (${o.remisses} ${o.remisses === 1 ? 'remiss' : 'remisser'})</li>`)}</ul>`}`;
  return layout('Organisationer', body, { description: 'Offentliga remisser: välj organisation.' });
}

function pagerLink(base: string, params: Record<string, string | undefined>, cursor: string | null, label: string): SafeHtml | string {
  if (!cursor) return '';
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) query.set(k, v);
  query.set('cursor', cursor);
  return html`<p class="pager"><a href="${base}?${query.toString()}">${label}</a></p>`;
}

function searchField(name: string, label: string, value: string | undefined, type = 'search'): SafeHtml {
  return html`<label for="${name}">${label}<input id="${name}" name="${name}" type="${type}" value="${value ?? ''}"></label>`;
}

export function casesPage(org: PublicOrganisation, filter: Omit<PublicCaseFilter, 'limit'>, page: Page<PublicCaseSummary>): string {
  const searched = Boolean(filter.q || filter.registryNumber || filter.recipient || filter.from || filter.to);
  const rows = page.items.map(
    (c) => html`<tr><td><a href="${casePath(org.slug, c.id)}">${c.title}</a></td><td>${c.registryNumber}</td><td>${time(c.sentDate)}</td><td>${time(c.deadline)}</td><td>${c.status}</td><td>${c.answers} av ${c.recipients}</td></tr>`,
  );
  const body = html`<h1>Remisser från ${org.name}</h1>
<p><a href="${diariumPath(org.slug)}">Diariet</a> · <a href="${feedPath(org.slug)}">Prenumerera (Atom-flöde) på nya remisser och remissvar</a></p>
<form class="search" method="get" action="${orgBase(org.slug)}" role="search" aria-label="Sök remisser">
${searchField('q', 'Rubrik', filter.q)}
${searchField('registryNumber', 'Diarienummer', filter.registryNumber)}
${searchField('recipient', 'Mottagare', filter.recipient)}
${searchField('from', 'Skickad från och med', filter.from, 'date')}
${searchField('to', 'Skickad till och med', filter.to, 'date')}
<button type="submit">Sök</button>
</form>
${
  page.items.length === 0
    ? html`<p>${searched ? 'Inga remisser matchar sökningen.' : 'Inga remisser har publicerats ännu.'}</p>`
    : html`<div class="table-wrap" role="region" aria-label="Remisser" tabindex="0"><table>
<caption>${searched ? 'Remisser som matchar sökningen' : 'Remisser, nyast först'}</caption>
<thead><tr><th scope="col">Rubrik</th><th scope="col">Diarienummer</th><th scope="col">Skickad</th><th scope="col">Sista svarsdag</th><th scope="col">Status</th><th scope="col">Svar</th></tr></thead>
<tbody>${rows}</tbody></table></div>`
}
${pagerLink(orgBase(org.slug), { q: filter.q, registryNumber: filter.registryNumber, recipient: filter.recipient, from: filter.from, to: filter.to }, page.nextCursor, 'Äldre remisser')}`;
  return layout(`Remisser från ${org.name}`, body, {
    description: `Remisser som ${org.name} har skickat ut, med remissvar och beslut.`,
    feed: { href: feedPath(org.slug), title: `Nya remisser och remissvar från ${org.name}` },
    breadcrumbs: [[PORTAL_BASE, 'Offentliga remisser']],
  });
}

function answerBlock(a: NonNullable<PublicCase['rounds'][number]['recipients'][number]['answer']>): SafeHtml {
  const facts = html`<p class="muted">Inkom ${time(a.receivedDate)}${a.registryNumber ? html`, diarienummer ${a.registryNumber}` : ''}${a.theirRegistryNumber ? html` (avsändarens ${a.theirRegistryNumber})` : ''}${a.version > 1 ? html`, rättad version ${a.version}` : ''}</p>`;
  if (a.secrecy) return html`<div class="answer">${facts}<p>${secrecyText(a.secrecy)}</p>${documentList(a.documents)}</div>`;
  return html`<div class="answer">${facts}<p><strong>Ställningstagande:</strong> ${a.positionLabel}</p>${a.text ? html`<p>${a.text}</p>` : ''}${documentList(a.documents)}
${a.innerAnswers.length > 0 ? html`<p><strong>Bygger på interna yttranden:</strong></p><ul>${a.innerAnswers.map((i) => html`<li>${i.organisation}, ${time(i.receivedDate)}: ${i.secrecy ? secrecyText(i.secrecy) : html`${i.positionLabel}${i.text ? html`. ${i.text}` : ''}`}${documentList(i.documents)}</li>`)}</ul>` : ''}</div>`;
}

function decisionBlock(d: NonNullable<PublicCase['rounds'][number]['recipients'][number]['decision']>): SafeHtml {
  return html`<div class="answer"><p><strong>Beslut:</strong> ${d.body} ${time(d.meetingDate)} § ${d.paragraph}: ${d.outcomeLabel}</p>
${d.text ? html`<p>${d.text}</p>` : ''}
<p class="muted">${d.immediateJustering ? 'Justerat omedelbart' : html`Justerat ${time(d.justeringDate)}`}, expedierat ${time(d.dispatchedDate)}, diarienummer ${d.registryNumber}</p>
${d.document ? html`<ul>${documentItem(d.document)}</ul>` : ''}</div>`;
}

export function casePage(c: PublicCase): string {
  const rounds = c.rounds.map((r) => {
    const answered = r.recipients.filter((x) => x.answer || x.decision);
    return html`<section aria-labelledby="omgang-${r.seq}">
<h2 id="omgang-${r.seq}">Omgång ${r.seq}: ${r.subject}</h2>
<dl class="facts">
<dt>Skickad</dt><dd>${time(r.sentDate)}${r.registryNumber ? html`, diarienummer ${r.registryNumber}` : ''}</dd>
<dt>${r.kind === 'remiss' ? 'Sista svarsdag' : 'Sista dag för beslut'}</dt><dd>${time(r.deadline)}</dd>
${r.closedDate ? html`<dt>Stängd</dt><dd>${time(r.closedDate)}</dd>` : ''}
</dl>
${r.message ? html`<p>${r.message}</p>` : ''}
<h3>Utskickade handlingar</h3>
${r.documents.length > 0 ? documentList(r.documents) : html`<p class="muted">Inga handlingar bifogades.</p>`}
<h3>Mottagare</h3>
<div class="table-wrap" role="region" aria-label="Mottagare, ${r.kindLabel.toLowerCase()} ${r.seq}" tabindex="0"><table>
<caption>${r.recipients.length} mottagare</caption>
<thead><tr><th scope="col">Mottagare</th><th scope="col">Status</th><th scope="col">Sista dag</th></tr></thead>
<tbody>${r.recipients.map((x) => html`<tr><td>${x.organisation}</td><td>${x.status}</td><td>${time(x.deadline)}</td></tr>`)}</tbody>
</table></div>
<h3>${r.kind === 'remiss' ? 'Inkomna remissvar' : 'Expedierade beslut'}</h3>
${answered.length === 0 ? html`<p class="muted">${r.kind === 'remiss' ? 'Inga remissvar har kommit in ännu.' : 'Inga beslut har expedierats ännu.'}</p>` : answered.map((x) => html`<h4>${x.organisation}</h4>${x.answer ? answerBlock(x.answer) : ''}${x.decision ? decisionBlock(x.decision) : ''}`)}
</section>`;
  });
  const body = html`<h1>${c.title}</h1>
<dl class="facts">
<dt>Diarienummer</dt><dd>${c.registryNumber}</dd>
<dt>Avsändare</dt><dd><a href="${orgBase(c.sender.slug)}">${c.sender.name}</a></dd>
<dt>Skickad</dt><dd>${time(c.sentDate)}</dd>
<dt>Status</dt><dd>${c.status}</dd>
<dt>Remissvar</dt><dd>${c.answers} av ${c.recipients} mottagare har svarat</dd>
<dt>Händelseloggens kontrollsumma</dt><dd class="log-head" id="logghuvud">${c.logHead ?? html`<span class="muted">saknas</span>`}</dd>
</dl>
${c.description ? html`<p>${c.description}</p>` : ''}
${rounds}`;
  return layout(c.title, body, {
    description: `${c.title} (${c.registryNumber}): remiss från ${c.sender.name} med remisshandlingar, mottagare, remissvar och beslut.`,
    feed: { href: feedPath(c.sender.slug), title: `Nya remisser och remissvar från ${c.sender.name}` },
    breadcrumbs: [
      [PORTAL_BASE, 'Offentliga remisser'],
      [orgBase(c.sender.slug), c.sender.name],
    ],
  });
}

export function diariumPage(org: PublicOrganisation, q: string | undefined, page: Page<PublicRegistryEntry>): string {
  const body = html`<h1>Diarium för ${org.name}</h1>
<p>Alla registrerade handlingar, nyast först. Uppgifter som är sekretessmarkerade visas inte.</p>
<form class="search" method="get" action="${diariumPath(org.slug)}" role="search" aria-label="Sök i diariet">
${searchField('q', 'Diarienummer, motpart eller ärendemening', q)}
<button type="submit">Sök</button>
</form>
${
  page.items.length === 0
    ? html`<p>Inga poster.</p>`
    : html`<div class="table-wrap" role="region" aria-label="Diarieposter" tabindex="0"><table>
<caption>Diarieposter</caption>
<thead><tr><th scope="col">Datum</th><th scope="col">Diarienummer</th><th scope="col">Riktning</th><th scope="col">Motpart</th><th scope="col">Ärendemening</th></tr></thead>
<tbody>${page.items.map(
        (e) => html`<tr><td>${time(e.date)}</td><td>${e.number}${e.externalNumber ? html` <span class="muted">(${e.externalNumber})</span>` : ''}</td><td>${e.directionLabel}</td><td>${e.counterpart}</td><td>${e.secrecy ? html`<span class="secret">${e.subject}</span>` : e.subject}</td></tr>`,
      )}</tbody></table></div>`
}
${pagerLink(diariumPath(org.slug), { q }, page.nextCursor, 'Äldre poster')}`;
  return layout(`Diarium för ${org.name}`, body, {
    description: `Diariet för ${org.name}: datum, diarienummer, motpart, ärendemening och riktning.`,
    breadcrumbs: [
      [PORTAL_BASE, 'Offentliga remisser'],
      [orgBase(org.slug), org.name],
    ],
  });
}

export function errorPage(status: number, message: string): string {
  const title = status === 404 ? 'Sidan finns inte' : status === 429 ? 'För många förfrågningar' : 'Det gick inte att visa sidan';
  return layout(title, html`<h1>${title}</h1><p>${message}</p><p><a href="${PORTAL_BASE}">Till offentliga remisser</a></p>`, { description: title });
}
