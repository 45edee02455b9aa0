import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CaseQueries, CaseStep, CaseStepUseCase, CloseRoundUseCase, CompilationQuery, CreateCaseUseCase, SendRoundUseCase } from '@remiss/application';
import { Request, Response } from 'express';
import { toActor } from '../auth/actor';
import { AuthenticatedUser, CurrentUser } from '../auth/current-user';
import { ApiZodBody, ApiZodQuery } from '../http/api-zod-body';
import { ApiIfNoneMatch, ApiPageResponse } from '../http/page-query';
import { matchesEtag, revalidatePrivately } from '../web/security-headers';
import { parseInput } from '../http/parse-input';
import { closeRoundSchema, createCaseSchema, documentRefSchema, caseEventsSchema, listCasesSchema, seminarSchema, sendRoundSchema, withdrawSchema } from './case.schemas';

@ApiTags('Ärenden')
@ApiBearerAuth()
@Controller('cases')
export class CasesController {
  constructor(
    private readonly createCase: CreateCaseUseCase,
    private readonly step: CaseStepUseCase,
    private readonly sendRound: SendRoundUseCase,
    private readonly closeRound: CloseRoundUseCase,
    private readonly queries: CaseQueries,
    private readonly compilation: CompilationQuery,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Öppna ett ärende (registreras i diariet)' })
  @ApiZodBody(createCaseSchema, { title: 'Revidering av överenskommelse om nyanlända', registryNumber: 'KSL/12/0053', orderedBy: 'Styrelsens beslut 2012-03-15 § 12' })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: unknown) {
    return this.createCase.execute(toActor(user), parseInput(createCaseSchema, body));
  }

