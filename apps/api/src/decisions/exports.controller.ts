import { Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CalendarFeedService, compilationDocx, CompilationDataQuery } from '@remiss/application';
import { Response } from 'express';
import { toActor } from '../auth/actor';
import { AuthenticatedUser, CurrentUser, Public, Roles } from '../auth/current-user';
import { parseInput } from '../http/parse-input';
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
  feedUrl(@CurrentUser() user: AuthenticatedUser) {
    return this.feed.feedUrl(toActor(user));
  }

  @Post('feed-url/renew')
  @HttpCode(200)
  // Renewal breaks the address everyone in the organisation subscribes to: the secretariat's and administrators' call.
  @Roles('secretariat', 'admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Ny adress till organisationens kalenderprenumeration; den gamla slutar gälla direkt' })
  renewFeedUrl(@CurrentUser() user: AuthenticatedUser) {
    return this.feed.renewFeedUrl(toActor(user));
  }

  @Public()
  @Get(':organisationId.ics')
  @ApiProduces('text/calendar')
  @ApiParam({ name: 'organisationId', description: 'Organisationens id' })
  @ApiQuery({ name: 'token', description: 'Kalendertoken från /calendar/feed-url' })
  @ApiOperation({ summary: 'Kalenderprenumeration (.ics) för Outlook: organisationens öppna svarsdatum och beslutsdatum' })
  async ics(@Param('organisationId') organisationId: string, @Query() query: unknown, @Res() response: Response) {
    const { token } = parseInput(feedQuerySchema, query, 'query');
    const body = await this.feed.ics(organisationId, token);
    response.type('text/calendar; charset=utf-8').setHeader('Cache-Control', 'no-store');
    response.send(body);
  }
}
