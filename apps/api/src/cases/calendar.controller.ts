import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CLOCK } from '@remiss/application';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { checkDeadline, Clock, formatSwedishDate, parseDateInput, todayInStockholm } from '@remiss/domain';
import { z } from 'zod';
import { ApiZodQuery } from '../http/api-zod-body';
import { ApiZodResponse } from '../http/api-zod-response';
import { DEADLINE_CHECK_EXAMPLE, deadlineCheckSchema } from './case.responses';
import { parseInput } from '../http/parse-input';

const deadlineCheckQuery = z.object({
  deadline: z.string().max(40).describe('Sista dag att pröva, ÅÅÅÅ-MM-DD (från i dag och högst fem år fram)'),
  minMonths: z.coerce.number().int().min(0).max(24).optional().describe('Kortaste remisstid i månader (standard REMISS_MIN_MONTHS)'),
});

@ApiTags('Kalender')
@ApiBearerAuth()
@Controller('calendar')
export class CalendarController {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('deadline-check')
  @ApiOperation({
    summary: 'Kontrollera en sista dag: arbetsdag, förslag på nästa arbetsdag, antal arbetsdagar, varningar',
    description: 'Datumet måste ligga från i dag och högst fem år fram; annars 400 med fältet deadline.',
  })
  @ApiZodQuery(deadlineCheckQuery)
  @ApiZodResponse(200, undefined, deadlineCheckSchema, DEADLINE_CHECK_EXAMPLE)
  check(@Query() query: unknown) {
    const q = parseInput(deadlineCheckQuery, query, 'query');
    const today = todayInStockholm(this.clock.now());
    // The window (today .. DATE_LIMITS.deadlineYearsAhead) is checked before anything is computed.
    const deadline = parseDateInput('deadline', q.deadline, 'deadline', today);
    const result = checkDeadline({ deadline, today, minMonths: q.minMonths ?? this.config.remissMinMonths });
    return { ...result, deadlineText: formatSwedishDate(deadline), suggestedDeadlineText: formatSwedishDate(result.suggestedDeadline) };
  }
}
