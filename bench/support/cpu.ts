import * as fs from 'node:fs';

/** Whole-machine CPU busy fraction between two samples of /proc/stat (Linux); NaN elsewhere. */
export interface CpuSample {
  busy: number;
  total: number;
  process: NodeJS.CpuUsage;
  at: number;
}

export function sampleCpu(): CpuSample {
  let busy = Number.NaN;
  let total = Number.NaN;
  try {
    const fields = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    total = fields.reduce((a, b) => a + b, 0);
    busy = total - fields[3] - (fields[4] ?? 0); // minus idle and iowait
  } catch {
    // not Linux
  }
  return { busy, total, process: process.cpuUsage(), at: performance.now() };
}

/** Machine busy % (of all cores) and this process's CPU % (of one core) since `start`. */
export function cpuSince(start: CpuSample): { machinePct: number; nodePct: number } {
  const end = sampleCpu();
  const usage = process.cpuUsage(start.process);
  const wallUs = (end.at - start.at) * 1000;
  return {
    machinePct: (100 * (end.busy - start.busy)) / (end.total - start.total),
    nodePct: (100 * (usage.user + usage.system)) / wallUs,
  };
}
