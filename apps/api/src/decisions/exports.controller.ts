import { Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiZodQuery } from '../http/api-zod-body';
import { CalendarFeedService, compilationDocx, CompilationDataQuery } from '@remiss/application';
import { Response } from 'express';
import { toActor } from '../auth/actor';
import { AuthenticatedUser, CurrentUser, Public, Roles } from '../auth/current-user';
import { parseInput } from '../http/parse-input';
import { ApiZodResponse } from '../http/api-zod-response';
import { ApiFileResponse, ApiTextResponse } from '../http/api-text-response';
import { FEED_URL_EXAMPLE, feedUrlSchema } from './decision.responses';
import { feedQuerySchema } from './decision.schemas';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

@ApiTags('Sammanställning')
@ApiBearerAuth()
@Controller('cases')
export class CompilationExportController {
  constructor(private readonly data: CompilationDataQuery) {}

  @Get(':id/compilation.docx')
  @ApiProduces(DOCX)
  @ApiOperation({ summary: 'Sammanställning för styrelsen som Word-dokument: ärendet, omgångarna, kommunernas ställningstaganden, anstånd och beslut' })
  @ApiFileResponse('Sammanställningen som Word-dokument', DOCX)
  async docx(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Res() response: Response) {
    const data = await this.data.load(toActor(user), id);
    const file = await compilationDocx(data);
    const name = `sammanstallning-${data.case.registryNumber.replace(/[^A-Za-z0-9_-]+/g, '-')}.docx`;
    response.type(DOCX).setHeader('Content-Disposition', `attachment; filename="${name}"`);
    response.send(file);
  }
}

@ApiTags('Kalender')
@Controller('calendar')
export class CalendarFeedController {
  constructor(private readonly feed: CalendarFeedService) {}

  @Get('feed-url')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Adressen till min organisations kalenderprenumeration (.ics) med öppna svars- och beslutsdatum' })
  @ApiZodResponse(200, undefined, feedUrlSchema, FEED_URL_EXAMPLE)
  feedUrl(@CurrentUser() user: AuthenticatedUser) {
    return this.feed.feedUrl(toActor(user));
  }

  @Post('feed-url/renew')
  @HttpCode(200)
  // Renewal breaks the address everyone in the organisation subscribes to: the secretariat's and administrators' call.
  @Roles('secretariat', 'admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Ny adress till organisationens kalenderprenumeration; den gamla slutar gälla direkt' })
  @ApiZodResponse(200, undefined, feedUrlSchema, FEED_URL_EXAMPLE)
  renewFeedUrl(@CurrentUser() user: AuthenticatedUser) {
    return this.feed.renewFeedUrl(toActor(user));
  }

  @Public()
  @Get(':organisationId.ics')
  @ApiProduces('text/calendar')
  @ApiParam({ name: 'organisationId', description: 'Organisationens id' })
  @ApiZodQuery(feedQuerySchema)
  @ApiOperation({ summary: 'Kalenderprenumeration (.ics) för Outlook: organisationens öppna svarsdatum och beslutsdatum' })
  @ApiTextResponse('text/calendar', 'Kalendern (iCalendar)', 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Remiss//SV\r\nBEGIN:VEVENT\r\nSUMMARY:Sista svarsdag: Överenskommelse om nyanlända\r\nDTSTART;VALUE=DATE:20130430\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n')
  async ics(@Param('organisationId') organisationId: string, @Query() query: unknown, @Res() response: Response) {
    const { token } = parseInput(feedQuerySchema, query, 'query');
    const body = await this.feed.ics(organisationId, token);
    response.type('text/calendar; charset=utf-8').setHeader('Cache-Control', 'no-store');
    response.send(body);
  }
}
