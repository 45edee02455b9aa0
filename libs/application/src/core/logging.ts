import { DynamicModule } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import pino from 'pino';

/** LOG_LEVEL (Nest's names) to pino's levels. */
export const PINO_LEVELS = { error: 'error', warn: 'warn', log: 'info', debug: 'debug', verbose: 'trace' } as const;

/** An X-Request-Id a client or proxy may hand us: short and plain, else we make our own. */
const GIVEN_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Takes the request's X-Request-Id (when plain) or makes one, and echoes it in the response. */
export function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && GIVEN_REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

/** The path without its query string (the calendar feed's token is in the query). */
const pathOf = (url: string | undefined) => (url ?? '').split('?')[0];

/**
 * Structured JSON logs (pino, one object a line on stdout) for both apps: `app`, `level`, `time`, `context`,
 * `msg`; in the API every line written while a request runs carries its `reqId`, and one line per request
 * says method, path (no query, no headers), status and `responseTime`; the worker's job lines carry
 * `jobId`, `queue` and `caseId` (apps/worker/src/ops/job-log-context.ts). Level: LOG_LEVEL.
 */
export function structuredLogging(app: 'api' | 'worker'): DynamicModule {
  return LoggerModule.forRootAsync({
    inject: [APP_CONFIG],
    useFactory: (config: AppConfig) => ({
      renameContext: 'context',
      pinoHttp: {
        level: PINO_LEVELS[config.logLevel],
        base: { app, pid: process.pid },
        timestamp: pino.stdTimeFunctions.isoTime,
        formatters: { level: (label: string) => ({ level: label }) },
        genReqId: requestId,
        // on the request's logger, so that every line written while it runs carries it
        customProps: (req: IncomingMessage & { id?: unknown }) => ({ reqId: String(req.id ?? '') }),
        autoLogging: { ignore: (req: IncomingMessage) => /^\/(health|metrics)(\/|$)/.test(pathOf(req.url)) },
        customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
        serializers: {
          req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: pathOf(req.url) }),
          res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        },
      },
    }),
  });
}
