import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, ConflictError, ForbiddenError } from '@remiss/domain';
import { XMLBuilder } from 'fast-xml-parser';
import { zipSync, type Zippable } from 'fflate';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../access/actor';
import { loadCase } from '../cases/case-access';
import { POSITION_LABELS, STATE_LABELS } from '../cases/compilation.query';
import { CLOCK } from '../core/tokens';
import { OUTCOME_LABELS } from '../decisions/decision.types';
import { ARCHIVE_NAMESPACE, ARCHIVE_SCHEMA_FILE, ARCHIVE_SCHEMA_XSD } from './archive-schema';
import { CASE_STATE_LABELS } from './compilation-docx';

/** The package's files besides the documents. */
export const ARCHIVE_FILES = { metadata: 'arkivpaket.xml', manifest: 'manifest-sha256.txt', readme: 'LASMIG.txt', schema: ARCHIVE_SCHEMA_FILE } as const;

/** A case can be archived once it has ended (its machine's final states). */
const ARCHIVABLE_STATES = ['concluded', 'withdrawn'];

const DIRECTIONS: Record<string, string> = { in: 'in', out: 'ut', internal: 'intern' };
const ROUND_KINDS: Record<string, string> = { remiss: 'remiss', recommendation: 'rekommendation' };

export interface ArchivePackage {
  filename: string;
  zip: Buffer;
  /** Number of documents and SHA-256 of the metadata, for logs and tests. */
  documents: number;
  metadataSha256: string;
}

/** Characters XML 1.0 cannot carry (C0 controls but tab, newline and return; U+FFFE, U+FFFF) become U+FFFD. */
// eslint-disable-next-line no-control-regex -- replacing control characters is the point
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const xmlText = (_name: string, value: unknown) => (typeof value === 'string' ? value.replace(XML_INVALID, '\uFFFD') : value);

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
const iso = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : undefined);
const day = (value: string | null | undefined) => value ?? undefined;
/** Letters, digits, dot, dash and underscore; ÅÄÖ kept (UTF-8 names in the ZIP). */
const pathSafe = (name: string) => name.replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 120) || 'dokument';

/**
 * A closed case as a self-describing archive package for the municipal e-archive: a ZIP with
 * `arkivpaket.xml` (the case, its documents, registry entries, rounds, recipients, answers,
 * decisions and event log; schema in `schema/remiss-arkivpaket-1.xsd`, modelled on Riksarkivet's
 * FGS Ärendehantering), every document under `handlingar/`, a `LASMIG.txt` and
 * `manifest-sha256.txt` with the SHA-256 of every other file. Only the case's own organisation.
 */
