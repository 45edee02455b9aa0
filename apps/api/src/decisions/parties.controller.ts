import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { PartiesQuery, RegisterTerminationUseCase } from '@remiss/application';
import { Response } from 'express';
import { toActor } from '../auth/actor';
import { AuthenticatedUser, CurrentUser } from '../auth/current-user';
import { ApiZodBody } from '../http/api-zod-body';
import { ApiZodResponse } from '../http/api-zod-response';
import { ApiTextResponse } from '../http/api-text-response';
import { PARTY_REGISTER_EXAMPLE, partyRegisterSchema, TERMINATION_RESULT_EXAMPLE, terminationResultSchema } from './decision.responses';
import { parseInput } from '../http/parse-input';
import { terminationSchema } from './decision.schemas';

@ApiTags('Partsregister')
@ApiBearerAuth()
@Controller('cases')
export class PartiesController {
  constructor(
    private readonly parties: PartiesQuery,
    private readonly terminations: RegisterTerminationUseCase,
  ) {}

  @Get(':id/parties')
  @ApiOperation({ summary: 'Partsregistret: parter (gäller från beslutet), icke-parter, väntande och uppsagda, per dagens datum' })
  @ApiZodResponse(200, undefined, partyRegisterSchema, PARTY_REGISTER_EXAMPLE)
  list(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string) {
    return this.parties.register(toActor(user), id);
  }

  @Get(':id/parties.csv')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'Partsregistret som CSV (UTF-8 med BOM, semikolon)' })
  @ApiTextResponse('text/csv', 'Partsregistret', '\uFEFFKommun;Status;Gäller från;Beslut\r\nTyresö kommun;Part;2013-10-22;Kommunstyrelsen 2013-10-22 § 180\r\n')
  async csv(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Res() response: Response) {
    const csv = await this.parties.csv(toActor(user), id);
    response.type('text/csv; charset=utf-8').setHeader('Content-Disposition', `attachment; filename="partsregister-${id}.csv"`);
    response.send(csv);
  }

  @Post(':id/terminations')
  @ApiOperation({ summary: 'Registrera en uppsägning; överenskommelsen upphör att gälla för parten nio månader efter att uppsägningen kom fram (§ 9)' })
  @ApiZodResponse(201, undefined, terminationResultSchema, TERMINATION_RESULT_EXAMPLE)
  @ApiZodBody(terminationSchema, { organisationId: '00000000-0000-0000-0000-000000000000', noticeReachedDate: '2015-03-02', note: 'Uppsägning enligt KF-beslut.' })
  terminate(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: unknown) {
    return this.terminations.execute(toActor(user), id, parseInput(terminationSchema, body));
  }
}
