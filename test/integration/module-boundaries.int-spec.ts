import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');

/** The domain and the machines must not import infrastructure: lint fails if they do. */
describe('module boundaries', () => {
  const cases = [
    ['libs/domain/src', "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n", '@nestjs/common'],
    ['workflows/src', "import { Queue } from 'bullmq';\nexport const q = Queue;\n", 'bullmq'],
    ['libs/domain/src', "import { DataSource } from 'typeorm';\nexport const d = DataSource;\n", 'typeorm'],
  ] as const;

  it.each(cases)('a file in %s importing infrastructure fails lint', (dir, source, banned) => {
    const file = path.join(root, dir, `zz-boundary-probe-${process.pid}.ts`);
    fs.writeFileSync(file, source);
    try {
      const result = spawnSync(process.execPath, [path.join(root, 'node_modules/eslint/bin/eslint.js'), '--format', 'json', file], {
        cwd: root,
        encoding: 'utf8',
      });
      expect(result.status).toBe(1);
      const [report] = JSON.parse(result.stdout) as Array<{ messages: Array<{ ruleId: string; message: string }> }>;
      expect(report.messages).toContainEqual(
        expect.objectContaining({ ruleId: '@nx/enforce-module-boundaries', message: expect.stringContaining(`is not allowed to import "${banned}"`) }),
      );
    } finally {
      fs.rmSync(file, { force: true });
    }
  }, 60000);
});
