import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DirectoryUseCases, OrganisationQueries } from '@remiss/application';
import { toActor } from '../auth/actor';
import { AuthenticatedUser, CurrentUser, Roles } from '../auth/current-user';
import { IDEMPOTENCY_HEADER_DOC } from '../documents/documents.openapi';
import { ApiZodBody } from '../http/api-zod-body';
import { parseInput } from '../http/parse-input';
import { createGroupSchema, createUserSchema, GROUP_EXAMPLE, USER_EXAMPLE } from './directory.schemas';

@ApiTags('Mottagargrupper')
@ApiBearerAuth()
@Controller('groups')
export class GroupsController {
  constructor(
    private readonly queries: OrganisationQueries,
    private readonly directory: DirectoryUseCases,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Din organisations mottagargrupper med medlemmar' })
  @ApiOkResponse({
    schema: { example: [{ id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', slug: 'sodertorn', name: 'Södertörn', members: [{ id: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b', slug: 'botkyrka', name: 'Botkyrka kommun' }] }] },
  })
  list(@CurrentUser() user: AuthenticatedUser) {
    return this.queries.groups(toActor(user));
  }

  @Post()
  @Roles('admin', 'secretariat')
  @ApiOperation({ summary: 'Skapa en mottagargrupp i din organisation' })
  @ApiZodBody(createGroupSchema, GROUP_EXAMPLE)
  @ApiHeader(IDEMPOTENCY_HEADER_DOC)
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: unknown) {
    return this.directory.createGroup(toActor(user), parseInput(createGroupSchema, body));
  }
}

@ApiTags('Användare')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly directory: DirectoryUseCases) {}

  @Post()
  @Roles('admin', 'secretariat')
  @ApiOperation({
    summary: 'Lägg till en användare och skicka inbjudan (en länk för att välja lösenord)',
    description:
      'En organisations administratörer i sin organisation och dess nämnder, KSL:s administratörer i vilken som helst (organisationId); ett kansli i sin egen organisation, dock inte administratörer. ' +
      'kind system (bara administratörer): ett systemkonto för en integration, utan lösenord och inbjudan; det använder API-nycklar.',
  })
  @ApiCreatedResponse({ schema: { type: 'object', example: { id: '3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a', name: 'Anna Andersson', email: 'anna.andersson@ekero.example.se', role: 'officer', kind: 'person', organisationId: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b', invitationSent: true } } })
  @ApiZodBody(createUserSchema, USER_EXAMPLE)
  @ApiHeader(IDEMPOTENCY_HEADER_DOC)
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: unknown) {
    return this.directory.createUser(toActor(user), parseInput(createUserSchema, body));
  }
}
