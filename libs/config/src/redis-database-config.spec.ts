import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { hashTaggedPrefix, loadConfig } from './app-config';

describe('Redis topology and database pool configuration', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'remiss-config-'));
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  const load = (env: Record<string, string>) => loadConfig({ DATA_DIR: dataDir, ...env });

  it('uses one server from REDIS_URL by default, with the prefix as given', () => {
    const config = load({});
    expect(config.redis).toEqual({ mode: 'single', url: 'redis://127.0.0.1:6379' });
    expect(config.redisPrefix).toBe('remiss');
  });

  it('reads a Sentinel group: addresses, master name and passwords', () => {
    const config = load({
      REDIS_SENTINELS: '10.0.0.1:26379, 10.0.0.2:26379,[fd00::3]:26380',
      REDIS_SENTINEL_NAME: 'remiss-master',
      REDIS_PASSWORD: 'data-secret',
      REDIS_SENTINEL_PASSWORD: 'sentinel-secret',
    });
    expect(config.redis).toEqual({
      mode: 'sentinel',
      sentinels: [
        { host: '10.0.0.1', port: 26379 },
        { host: '10.0.0.2', port: 26379 },
        { host: 'fd00::3', port: 26380 },
      ],
      name: 'remiss-master',
      password: 'data-secret',
      sentinelPassword: 'sentinel-secret',
      tls: false,
    });
    expect(config.redisPrefix).toBe('remiss');
  });

  it('reads a cluster and hash-tags the prefix so that every key of a queue lies in one slot', () => {
    const config = load({ REDIS_CLUSTER_NODES: 'redis-1:7000,redis-2:7000', REDIS_PREFIX: 'remiss-prod' });
    expect(config.redis).toEqual({ mode: 'cluster', nodes: [{ host: 'redis-1', port: 7000 }, { host: 'redis-2', port: 7000 }], tls: false });
    expect(config.redisPrefix).toBe('{remiss-prod}');
    expect(load({ REDIS_CLUSTER_NODES: 'redis-1:7000', REDIS_PREFIX: '{q}x' }).redisPrefix).toBe('{q}x');
    expect(hashTaggedPrefix('{remiss}')).toBe('{remiss}');
    expect(hashTaggedPrefix('remiss')).toBe('{remiss}');
    expect(hashTaggedPrefix('a{}b')).toBe('{a{}b}');
  });

  it('names the variable in one Swedish sentence for every contradiction or malformed list', () => {
    const sentence = /^Felaktig konfiguration: [A-Z_]+ [^\n]+\.$/;
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ REDIS_SENTINELS: 'a:1' }, /REDIS_SENTINEL_NAME måste anges när REDIS_SENTINELS är satt/],
      [{ REDIS_SENTINEL_NAME: 'm' }, /REDIS_SENTINEL_NAME kräver REDIS_SENTINELS/],
      [{ REDIS_SENTINEL_PASSWORD: 'x' }, /REDIS_SENTINEL_PASSWORD kräver REDIS_SENTINELS/],
      [{ REDIS_SENTINELS: 'a:1', REDIS_SENTINEL_NAME: 'm', REDIS_CLUSTER_NODES: 'b:2' }, /REDIS_CLUSTER_NODES kan inte anges tillsammans med REDIS_SENTINELS/],
      [{ REDIS_URL: 'redis://x:6379', REDIS_CLUSTER_NODES: 'b:2' }, /REDIS_URL kan inte anges tillsammans med REDIS_CLUSTER_NODES/],
      [{ REDIS_SENTINELS: 'a' }, /REDIS_SENTINELS måste vara en kommaseparerad lista med värd:port/],
      [{ REDIS_CLUSTER_NODES: 'a:99999' }, /REDIS_CLUSTER_NODES måste vara en kommaseparerad lista/],
      [{ REDIS_CLUSTER_NODES: ' , ' }, /REDIS_CLUSTER_NODES måste vara/],
      [{ REDIS_TLS: 'yes' }, /REDIS_TLS måste vara true eller false/],
      [{ DATABASE_POOL_MAX: '0' }, /DATABASE_POOL_MAX måste vara ett positivt heltal/],
      [{ DATABASE_CONNECT_TIMEOUT_MS: 'soon' }, /DATABASE_CONNECT_TIMEOUT_MS måste vara ett positivt heltal/],
      [{ DATABASE_STATEMENT_TIMEOUT_MS: '-1' }, /DATABASE_STATEMENT_TIMEOUT_MS måste vara 0 \(av\) eller ett positivt heltal/],
    ];
    for (const [env, message] of cases) {
      expect(() => load(env)).toThrow(message);
      expect(() => load(env)).toThrow(sentence);
    }
  });

  it('has pool defaults and takes the pool settings from the environment', () => {
    expect(load({}).database).toEqual({ poolMax: 20, connectTimeoutMs: 5000, statementTimeoutMs: 30_000 });
    expect(load({ DATABASE_POOL_MAX: '5', DATABASE_CONNECT_TIMEOUT_MS: '1500', DATABASE_STATEMENT_TIMEOUT_MS: '0' }).database).toEqual({
      poolMax: 5,
      connectTimeoutMs: 1500,
      statementTimeoutMs: 0,
    });
  });
});
