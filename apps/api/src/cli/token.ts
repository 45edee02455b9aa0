/** Prints a bearer token for a seeded user: `npm run token -- kansli@ksl.se`. */
import { loadConfigOrExit } from '@remiss/config';
import { Client } from 'pg';
import { signToken } from '../auth/token.service';

async function main(): Promise<void> {
  const email = process.argv[2];
  const config = loadConfigOrExit();
  const client = new Client({ connectionString: config.databaseUrl });
  await client.connect();
  try {
    if (!email) {
      const users = await client.query<{ email: string; role: string }>(`SELECT email, role FROM users ORDER BY email`);
      process.stderr.write('Ange en e-postadress, t.ex. npm run token -- kansli@ksl.se. Användare:\n');
      for (const u of users.rows) process.stderr.write(`  ${u.email} (${u.role})\n`);
      process.exit(2);
    }
    const rows = await client.query<{ id: string }>(`SELECT id FROM users WHERE email = $1`, [email]);
    if (rows.rowCount === 0) {
      process.stderr.write(`Det finns ingen användare med e-postadressen ${email}.\n`);
      process.exit(2);
    }
    process.stdout.write(`${signToken(config, rows.rows[0].id)}\n`);
  } finally {
    await client.end();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`Kunde inte skapa token: ${error.message}\n`);
  process.exit(1);
});
