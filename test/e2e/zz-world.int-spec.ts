import { writeFileSync } from 'node:fs';
import { startTestApp } from '../support/test-app';
import { buildWorld } from '../support/world';
it('world', async () => {
  const app = await startTestApp();
  const t = Date.now();
  const w = await buildWorld(app);
  console.log(Date.now() - t, JSON.stringify(w, null, 1));
  writeFileSync('/tmp/fuzz/world.json', JSON.stringify(w));
  expect(w.cases.ksl).toBeTruthy();
  await app.close();
}, 120000);
