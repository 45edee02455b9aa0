import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { LogVerificationQuery } from '@remiss/application';
import { toActor } from '../auth/actor';
import { AuthenticatedUser, CurrentUser, Roles } from '../auth/current-user';

const HASH = 'a3f1c09e5b7d2e4f6a8c0b1d3e5f7a9c2b4d6e8f0a1c3e5b7d9f1a2c4e6b8d0f';

@ApiTags('Ärenden')
@ApiBearerAuth()
@Controller('cases')
export class LogController {
  constructor(private readonly verification: LogVerificationQuery) {}

  @Get(':id/log/verify')
  @Roles('secretariat', 'admin')
  @ApiOperation({
    summary: 'Kontrollera ärendets händelselogg: räknar om hashkedjan från första raden och anger den första rad som inte stämmer',
    description:
      'Varje rad i loggen bär SHA-256 av sitt kanoniska innehåll (RFC 8785) och föregående rads kontrollsumma; ' +
      '`head` är loggens kontrollsumma som ärendet visar. Bara ärendets egen organisations kansli och administratörer.',
  })
  @ApiOkResponse({
    schema: {
      type: 'object',
      required: ['caseId', 'ok', 'rows', 'verifiedRows', 'head', 'computedHead', 'firstMismatch', 'message', 'verifiedAt'],
      properties: {
        caseId: { type: 'string', format: 'uuid' },
        ok: { type: 'boolean' },
        rows: { type: 'integer' },
        verifiedRows: { type: 'integer' },
        head: { type: 'string' },
        computedHead: { type: 'string' },
        firstMismatch: {
          type: 'object',
          nullable: true,
          properties: {
            position: { type: 'integer' },
            rowId: { type: 'string', nullable: true },
            event: { type: 'string', nullable: true },
            eventText: { type: 'string', nullable: true },
            at: { type: 'string', format: 'date-time', nullable: true },
            atText: { type: 'string', nullable: true },
            mismatch: { type: 'array', items: { type: 'string' } },
            message: { type: 'string' },
          },
        },
        message: { type: 'string' },
        verifiedAt: { type: 'string', format: 'date-time' },
      },
      example: {
        caseId: '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d',
        ok: false,
        rows: 12,
        verifiedRows: 4,
        head: HASH,
        computedHead: HASH,
        firstMismatch: {
          position: 5,
          rowId: '41',
          event: 'ANSWER',
          eventText: 'lämna remissvar',
          at: '2013-02-11T09:30:00.000Z',
          atText: '11 februari 2013 kl. 10:30',
          mismatch: ['raden har ändrats: dess innehåll ger inte dess kontrollsumma'],
          message: 'Rad 5 i loggen (lämna remissvar, 11 februari 2013 kl. 10:30) stämmer inte: raden har ändrats: dess innehåll ger inte dess kontrollsumma.',
        },
        message: 'Rad 5 i loggen (lämna remissvar, 11 februari 2013 kl. 10:30) stämmer inte: raden har ändrats: dess innehåll ger inte dess kontrollsumma.',
        verifiedAt: '2013-02-12T08:00:00.000Z',
      },
    },
  })
  verify(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string) {
    return this.verification.verify(toActor(user), id);
  }
}
