/** Registry numbers (diarienummer): PREFIX/YEAR/SEQUENCE, e.g. KSL/2026/0042. */
export function formatRegistryNumber(prefix: string, year: number, sequence: number): string {
  return `${prefix}/${year}/${String(sequence).padStart(4, '0')}`;
}

/** Roles a user can hold. */
export type Role = 'secretariat' | 'officer' | 'secretary' | 'admin';
export const ROLES: Role[] = ['secretariat', 'officer', 'secretary', 'admin'];
export const ROLE_LABELS: Record<Role, string> = {
  secretariat: 'Kansli (sekretariat)',
  officer: 'Handläggare',
  secretary: 'Nämndsekreterare',
  admin: 'Administratör',
};
