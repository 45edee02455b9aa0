import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DeliveryProblemsQuery } from '@remiss/application';
import { toActor } from '../auth/actor';
import { AuthenticatedUser, CurrentUser, Roles } from '../auth/current-user';
import { requireOperator } from '../auth/operator';
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
    summary:
      'Påminnelser som inte kunde skickas (permanent fel) eller där det är osäkert om brevet kom fram; brev med okänt utfall (skickas igen vid nästa försök); brev som skickades igen med samma Message-ID efter ett okänt utfall',
  })
  @ApiZodResponse(200, undefined, deliveryProblemsSchema, DELIVERY_PROBLEMS_EXAMPLE)
  list(@CurrentUser() user: AuthenticatedUser) {
    requireOperator(user);
    return this.problems.list(toActor(user));
  }
}
