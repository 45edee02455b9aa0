import * as fs from 'node:fs';
import * as path from 'node:path';
import { eventually, freePorts, requireBinary, run, ServerProcess, tempDir } from './processes';

const REDIS_SERVER = '/usr/bin/redis-server';
const REDIS_SENTINEL = '/usr/bin/redis-sentinel';
const REDIS_CLI = '/usr/bin/redis-cli';

/** Fails with what to install when Debian's Redis binaries are missing. */
export function requireRedisBinaries(sentinel = false): void {
  requireBinary(REDIS_SERVER, 'redis-server');
  requireBinary(REDIS_CLI, 'redis-tools');
  if (sentinel) requireBinary(REDIS_SENTINEL, 'redis-sentinel');
}

/** redis-cli against a loopback port; its reply as text. */
export async function cli(port: number, ...args: string[]): Promise<string> {
  return (await run(REDIS_CLI, ['-h', '127.0.0.1', '-p', String(port), ...args], { timeoutMs: 10_000 })).trim();
}

function redisServer(name: string, dir: string, port: number, extra: string[]): ServerProcess {
  fs.mkdirSync(dir, { recursive: true });
  return new ServerProcess(name, REDIS_SERVER, [
    '--port', String(port),
    '--bind', '127.0.0.1',
    '--protected-mode', 'no',
    '--dir', dir,
    '--save', '',
    '--appendonly', 'no',
    '--maxmemory-policy', 'noeviction',
    ...extra,
  ]);
}

async function waitForPing(server: ServerProcess, port: number): Promise<void> {
  await eventually(async () => {
    if (server.exited) throw new Error(`${server.tail()}`);
    return (await cli(port, 'PING')) === 'PONG';
  }, 20_000, `${server.name} på port ${port}`);
}

export interface RedisCluster {
  ports: number[];
  /** REDIS_CLUSTER_NODES for the app. */
  nodes: string;
  stop(): Promise<void>;
}

