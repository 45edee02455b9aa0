import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { LogStatementsService } from '@remiss/application';
import { Response } from 'express';
import { Public } from '../auth/current-user';
import { ApiZodQuery } from '../http/api-zod-body';
import { ApiProvisionalPageResponse, pageQuerySchema } from '../http/page-query';
import { parseInput } from '../http/parse-input';

const KEY_ID = '5d2c0f6e9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d';
const SUMMARY = { id: '12', day: '2013-02-12', madeAt: '2013-02-12T05:00:00.000Z', keyId: KEY_ID, cases: 41, url: '/public/log-statements/12' };

/**
 * The daily signed statements of every case's log head and the key that signs them, for anyone (no sign-in):
 * whoever keeps a statement can later check that no logged event up to it has changed (README: Verifiable log).
 */
@ApiTags('Offentligt')
@Controller('public')
export class LogStatementsController {
  constructor(private readonly statements: LogStatementsService) {}

  @Get('log-statements')
  @Public()
  @ApiOperation({ summary: 'Loggintyg: ett undertecknat intyg per dag om varje ärendes loggkontrollsumma, nyaste först' })
  @ApiZodQuery(pageQuerySchema)
  @ApiProvisionalPageResponse('LogStatementPage', SUMMARY)
  list(@Query() query: unknown, @Res({ passthrough: true }) response: Response) {
    response.setHeader('Cache-Control', 'public, max-age=300');
    return this.statements.list(parseInput(pageQuerySchema, query, 'query'));
  }

  @Get('log-statements/:number')
  @Public()
  @ApiOperation({
    summary: 'Ett loggintyg: den undertecknade texten (RFC 8785-JSON med varje ärendes nyckel, SHA-256 av ärendets id, antal rader och kontrollsumma) och dess Ed25519-signatur',
    description: 'Signaturen gäller UTF-8-byten i `statement`; kontrollera den med nyckeln från /public/log-key.',
  })
  @ApiOkResponse({
    schema: {
      type: 'object',
      required: ['id', 'day', 'madeAt', 'keyId', 'cases', 'url', 'statement', 'signature', 'publicKeyUrl'],
      properties: {
        id: { type: 'string' },
        day: { type: 'string', format: 'date' },
        madeAt: { type: 'string', format: 'date-time' },
        keyId: { type: 'string' },
        cases: { type: 'integer' },
        url: { type: 'string' },
        statement: { type: 'string' },
        signature: { type: 'string', description: 'base64' },
        publicKeyUrl: { type: 'string' },
      },
      example: {
        ...SUMMARY,
        statement: `{"day":"2013-02-12","heads":[{"caseKey":"9c1e…","head":"a3f1…","rows":12}],"keyId":"${KEY_ID}","madeAt":"2013-02-12T05:00:00.000Z","type":"remiss-loggintyg","version":1}`,
        signature: 'q0n4…==',
        publicKeyUrl: '/public/log-key',
      },
    },
  })
  @ApiResponse({ status: 404, description: 'Inget sådant loggintyg' })
  async get(@Param('number') number: string, @Res({ passthrough: true }) response: Response) {
    const statement = await this.statements.get(number);
    // a statement never changes once made
    response.setHeader('Cache-Control', 'public, max-age=86400, immutable');
    return statement;
  }

  @Get('log-key')
  @Public()
  @ApiOperation({ summary: 'Den publika nyckel (Ed25519) som undertecknar loggintygen' })
  @ApiOkResponse({
    schema: {
      type: 'object',
      required: ['algorithm', 'keyId', 'publicKey'],
      properties: { algorithm: { type: 'string', enum: ['Ed25519'] }, keyId: { type: 'string' }, publicKey: { type: 'string', description: 'SubjectPublicKeyInfo i PEM' } },
      example: { algorithm: 'Ed25519', keyId: KEY_ID, publicKey: '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA…\n-----END PUBLIC KEY-----\n' },
    },
  })
  @ApiResponse({ status: 404, description: 'Ingen nyckel är konfigurerad (LOG_SIGNING_KEY saknas i produktion)' })
  key(@Res({ passthrough: true }) response: Response) {
    response.setHeader('Cache-Control', 'public, max-age=3600');
    return this.statements.key();
  }
}
