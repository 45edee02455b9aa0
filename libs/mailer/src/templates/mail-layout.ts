/** A rendered mail body: subject, plain text and HTML. */
export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

/** The case a mail is about, with the link to it. */
export interface CaseRef {
  title: string;
  registryNumber: string;
  url: string;
}

/** A remiss asks for an answer (remissvar), a recommendation for a decision (beslut). */
export type RoundKind = 'remiss' | 'recommendation';

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** One block of a mail: a paragraph, or a list of lines. */
export type Block = string | { list: string[] };

const FOOTER = 'Det här brevet skickades automatiskt av Remiss, Kommunförbundet Stockholms län.';

/** Builds subject, text and HTML from the same blocks, with the case line and link at the end. */
export function composeMail(subject: string, greeting: string, blocks: Block[], caseRef?: CaseRef): MailContent {
  const all: Block[] = [...blocks];
  if (caseRef) all.push(`Ärende: ${caseRef.title} (dnr ${caseRef.registryNumber})`);
  const text = [greeting, ...all.map((b) => (typeof b === 'string' ? b : b.list.map((l) => `- ${l}`).join('\n')))];
  if (caseRef) text.push(`Öppna ärendet: ${caseRef.url}`);
  text.push(`-- \n${FOOTER}`);
  const html = [`<p>${escapeHtml(greeting)}</p>`, ...all.map(blockHtml)];
  if (caseRef) html.push(`<p><a href="${escapeHtml(caseRef.url)}">Öppna ärendet i Remiss</a></p>`);
  html.push(`<p style="color:#666;font-size:small">${escapeHtml(FOOTER)}</p>`);
  return { subject, text: `${text.join('\n\n')}\n`, html: `<!doctype html><html lang="sv"><body>${html.join('')}</body></html>` };
}

function blockHtml(block: Block): string {
  if (typeof block === 'string') return `<p>${escapeHtml(block)}</p>`;
  return `<ul>${block.list.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`;
}
