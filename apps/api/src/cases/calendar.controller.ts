import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CLOCK } from '@remiss/application';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { checkDeadline, Clock, formatSwedishDate, parseLocalDate, todayInStockholm, ValidationError } from '@remiss/domain';
import { z } from 'zod';
import { parseInput } from '../http/parse-input';

@ApiTags('Kalender')
@ApiBearerAuth()
@Controller('calendar')
export class CalendarController {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('deadline-check')
  @ApiOperation({ summary: 'Kontrollera en sista dag: arbetsdag, förslag på nästa arbetsdag, antal arbetsdagar, varningar' })
  check(@Query() query: unknown) {
    const q = parseInput(z.object({ deadline: z.string(), minMonths: z.coerce.number().int().min(0).max(24).optional() }), query, 'query');
    let deadline: string;
    try {
      deadline = parseLocalDate(q.deadline);
    } catch {
      throw ValidationError.field('deadline', 'måste vara ett datum i formen ÅÅÅÅ-MM-DD');
    }
    const result = checkDeadline({ deadline, today: todayInStockholm(this.clock.now()), minMonths: q.minMonths ?? this.config.remissMinMonths });
    return { ...result, deadlineText: formatSwedishDate(deadline), suggestedDeadlineText: formatSwedishDate(result.suggestedDeadline) };
  }
}
