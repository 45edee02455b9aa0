import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { load, YAML11_SCHEMA } from 'js-yaml';
import { loadConfig } from './app-config';

/**
 * docker-compose.yml cannot be run here (no Docker engine): parse it and check that the "ha" profile
 * has the shape the README promises and that every app replica's environment passes the real
 * configuration schema (a Sentinel group the sentinels actually monitor under that name).
 */
interface Service {
  image?: string;
  profiles?: string[];
  command?: string[] | string;
  environment?: Record<string, string>;
  depends_on?: Record<string, unknown>;
  configs?: Array<{ source: string; target: string }>;
}

// Compose reads YAML 1.1 (merge keys `<<:`).
const compose = load(fs.readFileSync(path.join(__dirname, '../../../docker-compose.yml'), 'utf8'), { schema: YAML11_SCHEMA }) as {
  services: Record<string, Service>;
  configs: Record<string, { content: string }>;
};
const services = compose.services;
const inProfile = (profile: string) => Object.keys(services).filter((name) => services[name].profiles?.includes(profile));
const commandText = (service: Service) => (Array.isArray(service.command) ? service.command.join(' ') : (service.command ?? ''));
/** What compose would pass: ${JWT_SECRET:-} filled in as an operator would. */
const envOf = (service: Service): Record<string, string> =>
  Object.fromEntries(Object.entries(service.environment ?? {}).map(([k, v]) => [k, String(v).replace('${JWT_SECRET:-}', 'q8Vf2LmZ-Tx4Rk9hWc1Nb7Jy3Gs6Dp0A_Ue5Ho')]));

describe('docker-compose.yml, profile "ha"', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'remiss-compose-'));
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('has Redis with Sentinel (master, replica, 3 sentinels), 2 API and 2 worker replicas and a proxy', () => {
    expect(inProfile('ha').sort()).toEqual(
      ['api-1', 'api-2', 'ha-database', 'proxy', 'redis-master', 'redis-replica', 'redis-sentinel-1', 'redis-sentinel-2', 'redis-sentinel-3', 'worker-1', 'worker-2'].sort(),
    );
    expect(commandText(services['redis-replica'])).toContain('--replicaof redis-master 6379');
    for (const name of ['redis-master', 'redis-replica']) expect(commandText(services[name])).toContain('--maxmemory-policy noeviction');
    // the services without a profile are the plain single-Redis deployment
    expect(Object.keys(services).filter((n) => !services[n].profiles).sort()).toEqual(['api', 'mailpit', 'postgres', 'redis', 'worker']);
  });

  it('gives every API and worker replica a valid Sentinel configuration naming the monitored master', () => {
    const monitored = /sentinel monitor (\S+) (\S+) 6379 2/.exec(commandText(services['redis-sentinel-1']));
    expect(monitored?.slice(1)).toEqual(['remiss', 'redis-master']);
    const sentinelHosts = ['redis-sentinel-1', 'redis-sentinel-2', 'redis-sentinel-3'];
    for (const name of ['api-1', 'api-2', 'worker-1', 'worker-2']) {
      const config = loadConfig({ ...envOf(services[name]), DATA_DIR: dataDir });
      expect(config.env).toBe('production');
      expect(config.redis).toMatchObject({ mode: 'sentinel', name: monitored?.[1], sentinels: sentinelHosts.map((host) => ({ host, port: 26379 })) });
      expect(config.databaseUrl).toBe('postgres://postgres:postgres@postgres:5432/remiss_ha');
      expect(config.trustProxy).toBe(1);
      expect(Object.keys(services[name].depends_on ?? {})).toEqual(expect.arrayContaining([...sentinelHosts, 'ha-database']));
    }
    // the sentinel's start command writes the configuration it monitors with
    const [shell, flag, script] = services['redis-sentinel-1'].command as string[];
    const conf = path.join(dataDir, 'sentinel.conf');
    const written = execFileSync(shell, [flag, script.replaceAll('/tmp/sentinel.conf', conf).replace(/exec redis-sentinel \S+$/, `cat ${conf}`)], { encoding: 'utf8' });
    expect(written.trim().split('\n')).toEqual([
      'port 26379',
      'sentinel resolve-hostnames yes',
      'sentinel monitor remiss redis-master 6379 2',
      'sentinel down-after-milliseconds remiss 5000',
      'sentinel failover-timeout remiss 30000',
      'sentinel parallel-syncs remiss 1',
    ]);
    expect(commandText(services['api-1'])).toContain('dist/apps/api/src/main.js');
    expect(commandText(services['worker-1'])).toContain('dist/apps/worker/src/main.js');
  });

  it('keeps the plain services on one Redis and their own database', () => {
    for (const name of ['api', 'worker']) {
      const config = loadConfig({ ...envOf(services[name]), DATA_DIR: dataDir });
      expect(config.redis).toEqual({ mode: 'single', url: 'redis://redis:6379' });
      expect(config.databaseUrl).toBe('postgres://postgres:postgres@postgres:5432/remiss');
    }
  });

  it('balances the proxy over both API replicas, checked by /health/ready', () => {
    const proxy = services.proxy;
    const [mounted] = proxy.configs ?? [];
    const cfg = compose.configs[mounted.source].content;
    expect(mounted.target).toBe('/usr/local/etc/haproxy/haproxy.cfg');
    expect(cfg).toMatch(/option httpchk GET \/health\/ready/);
    expect(cfg.match(/^\s*server (\S+) (\S+):3000 check$/gm)?.map((l) => l.trim().split(' ')[1])).toEqual(['api-1', 'api-2']);
    expect(cfg).toMatch(/bind :8080/);
    expect(Object.keys(proxy.depends_on ?? {})).toEqual(['api-1', 'api-2']);
  });
});
