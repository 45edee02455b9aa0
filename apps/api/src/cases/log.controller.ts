import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { apiSchema, ApiZodResponse } from '../http/api-zod-response';
import { id, instant } from '../http/response-fields';
import { LogVerificationQuery } from '@remiss/application';
import { toActor } from '../auth/actor';
import { AuthenticatedUser, CurrentUser, Roles } from '../auth/current-user';

const HASH = 'a3f1c09e5b7d2e4f6a8c0b1d3e5f7a9c2b4d6e8f0a1c3e5b7d9f1a2c4e6b8d0f';

const logVerificationSchema = apiSchema(
  'LogVerification',
  z.object({
    caseId: id(),
    ok: z.boolean(),
    rows: z.number().int(),
    verifiedRows: z.number().int(),
    head: z.string().describe('Loggens kontrollsumma som ärendet visar'),
    computedHead: z.string(),
    firstMismatch: z
      .object({
        position: z.number().int(),
        rowId: z.string().nullable(),
        event: z.string().nullable(),
        eventText: z.string().nullable(),
        at: instant().nullable(),
        atText: z.string().nullable(),
        mismatch: z.array(z.string()),
        message: z.string(),
      })
      .nullable(),
    message: z.string(),
    verifiedAt: instant(),
  }),
);

const LOG_VERIFICATION_EXAMPLE = {
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
};

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
  @ApiZodResponse(200, undefined, logVerificationSchema, LOG_VERIFICATION_EXAMPLE)
  verify(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string) {
    return this.verification.verify(toActor(user), id);
  }
}
