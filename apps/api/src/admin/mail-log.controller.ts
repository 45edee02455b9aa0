import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { MailLogQuery } from '@remiss/application';
import { z } from 'zod';
import { toActor } from '../auth/actor';
import { AuthenticatedUser, CurrentUser, Roles } from '../auth/current-user';
import { parseInput } from '../http/parse-input';

const pageSchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

@ApiTags('Administration')
@ApiBearerAuth()
@Controller('admin')
export class MailLogController {
  constructor(private readonly mailLog: MailLogQuery) {}

  @Get('mail-log')
  @Roles('admin', 'secretariat')
  @ApiOperation({ summary: 'Utskickslogg: alla brev (administratör) eller brev i den egna organisationens ärenden (kansli), nyaste först' })
  @ApiQuery({ name: 'limit', required: false, schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 } })
  @ApiQuery({ name: 'offset', required: false, schema: { type: 'integer', minimum: 0, default: 0 } })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: unknown) {
    return this.mailLog.list(toActor(user), parseInput(pageSchema, query, 'query'));
  }
}