@Injectable()
export class ArchivePackageQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async build(actor: Actor, caseId: string): Promise<ArchivePackage> {
    return this.dataSource.transaction('REPEATABLE READ', async (m) => {
      const c = await loadCase(m, actor, caseId, 'read');
      if (actor.role !== 'system' && (actor.organisationId !== c.organisation_id || !['secretariat', 'admin'].includes(actor.role))) {
        throw new ForbiddenError('Bara ärendets egen organisations kansli eller administratör kan ta fram arkivpaketet.');
      }
      if (!ARCHIVABLE_STATES.includes(c.state)) {
        throw new ConflictError('ARCHIVE.CASE_NOT_CLOSED', `Ärendet är inte avslutat (${CASE_STATE_LABELS[c.state] ?? c.state}); ett arkivpaket tas fram när ärendet är avslutat eller återkallat.`, {
          state: c.state,
        });
      }
      return this.assemble(m, c.id);
    });
  }

  private async assemble(m: EntityManager, caseId: string): Promise<ArchivePackage> {
    const [c] = await m.query(
      `SELECT c.*, o.name AS organisation_name, o.registry_email AS organisation_email,
              (SELECT max(e.at) FROM event_log e WHERE e.case_id = c.id AND e.state_after IN ('concluded', 'withdrawn')) AS ended_at
         FROM cases c JOIN organisations o ON o.id = c.organisation_id WHERE c.id = $1`,
      [caseId],
    );
    const documents: Array<{
      id: string; version: number; title: string; kind: string; filename: string; mime_type: string; size_bytes: number; sha256: string;
      content: Buffer; supersedes_id: string | null; created_at: Date; organisation_name: string;
    }> = await m.query(
      `SELECT d.id, d.version, d.title, d.kind, d.filename, d.mime_type, d.size_bytes, d.sha256, d.content, d.supersedes_id, d.created_at, o.name AS organisation_name
         FROM documents d JOIN organisations o ON o.id = d.organisation_id WHERE d.case_id = $1 ORDER BY d.created_at, d.id`,
      [caseId],
    );
    const registry = await m.query(
      `SELECT e.number, e.seq, e.registry_case_id, e.former_number, e.direction, e.registered_at, e.counterpart, e.subject, e.document_id, e.external_number, o.name AS organisation_name
         FROM registry_entries e JOIN organisations o ON o.id = e.organisation_id
        WHERE e.case_id = $1 AND e.organisation_id = $2 ORDER BY e.registered_at, e.seq, e.number`,
      [caseId, c.organisation_id],
    );
    const rounds = await m.query(`SELECT * FROM rounds WHERE case_id = $1 ORDER BY seq`, [caseId]);
    const recipients = await m.query(
      `SELECT r.*, o.name AS organisation_name FROM recipients r JOIN organisations o ON o.id = r.organisation_id WHERE r.case_id = $1 ORDER BY o.name`,
      [caseId],
    );
    const answers = await m.query(
      `SELECT a.*, coalesce(array_agg(d.id ORDER BY d.created_at) FILTER (WHERE d.id IS NOT NULL), '{}') AS document_ids
         FROM answers a JOIN recipients r ON r.id = a.recipient_id LEFT JOIN documents d ON d.answer_id = a.id
        WHERE r.case_id = $1 GROUP BY a.id ORDER BY a.recipient_id, a.version`,
      [caseId],
    );
    const decisions = await m.query(
      `SELECT d.*, x.dispatched_at FROM decisions d LEFT JOIN decision_dispatches x ON x.decision_id = d.id
        WHERE d.case_id = $1 ORDER BY d.recipient_id, d.created_at, d.version`,
      [caseId],
    );
    const events = await m.query(
      `SELECT e.id, e.at, e.event, e.state_before, e.state_after, e.recipient_id, e.payload, u.name AS actor_name, o.name AS actor_organisation,
              e.actor_user_id, e.actor_organisation_id, e.seq, e.hash, e.prev_hash
         FROM event_log e LEFT JOIN users u ON u.id = e.actor_user_id LEFT JOIN organisations o ON o.id = e.actor_organisation_id
        WHERE e.case_id = $1 ORDER BY e.seq`,
      [caseId],
    );

    const files: Zippable = {};
    const fileOf = new Map<string, string>();
    documents.forEach((d, i) => {
      const path = `handlingar/${String(i + 1).padStart(3, '0')}-v${d.version}-${pathSafe(d.filename)}`;
      fileOf.set(d.id, path);
      // Documents are PDF/DOCX/ODT, already compressed: stored as they are.
      files[path] = [new Uint8Array(d.content), { level: 0 }];
    });

    const byRecipient = <T extends { recipient_id: string }>(rows: T[]) => {
      const map = new Map<string, T[]>();
      for (const row of rows) map.set(row.recipient_id, [...(map.get(row.recipient_id) ?? []), row]);
      return map;
    };
    const answersOf = byRecipient(answers as Array<{ recipient_id: string } & Record<string, never>>);
    const decisionsOf = byRecipient(decisions as Array<{ recipient_id: string } & Record<string, never>>);

    const metadata = {
      '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
      Leveransobjekt: {
        '@_xmlns': ARCHIVE_NAMESPACE,
        '@_version': '1',
        Skapat: this.clock.now().toISOString(),
        Arkivbildare: { '@_id': c.organisation_id, Namn: c.organisation_name, Registratur: c.organisation_email },
        ArkivobjektArende: {
          '@_id': c.id,
          ArkivobjektID: c.registry_number,
          Arendemening: c.title,
          Beskrivning: c.description ?? '',
          Uppdragsgivare: c.ordered_by ?? '',
          Status: CASE_STATE_LABELS[c.state] ?? c.state,
          Upprattat: iso(c.created_at),
          Avslutat: iso(c.ended_at),
          Handlingar: {
            Handling: documents.map((d) => ({
              '@_id': d.id,
              '@_version': d.version,
              Titel: d.title,
              Handlingstyp: d.kind,
              Upprattad: iso(d.created_at),
              Organisation: d.organisation_name,
              Fil: {
                Sokvag: fileOf.get(d.id),
                Filnamn: d.filename,
                Mimetyp: d.mime_type,
                Storlek: d.size_bytes,
                Checksumma: { '#text': d.sha256, '@_algoritm': 'SHA-256' },
              },
              ErsatterHandling: d.supersedes_id ?? undefined,
            })),
          },
          Diarium: {
            Diariepost: registry.map((e: Record<string, never>) => ({
              '@_nummer': e.number,
              '@_handlingsnummer': e.registry_case_id ? e.seq : undefined,
              '@_riktning': DIRECTIONS[e.direction] ?? 'intern',
              '@_organisation': e.organisation_name,
              Registrerad: iso(e.registered_at),
              Motpart: e.counterpart,
              Rubrik: e.subject,
              Handling: e.document_id ?? undefined,
              ExterntNummer: e.external_number ?? undefined,
              TidigareNummer: e.former_number ?? undefined,
            })),
          },
          Omgangar: {
            Omgang: rounds.map((r: Record<string, never>) => ({
              '@_id': r.id,
              '@_nummer': r.seq,
              '@_typ': ROUND_KINDS[r.kind],
              Rubrik: r.subject,
              Meddelande: r.message ?? '',
              Skickad: iso(r.sent_at),
              SistaDag: day(r.deadline),
              Stangd: iso(r.closed_at),
              SkickadHandling: r.document_id ?? undefined,
              Mottagare: (recipients as Array<Record<string, never>>)
                .filter((x) => x.round_id === r.id)
                .map((x) => ({
                  '@_id': x.id,
                  Organisation: x.organisation_name,
                  Status: STATE_LABELS[x.state] ?? x.state,
                  SistaDag: day(x.deadline),
                  UrsprungligSistaDag: day(x.original_deadline),
                  Svar: (answersOf.get(x.id) ?? []).map((a: Record<string, never>) => ({
                    '@_version': a.version,
                    Stallningstagande: POSITION_LABELS[a.position] ?? a.position,
                    Text: a.text,
                    Mottaget: iso(a.received_at),
                    Deras_diarienummer: a.their_registry_number ?? undefined,
                    Bilaga: a.document_ids as string[],
                  })),
                  Beslut: (decisionsOf.get(x.id) ?? []).map((d: Record<string, never>) => ({
                    '@_id': d.id,
                    '@_version': d.version,
                    Organ: d.body_name,
                    Sammantradesdag: day(d.meeting_date),
                    Paragraf: d.paragraph,
                    Utfall: OUTCOME_LABELS[d.outcome] ?? d.outcome,
                    Beslutstext: d.decision_text,
                    Justerat: day(d.justering_date),
                    JusteratOmedelbart: Boolean(d.immediate_justering),
                    Slutligt: Boolean(d.final),
                    Protokollsutdrag: d.document_id ?? undefined,
                    Expedierat: iso(d.dispatched_at),
                    Rattelse: d.correction_reason ?? undefined,
                  })),
                })),
            })),
          },
          Handelselogg: {
            // the hash chain (README: Verifiable log): each event's position, hash and the previous event's hash
            LoggensKontrollsumma: c.log_head,
            Handelse: events.map((e: Record<string, never>) => ({
              '@_nummer': e.seq,
              Tidpunkt: iso(e.at),
              Handelsetyp: e.event,
              StatusFore: e.state_before ?? undefined,
              StatusEfter: e.state_after ?? undefined,
              Utforare: e.actor_name ?? undefined,
              UtforareOrganisation: e.actor_organisation ?? undefined,
              Mottagare: e.recipient_id ?? undefined,
              Uppgifter: e.payload && Object.keys(e.payload).length > 0 ? JSON.stringify(e.payload) : undefined,
              UtforareId: e.actor_user_id ?? undefined,
              UtforareOrganisationId: e.actor_organisation_id ?? undefined,
              Kontrollsumma: e.hash,
              ForegaendeKontrollsumma: e.prev_hash,
            })),
          },
        },
      },
    };
    const xml = new XMLBuilder({
      ignoreAttributes: false,
      attributeNamePrefix: '@_',
      format: true,
      suppressEmptyNode: false,
      processEntities: true,
      tagValueProcessor: xmlText,
      attributeValueProcessor: xmlText,
    }).build(metadata) as string;
    const readme = readmeText(c.registry_number, c.title, c.organisation_name, documents.length);
    files[ARCHIVE_FILES.metadata] = new TextEncoder().encode(xml);
    files[ARCHIVE_FILES.schema] = new TextEncoder().encode(ARCHIVE_SCHEMA_XSD);
    files[ARCHIVE_FILES.readme] = new TextEncoder().encode(readme);
    const manifest = Object.keys(files)
      .sort()
      .map((name) => {
        const entry = files[name];
        const bytes = (Array.isArray(entry) ? entry[0] : entry) as Uint8Array;
        return `${sha256(bytes)}  ${name}`;
      })
      .join('\n');
    files[ARCHIVE_FILES.manifest] = new TextEncoder().encode(`${manifest}\n`);
    const zip = Buffer.from(zipSync(files, { level: 6, mtime: this.clock.now() }));
    return {
      filename: `arkivpaket-${pathSafe(c.registry_number.replace(/\//g, '-'))}.zip`,
      zip,
      documents: documents.length,
      metadataSha256: sha256(xml),
    };
  }
}

function readmeText(registryNumber: string, title: string, organisation: string, documents: number): string {
  return [
    `Arkivpaket för ärende ${registryNumber}: ${title}`,
    `Arkivbildare: ${organisation}`,
    '',
    `${ARCHIVE_FILES.metadata}  ärendet, dess handlingar, diarieposter, omgångar, mottagare, svar, beslut och händelselogg`,
    `${ARCHIVE_FILES.schema}  XML-schemat som ${ARCHIVE_FILES.metadata} följer (förebild: Riksarkivets FGS Ärendehantering)`,
    `handlingar/  ärendets ${documents} handlingar, med filnamn och SHA-256 i ${ARCHIVE_FILES.metadata}`,
    `${ARCHIVE_FILES.manifest}  SHA-256 för varje annan fil i paketet (kontrollera med: sha256sum -c ${ARCHIVE_FILES.manifest})`,
    '',
    'Framtaget av Remiss.',
    '',
  ].join('\n');
}