  @Get()
  @ApiOperation({ summary: 'Lista ärenden (egna och sådana som skickats till min organisation), senast ändrade först (sidindelat)' })
  @ApiZodQuery(listCasesSchema)
  @ApiPageResponse({ id: '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d', registryNumber: 'KSL/12/0053', title: 'Revidering av överenskommelsen om nyanlända', state: 'consultation' })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: unknown) {
    const q = parseInput(listCasesSchema, query, 'query');
    return this.queries.listCases(toActor(user), { state: q.state, overdue: q.overdue === 'true', limit: q.limit, cursor: q.cursor });
  }

  @Get(':id')
  @ApiOperation({
    summary: 'Ett ärende: status, omgångar, statusmatris och de senaste 50 händelserna (historyNext hämtar äldre)',
    description:
      'Svaret har en ETag; skicka den i If-None-Match för 304 när inget har ändrats. Matrisens rader bär inte omgångens nummer och typ (se rounds via roundId). ' +
      '`logHead` är loggens kontrollsumma: SHA-256 av den senaste raden i ärendets händelselogg, som är en hashkedja (se GET /cases/{id}/log/verify).',
  })
  @ApiIfNoneMatch()
  @ApiResponse({ status: 304, description: 'Oförändrat sedan ETag:en i If-None-Match' })
  async get(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Req() request: Request, @Res() response: Response) {
    const actor = toActor(user);
    const etag = await this.queries.caseEtag(actor, id);
    revalidatePrivately(response, etag);
    if (matchesEtag(request, etag)) return void response.status(304).end();
    response.json(await this.queries.getCase(actor, id));
  }

  @Get(':id/events')
  @ApiOperation({ summary: 'Ärendets händelsehistorik sida för sida: händelserna före `before`, äldst först inom sidan' })
  @ApiZodQuery(caseEventsSchema)
  @ApiOkResponse({
    schema: {
      example: {
        items: [{ id: '41', at: '2013-02-11T09:30:00.000Z', event: 'SEND_ROUND', payload: {}, stateBefore: 'drafting', stateAfter: 'consultation', recipientId: null, actorName: 'Kansliet', actorOrganisation: 'KSL' }],
        historyNext: '/cases/7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d/events?before=41&limit=50',
      },
    },
  })
  events(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Query() query: unknown) {
    return this.queries.events(toActor(user), id, parseInput(caseEventsSchema, query, 'query'));
  }

  @Post(':id/start-drafting')
  @HttpCode(200)
  @ApiOperation({ summary: 'Börja ta fram förslaget' })
  startDrafting(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string) {
    return this.run(user, id, { type: 'START_DRAFTING' });
  }

  @Post(':id/drafts')
  @HttpCode(200)
  @ApiOperation({ summary: 'Lägg till en ny version av förslaget (ett uppladdat dokument)' })
  @ApiZodBody(documentRefSchema)
  addDraft(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: unknown) {
    return this.run(user, id, { type: 'ADD_DRAFT', ...parseInput(documentRefSchema, body) });
  }

  @Post(':id/seminar')
  @HttpCode(200)
  @ApiOperation({ summary: 'Planera ett seminarium' })
  @ApiZodBody(seminarSchema, { date: '2013-02-20', place: 'KSL, Stockholm', invited: ['Länets kommuner'] })
  seminar(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: unknown) {
    return this.run(user, id, { type: 'SCHEDULE_SEMINAR', ...parseInput(seminarSchema, body) });
  }

  @Post(':id/seminar/held')
  @HttpCode(200)
  @ApiOperation({ summary: 'Seminariet är genomfört' })
  seminarHeld(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string) {
    return this.run(user, id, { type: 'HOLD_SEMINAR' });
  }

  @Post(':id/seminar/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Ställ in seminariet' })
  seminarCancel(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string) {
    return this.run(user, id, { type: 'CANCEL_SEMINAR' });
  }

  @Post(':id/rounds')
  @ApiOperation({ summary: 'Skicka på remiss till organisationer och/eller grupper med sista svarsdag' })
  @ApiZodBody(sendRoundSchema, { deadline: '2013-04-30', organisationIds: [], groupIds: [], message: 'Förslaget skickas på remiss.' })
  send(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: unknown) {
    return this.sendRound.execute(toActor(user), id, { kind: 'remiss', ...parseInput(sendRoundSchema, body) });
  }

  @Post(':id/recommendations')
  @ApiOperation({ summary: 'Skicka rekommendation (det justerade förslaget) med sista dag för kommunernas beslut' })
  @ApiZodBody(sendRoundSchema, { deadline: '2013-11-15', groupIds: [], message: 'KSL rekommenderar kommunerna att anta överenskommelsen.' })
  recommend(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: unknown) {
    return this.sendRound.execute(toActor(user), id, { kind: 'recommendation', ...parseInput(sendRoundSchema, body) });
  }

  @Post(':id/rounds/close')
  @HttpCode(200)
  @ApiOperation({ summary: 'Stäng en remissomgång' })
  @ApiZodBody(closeRoundSchema)
  close(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: unknown) {
    return this.closeRound.execute(toActor(user), id, parseInput(closeRoundSchema, body).roundId);
  }

  @Post(':id/adjusted-proposal')
  @HttpCode(200)
  @ApiOperation({ summary: 'Justerat förslag efter remissvaren (ett uppladdat dokument)' })
  @ApiZodBody(documentRefSchema)
  adjust(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: unknown) {
    return this.run(user, id, { type: 'ADJUST_PROPOSAL', ...parseInput(documentRefSchema, body) });
  }

  @Post(':id/ready')
  @HttpCode(200)
  @ApiOperation({ summary: 'Klart för rekommendation' })
  ready(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string) {
    return this.run(user, id, { type: 'MARK_READY' });
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Återkalla ärendet' })
  @ApiZodBody(withdrawSchema)
  withdraw(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: unknown) {
    return this.run(user, id, { type: 'WITHDRAW', ...parseInput(withdrawSchema, body) });
  }

  @Get(':id/rounds/:roundId/compilation')
  @ApiOperation({ summary: 'Sammanställning av en omgång' })
  compile(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Param('roundId') roundId: string) {
    return this.compilation.rows(toActor(user), id, roundId);
  }

  @Get(':id/rounds/:roundId/compilation.csv')
  @ApiOperation({ summary: 'Sammanställning av en omgång som CSV' })
  async compileCsv(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Param('roundId') roundId: string, @Res() response: Response) {
    const csv = await this.compilation.csv(toActor(user), id, roundId);
    response.type('text/csv; charset=utf-8').setHeader('Content-Disposition', `attachment; filename="sammanstallning-${roundId}.csv"`);
    response.send(csv);
  }

  private run(user: AuthenticatedUser, id: string, step: CaseStep) {
    return this.step.execute(toActor(user), id, step);
  }
}
