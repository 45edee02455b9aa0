import { z } from 'zod';
import { apiSchema, ApiZodResponse } from '../http/api-zod-response';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EVENT_CATALOGUE, EventFeedQuery, UNKNOWN_EVENT } from '@remiss/application';
import { toActor } from '../auth/actor';
import { AuthenticatedUser, CurrentUser } from '../auth/current-user';
import { ApiZodQuery } from '../http/api-zod-body';
import { parseInput } from '../http/parse-input';
import { FEED_PAGE_SCHEMA, feedQuerySchema } from './event.schemas';

const eventTypesSchema = apiSchema(
  'EventTypes',
  z.array(z.object({ type: z.string().describe('CloudEvents-typen, t.ex. se.remiss.answer.received'), label: z.string(), scope: z.enum(['case', 'recipient']) })),
);

@ApiTags('Integration')
@ApiBearerAuth()
@Controller('events')
export class EventsController {
  constructor(private readonly feed: EventFeedQuery) {}

  @Get()
  @ApiOperation({
    summary: 'Händelseflöde (CloudEvents 1.0): det som den egna organisationen får se, i loggens ordning',
    description:
      'Ärendets egen organisation ser hela ärendets historik; en mottagare ser sin egen mottagares händelser och de utskick som gjorts till den. ' +
      'Läs vidare med `after` = `nextCursor` (aldrig null); varje händelse kommer exakt en gång.',
  })
  @ApiZodQuery(feedQuerySchema)
  @ApiOkResponse({ description: 'En sida händelser', schema: FEED_PAGE_SCHEMA })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: unknown) {
    return this.feed.page(toActor(user), parseInput(feedQuerySchema, query, 'query'));
  }

  @Get('types')
  @ApiOperation({ summary: 'Händelsetyperna i flödet och i webhooks, med svensk beskrivning' })
  @ApiZodResponse(200, undefined, eventTypesSchema, [{ type: 'se.remiss.answer.received', label: 'Remissvar inkommet', scope: 'recipient' }])
  types() {
    const seen = new Map<string, { type: string; label: string; scope: string }>();
    for (const e of [...Object.values(EVENT_CATALOGUE), UNKNOWN_EVENT]) if (!seen.has(e.type)) seen.set(e.type, { type: e.type, label: e.label, scope: e.scope });
    return [...seen.values()];
  }
}
