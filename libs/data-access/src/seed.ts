import { defaultCaseNumberFormat, KSL, SEED_GROUPS, STOCKHOLM_COUNTY_MUNICIPALITIES, SeedOrganisation } from '@remiss/domain';
import { hash } from '@node-rs/argon2';
import { DataSource, EntityManager } from 'typeorm';

export interface SeedUser {
  email: string;
  name: string;
  role: 'secretariat' | 'officer' | 'secretary' | 'admin';
  organisationSlug: string;
}

/** Demo accounts: the secretariat and an administrator at KSL, an officer and a committee secretary per municipality. */
export function demoUsers(): SeedUser[] {
  const users: SeedUser[] = [
    { email: 'kansli@ksl.se', name: 'Kansliet KSL', role: 'secretariat', organisationSlug: 'ksl' },
    { email: 'admin@ksl.se', name: 'Administratör KSL', role: 'admin', organisationSlug: 'ksl' },
  ];
  for (const m of STOCKHOLM_COUNTY_MUNICIPALITIES) {
    users.push(
      { email: `handlaggare@${m.slug}.example.se`, name: `Handläggare ${m.name}`, role: 'officer', organisationSlug: m.slug },
      { email: `namndsekreterare@${m.slug}.example.se`, name: `Nämndsekreterare ${m.name}`, role: 'secretary', organisationSlug: m.slug },
      { email: `kansli@${m.slug}.example.se`, name: `Kansliet ${m.name}`, role: 'secretariat', organisationSlug: m.slug },
    );
  }
  return users;
}

async function upsertOrganisation(m: EntityManager, org: SeedOrganisation): Promise<string> {
  const rows: Array<{ id: string }> = await m.query(
    `INSERT INTO organisations (slug, name, kind, registry_prefix, registry_email, case_number_format)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (slug) DO UPDATE SET slug = EXCLUDED.slug
     RETURNING id`,
    [org.slug, org.name, org.kind, org.registryPrefix, org.registryEmail, org.caseNumberFormat ?? defaultCaseNumberFormat(org.registryPrefix)],
  );
  return rows[0].id;
}

/** Idempotent: organisations, groups and demo users are inserted once and never overwritten. */
export async function seedReferenceData(dataSource: DataSource, options: { demoUsers: boolean; demoPassword?: string; demoOidcIssuer?: string }): Promise<void> {
  await dataSource.transaction(async (m) => {
    const ids = new Map<string, string>();
    for (const org of [KSL, ...STOCKHOLM_COUNTY_MUNICIPALITIES]) ids.set(org.slug, await upsertOrganisation(m, org));
    const kslId = ids.get('ksl')!;
    for (const group of SEED_GROUPS) {
      const rows: Array<{ id: string }> = await m.query(
        `INSERT INTO recipient_groups (organisation_id, slug, name) VALUES ($1, $2, $3)
         ON CONFLICT (organisation_id, slug) DO UPDATE SET slug = EXCLUDED.slug RETURNING id`,
        [kslId, group.slug, group.name],
      );
      for (const member of group.members) {
        await m.query(
          `INSERT INTO recipient_group_members (group_id, organisation_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
          [rows[0].id, ids.get(member)],
        );
      }
    }
    if (options.demoUsers) {
      for (const user of demoUsers()) {
        await m.query(
          `INSERT INTO users (organisation_id, name, email, role) VALUES ($1, $2, $3, $4) ON CONFLICT (email) DO NOTHING`,
          [ids.get(user.organisationSlug), user.name, user.email, user.role],
        );
      }
      if (options.demoPassword) await setDemoPasswords(m, options.demoPassword);
      if (options.demoOidcIssuer) await seedDemoIdentityProvider(m, ids.get('ekero')!, options.demoOidcIssuer);
    }
  });
}

/** Demo accounts without a password get DEMO_PASSWORD (argon2id, hashed once per run); set passwords are kept. */
async function setDemoPasswords(m: EntityManager, password: string): Promise<void> {
  const emails = demoUsers().map((u) => u.email);
  const missing: Array<{ n: number }> = await m.query(`SELECT count(*)::int AS n FROM users WHERE password_hash IS NULL AND email = ANY($1::text[])`, [emails]);
  if (missing[0].n === 0) return;
  await m.query(`UPDATE users SET password_hash = $1 WHERE password_hash IS NULL AND email = ANY($2::text[])`, [await hash(password), emails]);
}

/**
 * The local demonstration identity provider (`DEMO_OIDC=true npm start`) for Ekerö: a public client (PKCE, no
 * secret), Ekerö's demo domain, its groups mapped to roles. Added once per issuer; an administrator's changes stay.
 */
async function seedDemoIdentityProvider(m: EntityManager, ekeroId: string, issuer: string): Promise<void> {
  await m.query(
    `INSERT INTO identity_providers (organisation_id, display_name, issuer_url, client_id, allowed_domains, role_claim, role_mapping)
     SELECT $1, 'Demo-inloggning Ekerö', $2, 'remiss-demo', ARRAY['ekero.example.se'], 'groups', $3::jsonb
      WHERE NOT EXISTS (SELECT 1 FROM identity_providers WHERE issuer_url = $2 AND client_id = 'remiss-demo')`,
    [
      ekeroId,
      issuer,
      JSON.stringify([
        { value: 'remiss-kansli', role: 'secretariat' },
        { value: 'remiss-namndsekreterare', role: 'secretary' },
        { value: 'remiss-handlaggare', role: 'officer' },
      ]),
    ],
  );
}
