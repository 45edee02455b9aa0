import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnswerUseCase, AssignRecipientUseCase, CaseQueries, DeclineUseCase, ExtensionUseCase, InnerAnswersQuery, RecipientRemindersQuery, RecipientViewQuery } from '@remiss/application';
import { UUID_PATTERN } from '@remiss/domain';
import { z } from 'zod';
import { toActor } from '../auth/actor';
import { AuthenticatedUser, CurrentUser } from '../auth/current-user';
import { ApiZodBody, ApiZodQuery } from '../http/api-zod-body';
import { apiRequestSchema, apiSchema, ApiZodResponse } from '../http/api-zod-response';
import { id, instant, localDate } from '../http/response-fields';
import { ApiPageResponse, pageQuerySchema } from '../http/page-query';
import { parseInput } from '../http/parse-input';
import {
  answerResultSchema,
  EXTENSION_REQUEST_EXAMPLE,
  EXTENSION_REQUESTED_EXAMPLE,
  extensionDeniedSchema,
  extensionGrantedSchema,
  extensionRequestedSchema,
  extensionRequestItemSchema,
  INBOX_EXAMPLE,
  inboxItemSchema,
  INNER_ANSWER_EXAMPLE,
  innerAnswerSchema,
  RECIPIENT_VIEW_EXAMPLE,
  recipientViewSchema,
  stateResultSchema,
} from './case.responses';
import { answerSchema, declineSchema, denySchema, extensionRequestSchema, grantSchema } from './case.schemas';

const inboxSchema = pageQuerySchema.extend({
  assigned: z.enum(['me'], { message: 'kan bara vara me' }).optional().describe('me: bara det som är tilldelat mig'),
  done: z
    .enum(['true', 'false'], { message: 'måste vara true eller false' })
    .optional()
    .transform((v) => v === 'true')
    .describe('true: bara det som är besvarat, avböjt eller beslutat (era tidigare svar och beslut)'),
});

const assignSchema = apiRequestSchema('AssignRecipientRequest', z.strictObject({
  userId: z.string().regex(UUID_PATTERN, 'måste vara ett UUID').toLowerCase().nullable(),
}));

const assignmentSchema = apiSchema(
  'RecipientAssignment',
  z.object({ recipientId: id(), assignee: z.object({ id: id(), name: z.string(), email: z.string() }).nullable() }),
);

const recipientRemindersSchema = apiSchema(
  'RecipientReminders',
  z.object({
    recipientId: id(),
    deadline: localDate().describe('Mottagarens svarsdag nu'),
    items: z.array(
      z.object({
        id: id(),
        kind: z.enum(['before', 'deadline', 'overdue']),
        key: z.string(),
        deadline: localDate().describe('Svarsdagen påminnelsen planerades för'),
        dueAt: instant(),
        status: z.enum(['planned', 'sent', 'skipped', 'cancelled', 'failed', 'uncertain']),
        reason: z.string().nullable(),
        doneAt: instant().nullable(),
      }),
    ),
  }),
);

