/**
 * Writes the archive package of a closed case: `npm run archive -- KSL/12/0053 [fil.zip]`
 * (or the case's id). The same package as GET /cases/:id/archive.
 */
import * as fs from 'node:fs';
import { ArchivePackageQuery, SYSTEM_ACTOR } from '@remiss/application';
import { loadConfigOrExit } from '@remiss/config';
import { createDataSource } from '@remiss/data-access';
import { DomainError, isUuid, systemClock } from '@remiss/domain';

async function main(): Promise<number> {
  const [reference, out] = process.argv.slice(2);
  if (!reference) {
    process.stderr.write('Ange ärendets diarienummer eller id, t.ex. npm run archive -- KSL/12/0053 [arkivpaket.zip].\n');
    return 2;
  }
  const config = loadConfigOrExit();
  const dataSource = createDataSource(config.databaseUrl, { extra: { max: 2 } });
  await dataSource.initialize();
  try {
    const cases: Array<{ id: string; registry_number: string; organisation: string }> = await dataSource.query(
      `SELECT c.id, c.registry_number, o.name AS organisation FROM cases c JOIN organisations o ON o.id = c.organisation_id
        WHERE ${isUuid(reference) ? 'c.id = $1' : 'c.registry_number = $1'}`,
      [reference],
    );
    if (cases.length === 0) {
      process.stderr.write(`Det finns inget ärende ${reference}.\n`);
      return 2;
    }
    if (cases.length > 1) {
      process.stderr.write(`Flera organisationer har ett ärende ${reference}; ange ärendets id:\n`);
      for (const c of cases) process.stderr.write(`  ${c.id}  ${c.organisation}\n`);
      return 2;
    }
    const pkg = await new ArchivePackageQuery(dataSource, systemClock).build(SYSTEM_ACTOR, cases[0].id);
    const file = out ?? pkg.filename;
    fs.writeFileSync(file, pkg.zip);
    process.stdout.write(`${file}: ${pkg.documents} handlingar, ${pkg.zip.length} byte\n`);
    return 0;
  } catch (error) {
    if (error instanceof DomainError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  } finally {
    await dataSource.destroy();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error: Error) => {
    process.stderr.write(`Kunde inte ta fram arkivpaketet: ${error.message}\n`);
    process.exit(1);
  });
