import { Body, Controller, Get, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiZodBody } from '../http/api-zod-body';
import { ApiZodResponse } from '../http/api-zod-response';
import { ApiFileResponse } from '../http/api-text-response';
import { OUTBOX_MAILS_EXAMPLE, outboxMailsSchema, testMailRequestSchema, testMailResultSchema } from './admin.responses';
import { RequestTestMailUseCase } from '@remiss/application';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { NotFoundError } from '@remiss/domain';
import { listOutboxFiles } from '@remiss/mailer';
import { Response } from 'express';
import * as path from 'node:path';
import { AuthenticatedUser, CurrentUser, Roles } from '../auth/current-user';
import { requireOperator } from '../auth/operator';

@ApiTags('Administration')
@ApiBearerAuth()
@Controller('admin')
export class AdminController {
  constructor(
    private readonly requestTestMail: RequestTestMailUseCase,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('test-mail')
  @HttpCode(202)
  @Roles('admin')
  @ApiOperation({ summary: 'Skicka ett testbrev genom utkorgen och arbetaren' })
  @ApiZodBody(testMailRequestSchema, { to: 'registrator@ksl.se' })
  @ApiZodResponse(202, undefined, testMailResultSchema, { jobId: 'mail:test:7d1c' })
  testMail(@CurrentUser() user: AuthenticatedUser, @Body() body: { to?: unknown }) {
    requireOperator(user);
    return this.requestTestMail.execute(body?.to);
  }

  /** Every organisation's mail is in these files, so only administrators see them (secretariats use the mail log). */
  @Get('outbox-mails')
  @Roles('admin')
  @ApiOperation({ summary: 'Brev som skrivits som .eml-filer när SMTP_URL saknas (bara administratörer)' })
  @ApiZodResponse(200, undefined, outboxMailsSchema, OUTBOX_MAILS_EXAMPLE)
  listMails(@CurrentUser() user: AuthenticatedUser) {
    requireOperator(user);
    const directory = path.resolve(this.config.dataDir, 'outbox');
    return { smtpConfigured: Boolean(this.config.smtpUrl), mails: listOutboxFiles(directory).map(({ name, sizeBytes, writtenAt }) => ({ name, sizeBytes, writtenAt })) };
  }

  @Get('outbox-mails/:name')
  @Roles('admin')
  @ApiOperation({ summary: 'Hämta ett brev som .eml' })
  @ApiFileResponse('Brevet (RFC 822)', 'message/rfc822')
  getMail(@CurrentUser() user: AuthenticatedUser, @Param('name') name: string, @Res() response: Response) {
    requireOperator(user);
    const directory = path.resolve(this.config.dataDir, 'outbox');
    const file = listOutboxFiles(directory).find((f) => f.name === name);
    if (!file) throw new NotFoundError('Brevet', name);
    response.type('message/rfc822').sendFile(path.join(directory, file.name));
  }
}
