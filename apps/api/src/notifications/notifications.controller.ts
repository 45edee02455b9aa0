import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { NotificationsQuery } from '@remiss/application';
import { UUID_PATTERN } from '@remiss/domain';
import { z } from 'zod';
import { toActor } from '../auth/actor';
import { AuthenticatedUser, CurrentUser } from '../auth/current-user';
import { ApiZodBody, ApiZodQuery } from '../http/api-zod-body';
import { apiRequestSchema, apiSchema, ApiZodResponse } from '../http/api-zod-response';
import { ApiProvisionalPageResponse, pageQuerySchema } from '../http/page-query';
import { parseInput } from '../http/parse-input';

const listSchema = pageQuerySchema.extend({
  unread: z
    .enum(['true', 'false'], { message: 'måste vara true eller false' })
    .optional()
    .transform((v) => v === 'true')
    .describe('true: bara olästa'),
});

const markReadSchema = apiRequestSchema('MarkNotificationsReadRequest', z.strictObject({
  ids: z.array(z.string().regex(UUID_PATTERN, 'måste vara ett UUID').toLowerCase()).max(200).optional(),
  all: z.boolean().optional(),
}));

const unreadCountSchema = apiSchema('UnreadNotifications', z.object({ unread: z.number().int().min(0) }));
const markedReadSchema = apiSchema('NotificationsMarkedRead', z.object({ marked: z.number().int().min(0), unread: z.number().int().min(0) }));

const ITEM_EXAMPLE = {
  id: '0b8a2f64-5d2c-4a83-8f3e-3c1d2e4f5a6b',
  kind: 'extension-granted',
  title: 'Anstånd beviljat',
  text: 'Överenskommelse om nyanlända. Ny sista dag: 19 december 2013.',
  link: '/mina-remisser/5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
  caseId: '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d',
  recipientId: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
  createdAt: '2013-11-05T09:12:00.000Z',
  read: false,
};

/** In-app notifications of what happened to my organisation's things, beside the mails. */
@ApiTags('Aviseringar')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsQuery) {}

  @Get()
  @ApiOperation({ summary: 'Mina aviseringar, nyast först (sidindelat): ny remiss, svar, anstånd, påminnelser, expedierade och mottagna beslut' })
  @ApiZodQuery(listSchema)
  @ApiProvisionalPageResponse('NotificationPage', ITEM_EXAMPLE)
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: unknown) {
    return this.notifications.list(toActor(user), parseInput(listSchema, query, 'query'));
  }

  @Get('unread-count')
  @ApiOperation({ summary: 'Hur många av mina aviseringar som är olästa' })
  @ApiZodResponse(200, undefined, unreadCountSchema, { unread: 3 })
  unread(@CurrentUser() user: AuthenticatedUser) {
    return this.notifications.unreadCount(toActor(user));
  }

  @Post('read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Markera aviseringar som lästa: de angivna (ids) eller alla (all: true); andras aviseringar påverkas aldrig' })
  @ApiZodBody(markReadSchema, { ids: ['0b8a2f64-5d2c-4a83-8f3e-3c1d2e4f5a6b'] })
  @ApiZodResponse(200, undefined, markedReadSchema, { marked: 1, unread: 2 })
  markRead(@CurrentUser() user: AuthenticatedUser, @Body() body: unknown) {
    return this.notifications.markRead(toActor(user), parseInput(markReadSchema, body));
  }
}
