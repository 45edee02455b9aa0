import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CaseQueries, CaseStep, CaseStepUseCase, CloseRoundUseCase, CompilationQuery, CreateCaseUseCase, SendRoundUseCase } from '@remiss/application';
import { Request, Response } from 'express';
import { toActor } from '../auth/actor';
import { AuthenticatedUser, CurrentUser } from '../auth/current-user';
import { ApiZodBody, ApiZodQuery } from '../http/api-zod-body';
import { ApiZodResponse } from '../http/api-zod-response';
import { ApiTextResponse } from '../http/api-text-response';
import { ApiIfNoneMatch, ApiPageResponse } from '../http/page-query';
import { matchesEtag, revalidatePrivately } from '../web/security-headers';
import { parseInput } from '../http/parse-input';
import {
  CASE_EVENT_PAGE_EXAMPLE,
  CASE_STEP_EXAMPLE,
  CASE_SUMMARY_EXAMPLE,
  CASE_VIEW_EXAMPLE,
  caseEventPageSchema,
  caseStepResultSchema,
  caseSummarySchema,
  caseViewSchema,
  COMPILATION_EXAMPLE,
  compilationSchema,
  createdCaseSchema,
  SENT_ROUND_EXAMPLE,
  sentRoundSchema,
  stateResultSchema,
} from './case.responses';
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
  @ApiZodResponse(201, undefined, createdCaseSchema, { id: '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d', registryNumber: 'KSL/12/0053' })
  @ApiZodBody(createCaseSchema, { title: 'Revidering av överenskommelse om nyanlända', registryNumber: 'KSL/12/0053', orderedBy: 'Styrelsens beslut 2012-03-15 § 12' })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: unknown) {
    return this.createCase.execute(toActor(user), parseInput(createCaseSchema, body));
  }

  @Get()
  @ApiOperation({ summary: 'Lista ärenden (egna och sådana som skickats till min organisation), senast ändrade först (sidindelat)' })
  @ApiZodQuery(listCasesSchema)
  @ApiPageResponse('CasePage', caseSummarySchema, CASE_SUMMARY_EXAMPLE)
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
  @ApiZodResponse(200, undefined, caseViewSchema, CASE_VIEW_EXAMPLE)
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
  @ApiZodResponse(200, undefined, caseEventPageSchema, CASE_EVENT_PAGE_EXAMPLE)
  events(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Query() query: unknown) {
    const { before, cursor, limit } = parseInput(caseEventsSchema, query, 'query');
    return this.queries.events(toActor(user), id, { before: before ?? cursor, limit });
  }

  @Post(':id/start-drafting')
  @HttpCode(200)
  @ApiOperation({ summary: 'Börja ta fram förslaget' })
  @ApiZodResponse(200, undefined, caseStepResultSchema, CASE_STEP_EXAMPLE)
  startDrafting(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string) {
    return this.run(user, id, { type: 'START_DRAFTING' });
  }

  @Post(':id/drafts')
  @HttpCode(200)
  @ApiOperation({ summary: 'Lägg till en ny version av förslaget (ett uppladdat dokument)' })
  @ApiZodResponse(200, undefined, caseStepResultSchema, CASE_STEP_EXAMPLE)
  @ApiZodBody(documentRefSchema, { documentId: '6f1d3c1e-2b7a-4c55-9a35-0f3c7f1d9b10' })
  addDraft(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: unknown) {
    return this.run(user, id, { type: 'ADD_DRAFT', ...parseInput(documentRefSchema, body) });
  }

  @Post(':id/seminar')
  @HttpCode(200)
  @ApiOperation({ summary: 'Planera ett seminarium' })
  @ApiZodResponse(200, undefined, caseStepResultSchema, CASE_STEP_EXAMPLE)
  @ApiZodBody(seminarSchema, { date: '2013-02-20', place: 'KSL, Stockholm', invited: ['Länets kommuner'] })
  seminar(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: unknown) {
    return this.run(user, id, { type: 'SCHEDULE_SEMINAR', ...parseInput(seminarSchema, body) });
  }

  @Post(':id/seminar/held')
  @HttpCode(200)
  @ApiOperation({ summary: 'Seminariet är genomfört' })
  @ApiZodResponse(200, undefined, caseStepResultSchema, CASE_STEP_EXAMPLE)
  seminarHeld(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string) {
    return this.run(user, id, { type: 'HOLD_SEMINAR' });
  }

  @Post(':id/seminar/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Ställ in seminariet' })
  @ApiZodResponse(200, undefined, caseStepResultSchema, CASE_STEP_EXAMPLE)
  seminarCancel(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string) {
    return this.run(user, id, { type: 'CANCEL_SEMINAR' });
  }

  @Post(':id/rounds')
  @ApiOperation({ summary: 'Skicka på remiss till organisationer och/eller grupper med sista svarsdag' })
  @ApiZodResponse(201, undefined, sentRoundSchema, SENT_ROUND_EXAMPLE)
  @ApiZodBody(sendRoundSchema, { deadline: '2013-04-30', organisationIds: [], groupIds: [], message: 'Förslaget skickas på remiss.' })
  send(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: unknown) {
    return this.sendRound.execute(toActor(user), id, { kind: 'remiss', ...parseInput(sendRoundSchema, body) });
  }

  @Post(':id/recommendations')
  @ApiOperation({ summary: 'Skicka rekommendation (det justerade förslaget) med sista dag för kommunernas beslut' })
  @ApiZodResponse(201, undefined, sentRoundSchema, { ...SENT_ROUND_EXAMPLE, seq: 2, deadline: '2013-11-15', warnings: [], state: 'onRecommendation' })
  @ApiZodBody(sendRoundSchema, { deadline: '2013-11-15', groupIds: [], message: 'KSL rekommenderar kommunerna att anta överenskommelsen.' })
  recommend(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: unknown) {
    return this.sendRound.execute(toActor(user), id, { kind: 'recommendation', ...parseInput(sendRoundSchema, body) });
  }

  @Post(':id/rounds/close')
  @HttpCode(200)
  @ApiOperation({ summary: 'Stäng en remissomgång' })
  @ApiZodResponse(200, undefined, stateResultSchema, { state: 'compiling' })
  @ApiZodBody(closeRoundSchema, { roundId: '53f05345-9a81-4397-8f43-491bed02b859' })
  close(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: unknown) {
    return this.closeRound.execute(toActor(user), id, parseInput(closeRoundSchema, body).roundId);
  }

  @Post(':id/adjusted-proposal')
  @HttpCode(200)
  @ApiOperation({ summary: 'Justerat förslag efter remissvaren (ett uppladdat dokument)' })
  @ApiZodResponse(200, undefined, caseStepResultSchema, { state: 'adjusted', version: 9 })
  @ApiZodBody(documentRefSchema, { documentId: '8e73ecb3-f124-4cff-836e-a4e2044088c4' })
  adjust(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: unknown) {
    return this.run(user, id, { type: 'ADJUST_PROPOSAL', ...parseInput(documentRefSchema, body) });
  }

  @Post(':id/ready')
  @HttpCode(200)
  @ApiOperation({ summary: 'Klart för rekommendation' })
  @ApiZodResponse(200, undefined, caseStepResultSchema, CASE_STEP_EXAMPLE)
  ready(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string) {
    return this.run(user, id, { type: 'MARK_READY' });
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Återkalla ärendet' })
  @ApiZodResponse(200, undefined, caseStepResultSchema, CASE_STEP_EXAMPLE)
  @ApiZodBody(withdrawSchema, { reason: 'Uppdraget har återkallats av styrelsen.' })
  withdraw(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: unknown) {
    return this.run(user, id, { type: 'WITHDRAW', ...parseInput(withdrawSchema, body) });
  }

  @Get(':id/rounds/:roundId/compilation')
  @ApiOperation({ summary: 'Sammanställning av en omgång' })
  @ApiZodResponse(200, undefined, compilationSchema, COMPILATION_EXAMPLE)
  compile(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Param('roundId') roundId: string) {
    return this.compilation.rows(toActor(user), id, roundId);
  }

  @Get(':id/rounds/:roundId/compilation.csv')
  @ApiOperation({ summary: 'Sammanställning av en omgång som CSV' })
  @ApiProduces('text/csv')
  @ApiTextResponse('text/csv', 'Sammanställningen (UTF-8 med BOM, semikolon)', '\uFEFFKommun;Status;Ställningstagande;Svarsdatum\r\nEkerö kommun;Besvarad;synpunkter;2013-04-22\r\n')
  async compileCsv(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Param('roundId') roundId: string, @Res() response: Response) {
    const csv = await this.compilation.csv(toActor(user), id, roundId);
    response.type('text/csv; charset=utf-8').setHeader('Content-Disposition', `attachment; filename="sammanstallning-${roundId}.csv"`);
    response.send(csv);
  }

  private run(user: AuthenticatedUser, id: string, step: CaseStep) {
    return this.step.execute(toActor(user), id, step);
  }
}
