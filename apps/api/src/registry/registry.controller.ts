import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiTextResponse } from '../http/api-text-response';
import { registryEntrySchema } from './registry.responses';
import { ApiZodQuery } from '../http/api-zod-body';
import { ApiPageResponse, pageQuerySchema } from '../http/page-query';
import { ListRegistryQuery, registryCsv } from '@remiss/application';
import { z } from 'zod';
import { toActor } from '../auth/actor';
import { AuthenticatedUser, CurrentUser } from '../auth/current-user';
import { parseInput } from '../http/parse-input';
import { UUID_PATTERN } from '@remiss/domain';

/** The most rows one CSV export holds. */
const CSV_MAX_ROWS = 100_000;

const filterOnlySchema = z.object({
  year: z.coerce.number().int('måste vara ett heltal').min(1900).max(2200).optional().describe('Diarieår'),
  direction: z.enum(['in', 'out', 'internal']).optional().describe('Inkommande, utgående eller intern'),
  q: z.string().trim().max(200).optional().describe('Fritext i diarienummer, motpart, ärendemening och motpartens nummer'),
  caseId: z.string().regex(UUID_PATTERN, 'måste vara ett UUID').toLowerCase().optional().describe('Bara ett ärendes poster'),
});
const filterSchema = filterOnlySchema.extend(pageQuerySchema.shape);

const ITEM_EXAMPLE = {
  id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  date: '2013-02-11',
  registeredAt: '2013-02-11T09:30:00.000Z',
  number: 'KSL/12/0053-1',
  direction: 'out',
  counterpart: 'Ekerö kommun',
  subject: 'Remiss: Överenskommelse om samverkan gällande nyanlända',
  externalNumber: null,
  caseNumber: 'KSL/12/0053',
  formerNumber: null,
  case: { id: '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d', registryNumber: 'KSL/12/0053', title: 'Revidering av överenskommelsen om nyanlända' },
  document: { id: '6f1d3c1e-2b7a-4c55-9a35-0f3c7f1d9b10', title: 'Remissversion', filename: 'Överenskommelse.pdf' },
};


@ApiTags('Diarium')
@ApiBearerAuth()
@Controller()
export class RegistryController {
  constructor(private readonly registry: ListRegistryQuery) {}

  @Get('registry')
  @ApiOperation({ summary: 'Din organisations diarium, nyast först (sidindelat)' })
  @ApiZodQuery(filterSchema)
  @ApiPageResponse('RegistryPage', registryEntrySchema, ITEM_EXAMPLE)
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: unknown) {
    return this.registry.execute(toActor(user), parseInput(filterSchema, query, 'query'));
  }

  @Get('registry.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', `attachment; filename="diarium.csv"`)
  @ApiOperation({ summary: 'Diariet som CSV för Excel (UTF-8 med BOM, semikolon som avgränsare)' })
  @ApiZodQuery(filterOnlySchema)
  @ApiProduces('text/csv')
  @ApiTextResponse('text/csv', 'Diariet (UTF-8 med BOM, semikolon)', '\uFEFFDatum;Diarienummer;Riktning;Motpart;Ärendemening;Ärende;Ärendets diarienummer;Dokument;Motpartens nummer\r\n')
  async csv(@CurrentUser() user: AuthenticatedUser, @Query() query: unknown) {
    const filter = parseInput(filterOnlySchema, query, 'query');
    const page = await this.registry.execute(toActor(user), { ...filter, limit: CSV_MAX_ROWS });
    return registryCsv(page.items);
  }
}
