import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DirectoryUseCases, OrganisationQueries } from '@remiss/application';
import { toActor } from '../auth/actor';
import { AuthenticatedUser, CurrentUser, Roles } from '../auth/current-user';
import { ApiZodBody, ApiZodQuery } from '../http/api-zod-body';
import { parseInput } from '../http/parse-input';
import { ApiZodResponse } from '../http/api-zod-response';
import { ORGANISATION_DETAIL_EXAMPLE, ORGANISATION_VIEW_EXAMPLE, organisationDetailSchema, organisationSchema } from './directory.responses';
import { ApiPageResponse, pageQuerySchema } from '../http/page-query';
import { IDEMPOTENCY_HEADER_DOC } from '../documents/documents.openapi';
import { createOrganisationSchema, ORGANISATION_EXAMPLE, REGISTRY_FORMAT_EXAMPLE, registryFormatSchema } from './directory.schemas';


@ApiTags('Organisationer')
@ApiBearerAuth()
@Controller('organisations')
export class OrganisationsController {
  constructor(
    private readonly queries: OrganisationQueries,
    private readonly directory: DirectoryUseCases,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Alla organisationer med typ, registratorns e-post och överordnad organisation' })
  @ApiZodQuery(pageQuerySchema)
  @ApiPageResponse('OrganisationPage', organisationSchema, ORGANISATION_VIEW_EXAMPLE)
  list(@Query() query: unknown) {
    return this.queries.list(parseInput(pageQuerySchema, query, 'query'));
  }

  @Get(':id')
  @ApiOperation({ summary: 'En organisation med kontaktpersoner och underordnade organisationer (nämnder)' })
  @ApiZodResponse(200, undefined, organisationDetailSchema, ORGANISATION_DETAIL_EXAMPLE)
  get(@Param('id') id: string) {
    return this.queries.get(id);
  }

  @Post()
  @Roles('admin', 'secretariat')
  @ApiOperation({
    summary: 'Lägg till en organisation',

    description: 'Administratörer lägger till vilken organisation som helst; ett kansli lägger till nämnder (kind committee) under sin egen organisation, t.ex. för interna remisser.',
  })
  @ApiZodBody(createOrganisationSchema, ORGANISATION_EXAMPLE)
  @ApiZodResponse(201, undefined, organisationDetailSchema, { ...ORGANISATION_DETAIL_EXAMPLE, ...ORGANISATION_EXAMPLE, id: 'c55f42c7-bfe3-4b67-8037-ea6420e5b605', parentName: 'Ekerö kommun', contacts: [], children: [] })
  @ApiHeader(IDEMPOTENCY_HEADER_DOC)
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: unknown) {
    return this.directory.createOrganisation(toActor(user), parseInput(createOrganisationSchema, body));
  }

  @Put(':id/registry-format')
  @Roles('admin', 'secretariat')
  @ApiOperation({
    summary: 'Ändra hur organisationen numrerar sina ärenden och deras handlingar',
    description:
      'Ärendenummer: text med {yy} eller {yyyy} (år) och ett löpnummer {n} eller {nnnn} (utfyllt med nollor), t.ex. KSL/{yy}/{nnnn} eller KS{yy}/{n}. ' +
      'Handlingar: {case} (ärendets nummer) och ett löpnummer, t.ex. {case}-{n} (KS13/250-133). Gäller nya nummer; givna nummer ändras inte. ' +
      'Administratörer ändrar vilken organisation som helst, ett kansli sin egen.',
  })
  @ApiZodBody(registryFormatSchema, REGISTRY_FORMAT_EXAMPLE)
  @ApiZodResponse(200, undefined, organisationDetailSchema, ORGANISATION_DETAIL_EXAMPLE)
  setRegistryFormat(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: unknown) {
    return this.directory.setRegistryFormat(toActor(user), id, parseInput(registryFormatSchema, body));
  }
}
