/**
 * Recomputes the hash chain of a case's event log, or of every case's: `npm run verify-log -- KSL/12/0053`,
 * `npm run verify-log -- <ärendets id>` or `npm run verify-log -- all`. Exit code 0 when every log matches,
 * 1 naming the first row that does not, 2 for a case that does not exist.
 */
import { verifyCaseLog } from '@remiss/application';
import { loadConfigOrExit } from '@remiss/config';
import { createDataSource } from '@remiss/data-access';
import { isUuid, systemClock } from '@remiss/domain';
import { DataSource } from 'typeorm';

interface CaseRef {
  id: string;
  registry_number: string;
  organisation: string;
}

async function casesFor(dataSource: DataSource, reference: string): Promise<CaseRef[]> {
  const columns = `SELECT c.id, c.registry_number, o.name AS organisation FROM cases c JOIN organisations o ON o.id = c.organisation_id`;
  return dataSource.query(`${columns} WHERE ${isUuid(reference) ? 'c.id = $1' : 'c.registry_number = $1'} ORDER BY c.id`, [reference]);
}

async function verifyOne(dataSource: DataSource, c: CaseRef): Promise<boolean> {
  const result = await dataSource.transaction('REPEATABLE READ', (m) => verifyCaseLog(m, c.id, systemClock.now()));
  const name = `${c.registry_number} (${c.organisation}, ${c.id})`;
  if (result.ok) {
    process.stdout.write(`${name}: ${result.message} Loggens kontrollsumma ${result.head}\n`);
    return true;
  }
  process.stdout.write(`${name}: ${result.message}${result.firstMismatch?.rowId ? ` (rad-id ${result.firstMismatch.rowId})` : ''}\n`);
  return false;
}

async function main(): Promise<number> {
  const [reference] = process.argv.slice(2);
  if (!reference) {
    process.stderr.write('Ange ärendets diarienummer eller id, eller all för alla ärenden, t.ex. npm run verify-log -- KSL/12/0053.\n');
    return 2;
  }
  const config = loadConfigOrExit();
  const dataSource = createDataSource(config.databaseUrl, { extra: { max: 2 } });
  await dataSource.initialize();
  try {
    if (reference !== 'all') {
      const cases = await casesFor(dataSource, reference);
      if (cases.length === 0) {
        process.stderr.write(`Det finns inget ärende ${reference}.\n`);
        return 2;
      }
      let ok = true;
      for (const c of cases) ok = (await verifyOne(dataSource, c)) && ok;
      return ok ? 0 : 1;
    }
    let after = '00000000-0000-0000-0000-000000000000';
    let checked = 0;
    let bad = 0;
    for (;;) {
      const page: CaseRef[] = await dataSource.query(
        `SELECT c.id, c.registry_number, o.name AS organisation FROM cases c JOIN organisations o ON o.id = c.organisation_id
          WHERE c.id > $1 ORDER BY c.id LIMIT 500`,
        [after],
      );
      for (const c of page) {
        checked += 1;
        if (!(await verifyOne(dataSource, c))) bad += 1;
      }
      if (page.length < 500) break;
      after = page[page.length - 1].id;
    }
    process.stdout.write(bad === 0 ? `Alla ${checked} ärendens loggar stämmer.\n` : `${bad} av ${checked} ärendens loggar stämmer inte.\n`);
    return bad === 0 ? 0 : 1;
  } finally {
    await dataSource.destroy();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error: Error) => {
    process.stderr.write(`Kunde inte kontrollera loggen: ${error.message}\n`);
    process.exit(1);
  });
