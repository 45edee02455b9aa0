import { HttpException } from '@nestjs/common';
import type { AppConfig } from '@remiss/config';
import { MetricsController } from './metrics.controller';
import type { MetricsService } from './metrics.service';

describe('GET /metrics protection', () => {
  const service = { registry: { contentType: 'text/plain' }, metrics: async () => 'remiss_up 1\n' } as unknown as MetricsService;
  const response = () => {
    const sent: string[] = [];
    return { sent, res: { setHeader: () => undefined, send: (body: string) => sent.push(body) } as never };
  };
  const statusOf = async (run: () => Promise<void>) => {
    try {
      await run();
      return 200;
    } catch (error) {
      return (error as HttpException).getStatus();
    }
  };

  it('does not exist without METRICS_TOKEN, even for a bearer token', async () => {
    const controller = new MetricsController(service, {} as AppConfig);
    const { res, sent } = response();
    expect(await statusOf(() => controller.scrape('Bearer anything-at-all-here', res))).toBe(404);
    expect(sent).toEqual([]);
  });

  it('answers with the token only', async () => {
    const controller = new MetricsController(service, { metricsToken: 'metrics-token-0123456789' } as AppConfig);
    const { res, sent } = response();
    expect(await statusOf(() => controller.scrape(undefined, res))).toBe(401);
    expect(await statusOf(() => controller.scrape('Bearer metrics-token-012345678', res))).toBe(401);
    expect(await statusOf(() => controller.scrape('Bearer metrics-token-0123456789', res))).toBe(200);
    expect(sent).toEqual(['remiss_up 1\n']);
  });
});
