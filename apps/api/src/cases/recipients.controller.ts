import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnswerUseCase, CaseQueries, DeclineUseCase, ExtensionUseCase, InnerAnswersQuery, RecipientViewQuery } from '@remiss/application';
import { z } from 'zod';
import { toActor } from '../auth/actor';
import { AuthenticatedUser, CurrentUser } from '../auth/current-user';
import { ApiZodBody, ApiZodQuery } from '../http/api-zod-body';
import { ApiZodResponse } from '../http/api-zod-response';
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
  ) {}

  @Get('inbox')
  @ApiOperation({ summary: 'Mina remisser: det som skickats till min organisation, med sista dag och dagar kvar; öppna först, sedan efter sista dag (sidindelat)' })
  @ApiZodQuery(pageQuerySchema)
  @ApiPageResponse('InboxPage', inboxItemSchema, INBOX_EXAMPLE)
  inbox(@CurrentUser() user: AuthenticatedUser, @Query() query: unknown) {
    return this.queries.inbox(toActor(user), parseInput(pageQuerySchema, query, 'query'));
  }

  @Get('recipients/:id')
  @ApiOperation({
    summary: 'En mottagares remiss eller rekommendation: ämne, meddelande, skickade dokument, sista dag och anstånd, kontaktpersoner hos avsändaren och senaste svaret (mottagaren och ärendets organisation)',
  })
  @ApiZodResponse(200, undefined, recipientViewSchema, RECIPIENT_VIEW_EXAMPLE)
  getRecipient(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string) {
    return this.recipientView.get(toActor(user), id);
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
