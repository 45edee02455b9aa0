import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DirectoryUseCases, OrganisationQueries } from '@remiss/application';
import { toActor } from '../auth/actor';
import { AuthenticatedUser, CurrentUser, Roles } from '../auth/current-user';
import { ApiZodBody } from '../http/api-zod-body';
import { parseInput } from '../http/parse-input';
import { IDEMPOTENCY_HEADER_DOC } from '../documents/documents.openapi';
import { createOrganisationSchema, ORGANISATION_EXAMPLE, REGISTRY_FORMAT_EXAMPLE, registryFormatSchema } from './directory.schemas';

const VIEW_EXAMPLE = {
  id: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
  slug: 'ekero',
  name: 'Ekerö kommun',
  kind: 'municipality',
  registryPrefix: 'KS',
  registryEmail: 'registrator@ekero.example.se',
  caseNumberFormat: 'KS{yy}/{n}',
  documentNumberFormat: '{case}-{n}',
  parentId: null,
  parentName: null,
  passwordSignIn: true,
};

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
  @ApiOkResponse({ schema: { example: [VIEW_EXAMPLE] } })
  list() {
    return this.queries.list();
  }

  @Get(':id')
  @ApiOperation({ summary: 'En organisation med kontaktpersoner och underordnade organisationer (nämnder)' })
  @ApiOkResponse({
    schema: {
      example: {
        ...VIEW_EXAMPLE,
        contacts: [{ id: '3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a', name: 'Handläggare Ekerö', email: 'handlaggare@ekero.example.se', role: 'officer' }],
        children: [],
      },
    },
  })
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
  @ApiOkResponse({ schema: { example: { ...VIEW_EXAMPLE, contacts: [], children: [] } } })
  setRegistryFormat(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: unknown) {
    return this.directory.setRegistryFormat(toActor(user), id, parseInput(registryFormatSchema, body));
  }
}
