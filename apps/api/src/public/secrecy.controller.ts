import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SecrecyUseCase } from '@remiss/application';
import { toActor } from '../auth/actor';
import { AuthenticatedUser, CurrentUser, Roles } from '../auth/current-user';
import { ApiZodBody } from '../http/api-zod-body';
import { ApiZodResponse } from '../http/api-zod-response';
import { secrecyMarkingListSchema, secrecyMarkingSchema } from './secrecy.responses';
import { parseInput } from '../http/parse-input';
import { PublicPageCache } from './public-page-cache';
import { MARKING_EXAMPLE, markSecretSchema, unmarkSecretSchema } from './public.schemas';

const MARK_EXAMPLE = { extent: 'whole', legalGround: 'OSL 21 kap. 7 §', reason: 'Innehåller uppgifter om enskildas personliga förhållanden' };
const UNMARK_EXAMPLE = { reason: 'Sekretessen gäller inte längre' };

/**
 * Secrecy marking (OSL) by the secretariat of the organisation whose case holds the document or answer. The
 * public portal then shows that it exists, its number and date, and "Sekretessmarkerad enligt …" instead of it.
 */
@ApiTags('Sekretess')
@ApiBearerAuth()
@Roles('secretariat', 'admin')
@Controller()
export class SecrecyController {
  constructor(
    private readonly secrecy: SecrecyUseCase,
    private readonly cache: PublicPageCache,
  ) {}

  /** A marking changes what the public may see: this replica's cached pages go at once. */
  private async changed<T>(work: Promise<T>): Promise<T> {
    const result = await work;
    this.cache.clear();
    return result;
  }

  @Get('cases/:id/secrecy-markings')
  @ApiOperation({ summary: 'Ärendets sekretessmarkeringar, gällande och hävda, nyast först' })
  @ApiZodResponse(200, undefined, secrecyMarkingListSchema, [MARKING_EXAMPLE])
  list(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string) {
    return this.secrecy.list(toActor(user), id);
  }

  @Post('documents/:id/secrecy')
  @ApiOperation({ summary: 'Sekretessmarkera ett dokument, helt eller delvis, med lagrum' })
  @ApiZodBody(markSecretSchema, MARK_EXAMPLE)
  @ApiZodResponse(201, undefined, secrecyMarkingSchema, MARKING_EXAMPLE)
  markDocument(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: unknown) {
    return this.changed(this.secrecy.mark(toActor(user), 'document', id, parseInput(markSecretSchema, body)));
  }

  @Post('documents/:id/secrecy/unmark')
  @HttpCode(200)
  @ApiOperation({ summary: 'Häv ett dokuments sekretessmarkering' })
  @ApiZodBody(unmarkSecretSchema, UNMARK_EXAMPLE)
  @ApiZodResponse(200, undefined, secrecyMarkingSchema, { ...MARKING_EXAMPLE, unmarkedBy: 'Karin Kansli', unmarkedAt: '2013-03-02T09:00:00.000Z', unmarkReason: UNMARK_EXAMPLE.reason })
  unmarkDocument(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: unknown) {
    return this.changed(this.secrecy.unmark(toActor(user), 'document', id, parseInput(unmarkSecretSchema, body).reason));
  }

  @Post('recipients/:id/answer/secrecy')
  @ApiOperation({ summary: 'Sekretessmarkera mottagarens senaste remissvar (text, ställningstagande och bilagor), helt eller delvis' })
  @ApiZodBody(markSecretSchema, MARK_EXAMPLE)
  @ApiZodResponse(201, undefined, secrecyMarkingSchema, { ...MARKING_EXAMPLE, targetKind: 'answer' })
  async markAnswer(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: unknown) {
    const input = parseInput(markSecretSchema, body);
    const actor = toActor(user);
    return this.changed(this.secrecy.mark(actor, 'answer', await this.secrecy.latestAnswerOf(actor, id), input));
  }

  @Post('recipients/:id/answer/secrecy/unmark')
  @HttpCode(200)
  @ApiOperation({ summary: 'Häv sekretessmarkeringen av mottagarens senaste remissvar' })
  @ApiZodBody(unmarkSecretSchema, UNMARK_EXAMPLE)
  @ApiZodResponse(200, undefined, secrecyMarkingSchema, { ...MARKING_EXAMPLE, targetKind: 'answer', unmarkedAt: '2013-03-02T09:00:00.000Z' })
  async unmarkAnswer(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: unknown) {
    const { reason } = parseInput(unmarkSecretSchema, body);
    const actor = toActor(user);
    return this.changed(this.secrecy.unmark(actor, 'answer', await this.secrecy.latestAnswerOf(actor, id), reason));
  }
}
