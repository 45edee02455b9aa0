import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MailLogQuery } from '@remiss/application';
import { toActor } from '../auth/actor';
import { AuthenticatedUser, CurrentUser, Roles } from '../auth/current-user';
import { isOperator } from '../auth/operator';
import { ApiZodQuery } from '../http/api-zod-body';
import { ApiPageResponse, pageQuerySchema } from '../http/page-query';
import { parseInput } from '../http/parse-input';

@ApiTags('Administration')
@ApiBearerAuth()
@Controller('admin')
export class MailLogController {
  constructor(private readonly mailLog: MailLogQuery) {}

  @Get('mail-log')
  @Roles('admin', 'secretariat')
  @ApiOperation({ summary: 'Utskickslogg: alla brev (KSL:s administratörer) eller brev i den egna organisationens ärenden (kansli, andra administratörer), nyaste först' })
  @ApiZodQuery(pageQuerySchema)
  @ApiPageResponse({ id: '42', status: 'sent', to: 'registrator@ekero.example.se', subject: 'Remiss: Överenskommelse om nyanlända', template: 'remiss', createdAt: '2013-02-11T09:30:00.000Z' })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: unknown) {
    return this.mailLog.list(toActor(user), parseInput(pageQuerySchema, query, 'query'), { everyOrganisation: isOperator(user) });
  }
}
