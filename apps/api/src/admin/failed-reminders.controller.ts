import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DeliveryProblemsQuery } from '@remiss/application';
import { toActor } from '../auth/actor';
import { AuthenticatedUser, CurrentUser, Roles } from '../auth/current-user';
import { ApiZodResponse } from '../http/api-zod-response';
import { DELIVERY_PROBLEMS_EXAMPLE, deliveryProblemsSchema } from './admin.responses';

@ApiTags('Administration')
@ApiBearerAuth()
@Controller('admin')
export class FailedRemindersController {
  constructor(private readonly problems: DeliveryProblemsQuery) {}

  @Get('failed-reminders')
  @Roles('admin')
  @ApiOperation({
    summary: 'Påminnelser som inte kunde skickas (permanent fel) eller där det är osäkert om brevet kom fram, och osäkra brev; sådana skickas aldrig om automatiskt',
  })
  @ApiZodResponse(200, undefined, deliveryProblemsSchema, DELIVERY_PROBLEMS_EXAMPLE)
  list(@CurrentUser() user: AuthenticatedUser) {
    return this.problems.list(toActor(user));
  }
}
