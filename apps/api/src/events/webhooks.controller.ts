import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { WebhookDeliveries, WebhookSubscriptions } from '@remiss/application';
import { toActor } from '../auth/actor';
import { AuthenticatedUser, CurrentUser, Roles } from '../auth/current-user';
import { ApiZodBody, ApiZodQuery } from '../http/api-zod-body';
import { pageQuerySchema } from '../http/page-query';
import { parseInput } from '../http/parse-input';
import {
  CREATED_SUBSCRIPTION_SCHEMA,
  createWebhookSchema,
  DELIVERY_SCHEMA,
  deliveriesQuerySchema,
  page,
  replayFailedSchema,
  SUBSCRIPTION_SCHEMA,
  updateWebhookSchema,
} from './webhook.schemas';

/** The organisation's webhooks: its administrators and secretariat manage them and read and replay their deliveries. */
@ApiTags('Integration')
@ApiBearerAuth()
@Roles('admin', 'secretariat')
@Controller()
export class WebhooksController {
  constructor(
    private readonly subscriptions: WebhookSubscriptions,
    private readonly deliveries: WebhookDeliveries,
  ) {}

  @Post('webhooks')
  @ApiOperation({ summary: 'Prenumerera på organisationens händelser med en webhook (hemligheten visas bara i detta svar)' })
  @ApiZodBody(createWebhookSchema, { url: 'https://diarie.ekero.se/remiss-webhook', types: ['se.remiss.round.sent'], description: 'Ekerös diariesystem' })
  @ApiCreatedResponse({ schema: CREATED_SUBSCRIPTION_SCHEMA })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: unknown) {
    return this.subscriptions.create(toActor(user), parseInput(createWebhookSchema, body));
  }

  @Get('webhooks')
  @ApiOperation({ summary: 'Organisationens webhooks, nyaste först' })
  @ApiZodQuery(pageQuerySchema)
  @ApiOkResponse({ schema: page(SUBSCRIPTION_SCHEMA) })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: unknown) {
    return this.subscriptions.list(toActor(user), parseInput(pageQuerySchema, query, 'query'));
  }

  @Get('webhooks/:id')
  @ApiOperation({ summary: 'En webhook' })
  @ApiOkResponse({ schema: SUBSCRIPTION_SCHEMA })
  get(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string) {
    return this.subscriptions.get(toActor(user), id);
  }

  @Patch('webhooks/:id')
  @ApiOperation({ summary: 'Ändra adress, typer eller beskrivning, eller pausa och återuppta en webhook' })
  @ApiZodBody(updateWebhookSchema, { active: false })
  @ApiOkResponse({ schema: SUBSCRIPTION_SCHEMA })
  update(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: unknown) {
    return this.subscriptions.update(toActor(user), id, parseInput(updateWebhookSchema, body));
  }

  @Delete('webhooks/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Ta bort en webhook (och dess leveranslogg)' })
  @ApiNoContentResponse({ description: 'Borttagen' })
  async remove(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string): Promise<void> {
    await this.subscriptions.remove(toActor(user), id);
  }

  @Get('webhooks/:id/deliveries')
  @ApiOperation({ summary: 'Leveransloggen: varje leverans med försök (tid, statuskod, varaktighet, fel), nyaste först' })
  @ApiZodQuery(deliveriesQuerySchema)
  @ApiOkResponse({ schema: page(DELIVERY_SCHEMA) })
  listDeliveries(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Query() query: unknown) {
    return this.deliveries.list(toActor(user), id, parseInput(deliveriesQuerySchema, query, 'query'));
  }

  @Post('webhooks/:id/replay')
  @HttpCode(200)
  @ApiOperation({ summary: 'Skicka om alla leveranser som slutligt misslyckats sedan en tidpunkt' })
  @ApiZodBody(replayFailedSchema, { since: '2013-11-05T00:00:00+01:00' })
  @ApiOkResponse({ schema: { type: 'object', required: ['replayed'], properties: { replayed: { type: 'integer' } }, example: { replayed: 3 } } })
  replayFailed(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: unknown) {
    return this.deliveries.replayFailed(toActor(user), id, new Date(parseInput(replayFailedSchema, body).since));
  }

  @Post('webhook-deliveries/:id/replay')
  @HttpCode(200)
  @ApiOperation({ summary: 'Skicka om en leverans (samma händelse och id; försöken börjar om)' })
  @ApiOkResponse({ schema: DELIVERY_SCHEMA })
  replay(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string) {
    return this.deliveries.replay(toActor(user), id);
  }
}
