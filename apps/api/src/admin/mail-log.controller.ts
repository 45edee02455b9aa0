import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MailLogQuery } from '@remiss/application';
import { toActor } from '../auth/actor';
import { AuthenticatedUser, CurrentUser, Roles } from '../auth/current-user';
import { isOperator } from '../auth/operator';
import { ApiZodQuery } from '../http/api-zod-body';
import { ApiPageResponse, pageQuerySchema } from '../http/page-query';
import { parseInput } from '../http/parse-input';
import { MAIL_LOG_EXAMPLE, mailLogEntrySchema } from './admin.responses';

@ApiTags('Administration')
@ApiBearerAuth()
@Controller('admin')
export class MailLogController {
  constructor(private readonly mailLog: MailLogQuery) {}

  @Get('mail-log')
  @Roles('admin', 'secretariat')
  @ApiOperation({ summary: 'Utskickslogg: alla brev (KSL:s administratörer) eller brev i den egna organisationens ärenden (kansli, andra administratörer), nyaste först' })
  @ApiZodQuery(pageQuerySchema)
  @ApiPageResponse('MailLogPage', mailLogEntrySchema, MAIL_LOG_EXAMPLE)
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: unknown) {
    return this.mailLog.list(toActor(user), parseInput(pageQuerySchema, query, 'query'), { everyOrganisation: isOperator(user) });
  }
}
