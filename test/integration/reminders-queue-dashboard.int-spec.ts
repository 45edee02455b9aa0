import { INestApplication } from '@nestjs/common';
import { createApiApp, signToken } from '@remiss/api';
import { prepareDatabase } from '@remiss/application';
import { loadConfig } from '@remiss/config';
import { createTestContext, TestContext } from '@remiss/testing';
import { DataSource } from 'typeorm';

/** bull-board at /admin/queues: administrators only, by bearer header, ?token= or the cookie it sets. */
describe('the queue dashboard', () => {
  let ctx: TestContext;
  let api: INestApplication;
  let baseUrl: string;
  let admin: string;
  let officer: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    Object.assign(process.env, ctx.env);
    const config = loadConfig();
    await prepareDatabase(config, { seed: true });
    api = await createApiApp(config);
    await api.listen(0, '127.0.0.1');
    baseUrl = await api.getUrl();
    const ds = api.get(DataSource);
    const id = async (email: string) => (await ds.query(`SELECT id FROM users WHERE email = $1`, [email]))[0].id;
    admin = signToken(config, await id('admin@ksl.se'));
    officer = signToken(config, await id('handlaggare@ekero.example.se'));
  });

  afterAll(async () => {
    await api?.close();
    await ctx?.dispose();
  });

  it('refuses anonymous users and non-administrators', async () => {
    expect((await fetch(`${baseUrl}/admin/queues`)).status).toBe(401);
    expect((await fetch(`${baseUrl}/admin/queues?token=fel`)).status).toBe(401);
    expect((await fetch(`${baseUrl}/admin/queues?token=${officer}`)).status).toBe(403);
    expect((await fetch(`${baseUrl}/admin/queues/api/queues`, { headers: { authorization: `Bearer ${officer}` } })).status).toBe(403);
  });

  it('shows every queue to an administrator, and keeps the token in a cookie for the browser', async () => {
    const page = await fetch(`${baseUrl}/admin/queues?token=${admin}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html');
    const setCookie = page.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/remiss_token=.+; Path=\/admin\/queues; HttpOnly; SameSite=Strict/);
    const cookie = setCookie.split(';')[0];
    const queues = await fetch(`${baseUrl}/admin/queues/api/queues`, { headers: { cookie } });
    expect(queues.status).toBe(200);
    const body = (await queues.json()) as { queues: Array<{ name: string }> };
    expect(body.queues.map((q) => q.name).sort()).toEqual(['remiss-deadlines', 'remiss-mail', 'remiss-maintenance', 'remiss-reminders']);
  });
});
