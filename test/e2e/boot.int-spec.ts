import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');

function runBuilt(script: string, env: Record<string, string>) {
  const file = path.join(root, 'dist', script);
  if (!fs.existsSync(file)) throw new Error(`${file} saknas: kör "npm run build" först (npm test gör det).`);
  return spawnSync(process.execPath, ['-r', 'tsconfig-paths/register', file], {
    env: { PATH: process.env.PATH ?? '', TS_NODE_BASEURL: path.join(root, 'dist'), TS_NODE_PROJECT: path.join(root, 'tsconfig.base.json'), ...env },
    encoding: 'utf8',
    timeout: 20000,
  });
}

describe('the built apps refuse a bad configuration with one sentence', () => {
  it.each([
    ['apps/api/src/main.js', 'API'],
    ['apps/worker/src/main.js', 'worker'],
  ])('%s stops on a malformed DATABASE_URL (%s)', (script) => {
    const result = runBuilt(script, { DATABASE_URL: 'postgres//fel' });
    expect(result.status).toBe(78);
    expect(result.stderr.trim()).toBe(
      'Felaktig konfiguration: DATABASE_URL måste vara en URL som börjar med postgres:// eller postgresql://, t.ex. postgres://postgres@127.0.0.1:5432/remiss (fick "postgres//fel").',
    );
  });

  it('names PORT when it is out of range', () => {
    const result = runBuilt('apps/api/src/main.js', { PORT: '70000' });
    expect(result.status).toBe(78);
    expect(result.stderr.trim()).toBe('Felaktig konfiguration: PORT måste vara mellan 0 och 65535 (fick "70000").');
  });

  it('refuses a weak or published JWT_SECRET in production with one sentence', () => {
    const weak = runBuilt('apps/api/src/main.js', { NODE_ENV: 'production', JWT_SECRET: 'aaaaaaaaaaaaaaaa' });
    expect(weak.status).toBe(78);
    expect(weak.stderr.trim()).toBe('Felaktig konfiguration: JWT_SECRET måste i produktion vara minst 32 tecken lång (fick 16).');
    const published = runBuilt('apps/api/src/main.js', { NODE_ENV: 'production', JWT_SECRET: 'remiss-development-secret-not-for-production' });
    expect(published.status).toBe(78);
    expect(published.stderr.trim()).toBe('Felaktig konfiguration: JWT_SECRET är en publicerad exempelhemlighet och får inte användas i produktion.');
  });
});
