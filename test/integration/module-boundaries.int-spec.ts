import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');

/** The domain and the machines must not import infrastructure: lint fails if they do. */
describe('module boundaries', () => {
  const probes = [
    { dir: 'libs/domain/src', source: "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n", banned: '@nestjs/common' },
    { dir: 'workflows/src', source: "import { Queue } from 'bullmq';\nexport const q = Queue;\n", banned: 'bullmq' },
    { dir: 'libs/domain/src', source: "import { DataSource } from 'typeorm';\nexport const d = DataSource;\n", banned: 'typeorm' },
    { dir: 'workflows/src', source: "import nodemailer from 'nodemailer';\nexport const n = nodemailer;\n", banned: 'nodemailer' },
  ].map((probe, i) => ({ ...probe, file: path.join(root, probe.dir, `zz-boundary-probe-${process.pid}-${i}.ts`) }));

  it('a file in the domain or the workflows importing infrastructure fails lint', () => {
    // As on a fresh clone: no cached Nx project graph (an empty workspace-data folder), no daemon.
    // The lint setup must compute the graph itself; the rule would otherwise skip silently.
    const freshData = fs.mkdtempSync(path.join(os.tmpdir(), 'remiss-nx-data-'));
    for (const probe of probes) fs.writeFileSync(probe.file, probe.source);
    try {
      const result = spawnSync(process.execPath, [path.join(root, 'node_modules/eslint/bin/eslint.js'), '--format', 'json', ...probes.map((p) => p.file)], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, NX_WORKSPACE_DATA_DIRECTORY: freshData, NX_DAEMON: 'false' },
      });
      expect(result.status).toBe(1);
      const reports = JSON.parse(result.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; message: string }> }>;
      for (const probe of probes) {
        const report = reports.find((r) => r.filePath === probe.file)!;
        expect(report.messages).toContainEqual(
          expect.objectContaining({ ruleId: '@nx/enforce-module-boundaries', message: expect.stringContaining(`is not allowed to import "${probe.banned}"`) }),
        );
      }
    } finally {
      for (const probe of probes) fs.rmSync(probe.file, { force: true });
      fs.rmSync(freshData, { recursive: true, force: true });
    }
  }, 120000);
});