const RECIPIENT_REMINDERS_EXAMPLE = {
  recipientId: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
  deadline: '2013-12-19',
  items: [
    { id: '0b8a2f64-5d2c-4a83-8f3e-3c1d2e4f5a6b', kind: 'before', key: 'before-14', deadline: '2013-11-15', dueAt: '2013-11-01T07:00:00.000Z', status: 'sent', reason: null, doneAt: '2013-11-01T07:00:02.000Z' },
    { id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', kind: 'deadline', key: 'deadline', deadline: '2013-11-15', dueAt: '2013-11-14T07:00:00.000Z', status: 'cancelled', reason: 'svarsdagen flyttades till 2013-12-19 (anstånd); påminnelserna planerades om', doneAt: '2013-11-05T09:12:00.000Z' },
    { id: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a', kind: 'deadline', key: 'deadline', deadline: '2013-12-19', dueAt: '2013-12-18T07:00:00.000Z', status: 'planned', reason: null, doneAt: null },
  ],
};

const extensionListSchema = pageQuerySchema.extend({
  status: z.enum(['pending', 'granted', 'denied', 'withdrawn']).optional().describe('Bara begäranden med denna status'),
});

@ApiTags('Remissinstanser och anstånd')
@ApiBearerAuth()
@Controller()
export class RecipientsController {
  constructor(
    private readonly answers: AnswerUseCase,
    private readonly decline: DeclineUseCase,
    private readonly extensions: ExtensionUseCase,
    private readonly queries: CaseQueries,
    private readonly innerAnswers: InnerAnswersQuery,
    private readonly recipientView: RecipientViewQuery,
    private readonly reminders: RecipientRemindersQuery,
    private readonly assign: AssignRecipientUseCase,
  ) {}

  @Get('inbox')
  @ApiOperation({ summary: 'Mina remisser: det som skickats till min organisation, med sista dag och dagar kvar; öppna först, sedan efter sista dag (sidindelat)' })
  @ApiZodQuery(inboxSchema)
  @ApiPageResponse('InboxPage', inboxItemSchema, INBOX_EXAMPLE)
  inbox(@CurrentUser() user: AuthenticatedUser, @Query() query: unknown) {
    return this.queries.inbox(toActor(user), parseInput(inboxSchema, query, 'query'));
  }

  @Put('recipients/:id/assignee')
  @ApiOperation({ summary: 'Tilldela en mottagen remiss eller rekommendation en namngiven handläggare i er organisation (userId null tar bort tilldelningen)' })
  @ApiZodBody(assignSchema, { userId: '3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a' })
  @ApiZodResponse(200, undefined, assignmentSchema, { recipientId: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b', assignee: { id: '3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a', name: 'Anna Andersson', email: 'anna.andersson@ekero.example.se' } })
  setAssignee(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: unknown) {
    return this.assign.execute(toActor(user), id, parseInput(assignSchema, body).userId);
  }

  @Get('recipients/:id')
  @ApiOperation({
    summary: 'En mottagares remiss eller rekommendation: ämne, meddelande, skickade dokument, sista dag och anstånd, kontaktpersoner hos avsändaren och senaste svaret (mottagaren och ärendets organisation)',
  })
  @ApiZodResponse(200, undefined, recipientViewSchema, RECIPIENT_VIEW_EXAMPLE)
  getRecipient(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string) {
    return this.recipientView.get(toActor(user), id);
  }

  @Get('recipients/:id/reminders')
  @ApiOperation({
    summary: 'En mottagares påminnelser: planerade, skickade, överhoppade (med skäl) och avbrutna (t.ex. av ett anstånd); för ärendets organisation och mottagarens',
  })
  @ApiZodResponse(200, undefined, recipientRemindersSchema, RECIPIENT_REMINDERS_EXAMPLE)
  listReminders(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string) {
    return this.reminders.get(toActor(user), id);
  }

  @Get('recipients/:id/inner-answers')
  @ApiOperation({ summary: 'Svar i organisationens egna interna remisser under denna remiss (att bifoga i svaret som innerAnswerIds)' })
  @ApiZodQuery(pageQuerySchema)
  @ApiPageResponse('InnerAnswerPage', innerAnswerSchema, INNER_ANSWER_EXAMPLE)
  listInnerAnswers(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Query() query: unknown) {
    return this.innerAnswers.list(toActor(user), id, parseInput(pageQuerySchema, query, 'query'));
  }

  @Post('recipients/:id/answer')
  @ApiOperation({ summary: 'Besvara en remiss' })
  @ApiZodResponse(201, undefined, answerResultSchema, { answerId: '3fd20055-42ce-41d2-89ea-6b2041aa6645', version: 1, state: 'answered' })
  @ApiZodBody(answerSchema, { position: 'synpunkter', text: 'Kommunen ställer sig bakom förslaget med följande synpunkter …', theirRegistryNumber: 'KS13/250-133' })
  answer(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: unknown) {
    return this.answers.answer(toActor(user), id, parseInput(answerSchema, body));
  }

  @Post('recipients/:id/answer/corrections')
  @ApiOperation({ summary: 'Rätta ett remissvar (blir en ny version)' })
  @ApiZodResponse(201, undefined, answerResultSchema, { answerId: 'bb663392-8aea-4421-b717-f674d49c5c17', version: 2, state: 'answered' })
  @ApiZodBody(answerSchema, { position: 'synpunkter', text: 'Rättad text: kommunen ställer sig bakom förslaget …', theirRegistryNumber: 'KS13/250-133' })
  correct(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: unknown) {
    return this.answers.correct(toActor(user), id, parseInput(answerSchema, body));
  }

  @Post('recipients/:id/decline')
  @HttpCode(200)
  @ApiOperation({ summary: 'Avstå från att svara' })
  @ApiZodResponse(200, undefined, stateResultSchema, { state: 'declined' })
  @ApiZodBody(declineSchema, { reason: 'Kommunen avstår från att yttra sig.' })
  declineAnswer(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: unknown) {
    return this.decline.execute(toActor(user), id, parseInput(declineSchema, body).reason);
  }

  @Post('recipients/:id/extension-requests')
  @ApiOperation({ summary: 'Begär anstånd' })
  @ApiZodResponse(201, undefined, extensionRequestedSchema, EXTENSION_REQUESTED_EXAMPLE)
  @ApiZodBody(extensionRequestSchema, { requestedDate: '2013-12-19', reason: 'Ärendet behandlas i kommunfullmäktige först i december.' })
  requestExtension(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: unknown) {
    return this.extensions.request(toActor(user), id, parseInput(extensionRequestSchema, body));
  }

  @Get('extension-requests')
  @ApiOperation({ summary: 'Anståndsbegäranden (kansliets inkorg), nyaste först (sidindelat)' })
  @ApiZodQuery(extensionListSchema)
  @ApiPageResponse('ExtensionRequestPage', extensionRequestItemSchema, EXTENSION_REQUEST_EXAMPLE)
  listExtensions(@CurrentUser() user: AuthenticatedUser, @Query() query: unknown) {
    return this.queries.extensionRequests(toActor(user), parseInput(extensionListSchema, query, 'query'));
  }

  @Post('extension-requests/:id/grant')
  @HttpCode(200)
  @ApiOperation({ summary: 'Bevilja anstånd (eventuellt till ett annat datum)' })
  @ApiZodResponse(200, undefined, extensionGrantedSchema, { state: 'inProgress', deadline: '2013-12-19', warnings: [] })
  @ApiZodBody(grantSchema, { newDeadline: '2013-12-19', comment: 'Beviljas.' })
  grant(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: unknown) {
    return this.extensions.grant(toActor(user), id, parseInput(grantSchema, body));
  }

  @Post('extension-requests/:id/deny')
  @HttpCode(200)
  @ApiOperation({ summary: 'Avslå anstånd' })
  @ApiZodResponse(200, undefined, extensionDeniedSchema, { state: 'inProgress', deadline: '2013-11-15' })
  @ApiZodBody(denySchema, { comment: 'Sammanställningen måste vara klar till styrelsens möte.' })
  deny(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: unknown) {
    return this.extensions.deny(toActor(user), id, parseInput(denySchema, body));
  }
}
