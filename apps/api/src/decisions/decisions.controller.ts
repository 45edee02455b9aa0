import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DecisionQueries, DispatchDecisionUseCase, RegisterDecisionUseCase, RegisterPreparationUseCase } from '@remiss/application';
import { toActor } from '../auth/actor';
import { AuthenticatedUser, CurrentUser } from '../auth/current-user';
import { ApiZodBody } from '../http/api-zod-body';
import { ApiZodResponse } from '../http/api-zod-response';
import {
  DECISION_CHAIN_EXAMPLE,
  DECISION_RESULT_EXAMPLE,
  decisionChainSchema,
  decisionResultSchema,
  DISPATCH_RESULT_EXAMPLE,
  dispatchResultSchema,
  PREPARATION_RESULT_EXAMPLE,
  preparationResultSchema,
  receiptResultSchema,
} from './decision.responses';
import { parseInput } from '../http/parse-input';
import { correctionSchema, decisionSchema, dispatchSchema, preparationSchema, receiptSchema } from './decision.schemas';

@ApiTags('Beslut och expediering')
@ApiBearerAuth()
@Controller()
export class DecisionsController {
  constructor(
    private readonly preparations: RegisterPreparationUseCase,
    private readonly decisions: RegisterDecisionUseCase,
    private readonly dispatches: DispatchDecisionUseCase,
    private readonly queries: DecisionQueries,
  ) {}

  @Get('recipients/:id/decisions')
  @ApiOperation({ summary: 'Beslutskedjan för en kommun: beredning, beslut (alla versioner), expediering och mottagande' })
  @ApiZodResponse(200, undefined, decisionChainSchema, DECISION_CHAIN_EXAMPLE)
  chain(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string) {
    return this.queries.chain(toActor(user), id);
  }

  @Post('recipients/:id/preparations')
  @ApiOperation({ summary: 'Registrera beredning (tjänsteutlåtande eller tjänsteskrivelse) av en rekommendation' })
  @ApiZodResponse(201, undefined, preparationResultSchema, PREPARATION_RESULT_EXAMPLE)
  @ApiZodBody(preparationSchema, { kind: 'tjansteutlatande', date: '2013-08-29', author: 'Socialkontoret', title: 'Överenskommelse om samverkan gällande nyanlända' })
  prepare(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: unknown) {
    return this.preparations.execute(toActor(user), id, parseInput(preparationSchema, body));
  }

  @Post('recipients/:id/decisions')
  @ApiOperation({
    summary: 'Registrera ett beslut i nämnd, kommunstyrelse eller kommunfullmäktige',
    description:
      'Nämndsekreterare registrerar sitt organs beslut: organ, sammanträdesdag, paragraf, beslut och justering (datum eller omedelbar justering). ' +
      'Svaret visar när anslaget om justeringen sattes upp och när tiden för laglighetsprövning (tre veckor) går ut. ' +
      'Ett beslut i kommunfullmäktige är alltid slutligt; nämndens eller kommunstyrelsens när beslutet är delegerat (final: true).',
  })
  @ApiZodResponse(201, undefined, decisionResultSchema, DECISION_RESULT_EXAMPLE)
  @ApiZodBody(decisionSchema, {
    bodyKind: 'committee',
    bodyName: 'Socialnämnden',
    meetingDate: '2013-09-25',
    paragraph: '§ 130',
    outcome: 'answer',
    text: 'Socialnämnden föreslår att kommunen antar överenskommelsen.',
    immediate: true,
    final: false,
  })
  decide(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: unknown) {
    return this.decisions.register(toActor(user), id, parseInput(decisionSchema, body));
  }

  @Post('decisions/:id/corrections')
  @ApiOperation({ summary: 'Rätta ett beslut (blir en ny version; den tidigare finns kvar)' })
  @ApiZodResponse(201, undefined, decisionResultSchema, { ...DECISION_RESULT_EXAMPLE, id: 'ec72468b-5c7b-4234-bf5b-d0972089274e', version: 2, supersedesId: DECISION_RESULT_EXAMPLE.id, paragraph: '§ 131', correctionReason: 'Fel paragrafnummer i registreringen.' })
  @ApiZodBody(correctionSchema, { paragraph: '§ 131', reason: 'Fel paragrafnummer i registreringen.' })
  correct(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: unknown) {
    return this.decisions.correct(toActor(user), id, parseInput(correctionSchema, body));
  }

  @Post('recipients/:id/dispatch')
  @ApiOperation({
    summary: 'Expediera det slutliga beslutet till ärendets registrator (och fler mottagare) med protokollsutdraget bifogat',
    description: 'Kräver ett slutligt beslut (annars 409). Registreras i båda organisationernas diarier; brevet skickas en gång via utkorgen.',
  })
  @ApiZodResponse(201, undefined, dispatchResultSchema, DISPATCH_RESULT_EXAMPLE)
  @ApiZodBody(dispatchSchema, { addresses: ['socialkontoret@ekero.example.se'], theirRegistryNumber: 'KS13/250-133' })
  dispatch(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: unknown) {
    return this.dispatches.dispatch(toActor(user), id, parseInput(dispatchSchema, body));
  }

  @Post('recipients/:id/receipt')
  @HttpCode(200)
  @ApiOperation({ summary: 'Registrera mottagandet av ett expedierat beslut (kansliet); avslutar kommunens rekommendationsomgång' })
  @ApiZodResponse(200, undefined, receiptResultSchema, { registryNumber: 'KSL/13/0412', receivedAt: '2013-12-20T09:00:00.000Z', state: 'received' })
  @ApiZodBody(receiptSchema, { registryNumber: 'KSL/13/0412' })
  receipt(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: unknown) {
    return this.dispatches.receipt(toActor(user), id, parseInput(receiptSchema, body));
  }
}