/** A cluster of `masters` masters (no replicas), each with its own folder, made by `redis-cli --cluster create`. */
export async function startRedisCluster(masters = 3): Promise<RedisCluster> {
  requireRedisBinaries();
  const root = tempDir('redis-cluster');
  const allPorts = await freePorts(masters * 2);
  const ports = allPorts.slice(0, masters);
  const busPorts = allPorts.slice(masters);
  const servers = ports.map((port, i) =>
    redisServer(`redis-cluster-${i}`, path.join(root, `node-${i}`), port, [
      '--cluster-enabled', 'yes',
      '--cluster-config-file', path.join(root, `node-${i}`, 'nodes.conf'),
      '--cluster-port', String(busPorts[i]),
      '--cluster-node-timeout', '3000',
    ]),
  );
  const stop = async () => {
    await Promise.all(servers.map((s) => s.stop()));
    fs.rmSync(root, { recursive: true, force: true });
  };
  try {
    await Promise.all(servers.map((s, i) => waitForPing(s, ports[i])));
    await run(REDIS_CLI, ['--cluster', 'create', ...ports.map((p) => `127.0.0.1:${p}`), '--cluster-replicas', '0', '--cluster-yes'], { timeoutMs: 60_000 });
    // Every node must see every slot assigned before a client may rely on the slot map.
    await eventually(async () => {
      const infos = await Promise.all(ports.map((p) => cli(p, 'CLUSTER', 'INFO')));
      return infos.every((info) => /cluster_state:ok/.test(info) && new RegExp(`cluster_known_nodes:${masters}\\b`).test(info));
    }, 30_000, 'cluster_state:ok på alla noder');
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${servers.map((s) => s.tail()).join('\n')}`);
  }
  return { ports, nodes: ports.map((p) => `127.0.0.1:${p}`).join(','), stop };
}

export interface SentinelGroup {
  masterName: string;
  masterPort: number;
  replicaPort: number;
  sentinelPorts: number[];
  /** REDIS_SENTINELS for the app. */
  sentinels: string;
  /** The master's port as each live sentinel reports it. */
  masterAsSeen(): Promise<number[]>;
  /** Until the replica has every write the master has (so that a kill loses nothing the test relies on). */
  waitForReplicaInSync(): Promise<void>;
  killMaster(): Promise<void>;
  /** Until every sentinel names the former replica as master, and it answers as one. */
  waitForFailover(): Promise<void>;
  stop(): Promise<void>;
}

const info = (text: string, field: string) => new RegExp(`^${field}:(.*)$`, 'm').exec(text)?.[1]?.trim();

/** One master, one replica and three sentinels (quorum 2) watching them, on loopback ports. */
export async function startSentinelGroup(masterName = 'remiss'): Promise<SentinelGroup> {
  requireRedisBinaries(true);
  const root = tempDir('redis-sentinel');
  const [masterPort, replicaPort, ...sentinelPorts] = await freePorts(5);
  const master = redisServer('redis-master', path.join(root, 'master'), masterPort, []);
  const replica = redisServer('redis-replica', path.join(root, 'replica'), replicaPort, ['--replicaof', '127.0.0.1', String(masterPort)]);
  const sentinels = sentinelPorts.map((port, i) => {
    const dir = path.join(root, `sentinel-${i}`);
    fs.mkdirSync(dir, { recursive: true });
    const conf = path.join(dir, 'sentinel.conf');
    fs.writeFileSync(
      conf,
      [
        `port ${port}`,
        'bind 127.0.0.1',
        'protected-mode no',
        `dir ${dir}`,
        `sentinel monitor ${masterName} 127.0.0.1 ${masterPort} 2`,
        `sentinel down-after-milliseconds ${masterName} 1000`,
        `sentinel failover-timeout ${masterName} 10000`,
        `sentinel parallel-syncs ${masterName} 1`,
        '',
      ].join('\n'),
    );
    return new ServerProcess(`sentinel-${i}`, REDIS_SENTINEL, [conf]);
  });
  const all = [master, replica, ...sentinels];
  const stop = async () => {
    await Promise.all(all.map((s) => s.stop()));
    fs.rmSync(root, { recursive: true, force: true });
  };
  const liveSentinelPorts = () => sentinelPorts.filter((_, i) => !sentinels[i].exited);
  const masterAsSeen = async () =>
    Promise.all(liveSentinelPorts().map(async (p) => Number((await cli(p, 'SENTINEL', 'get-master-addr-by-name', masterName)).split('\n')[1])));
  try {
    await Promise.all([waitForPing(master, masterPort), waitForPing(replica, replicaPort), ...sentinels.map((s, i) => waitForPing(s, sentinelPorts[i]))]);
    await eventually(async () => info(await cli(replicaPort, 'INFO', 'replication'), 'master_link_status') === 'up', 30_000, 'replikan i synk med mastern');
    // A failover needs sentinels that know the replica and each other (they learn it from hello messages).
    await eventually(async () => {
      for (const port of sentinelPorts) {
        const state = await cli(port, 'SENTINEL', 'master', masterName);
        const fields = state.split('\n');
        const value = (name: string) => fields[fields.indexOf(name) + 1];
        if (value('num-slaves') !== '1' || value('num-other-sentinels') !== '2') return false;
      }
      return true;
    }, 60_000, 'tre sentinels som känner replikan och varandra');
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${all.map((s) => s.tail()).join('\n')}`);
  }
  return {
    masterName,
    masterPort,
    replicaPort,
    sentinelPorts,
    sentinels: sentinelPorts.map((p) => `127.0.0.1:${p}`).join(','),
    masterAsSeen,
    async waitForReplicaInSync() {
      await eventually(async () => {
        const [m, r] = await Promise.all([cli(masterPort, 'INFO', 'replication'), cli(replicaPort, 'INFO', 'replication')]);
        return info(m, 'master_repl_offset') === info(r, 'slave_repl_offset');
      }, 20_000, 'replikan med masterns alla skrivningar');
    },
    async killMaster() {
      await master.kill9();
    },
    async waitForFailover() {
      await eventually(async () => {
        const seen = await masterAsSeen();
        if (seen.length !== sentinelPorts.length || !seen.every((p) => p === replicaPort)) return false;
        return info(await cli(replicaPort, 'INFO', 'replication'), 'role') === 'master';
      }, 60_000, `att sentinels gör replikan (port ${replicaPort}) till master`);
    },
    stop,
  };
}
