import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DirectoryUseCases, OrganisationQueries } from '@remiss/application';
import { toActor } from '../auth/actor';
import { AuthenticatedUser, CurrentUser, Roles } from '../auth/current-user';
import { IDEMPOTENCY_HEADER_DOC } from '../documents/documents.openapi';
import { ApiZodBody, ApiZodQuery } from '../http/api-zod-body';
import { parseInput } from '../http/parse-input';
import { ApiZodResponse } from '../http/api-zod-response';
import { GROUP_VIEW_EXAMPLE, groupSchema, USER_VIEW_EXAMPLE, userSchema } from './directory.responses';
import { ApiPageResponse, pageQuerySchema } from '../http/page-query';
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
  @ApiZodQuery(pageQuerySchema)
  @ApiPageResponse('GroupPage', groupSchema, GROUP_VIEW_EXAMPLE)
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: unknown) {
    return this.queries.groups(toActor(user), parseInput(pageQuerySchema, query, 'query'));
  }

  @Post()
  @Roles('admin', 'secretariat')
  @ApiOperation({ summary: 'Skapa en mottagargrupp i din organisation' })
  @ApiZodBody(createGroupSchema, GROUP_EXAMPLE)
  @ApiZodResponse(201, undefined, groupSchema, { ...GROUP_VIEW_EXAMPLE, slug: GROUP_EXAMPLE.slug })
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
  @ApiZodBody(createUserSchema, USER_EXAMPLE)
  @ApiZodResponse(201, undefined, userSchema, USER_VIEW_EXAMPLE)
  @ApiHeader(IDEMPOTENCY_HEADER_DOC)
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: unknown) {
    return this.directory.createUser(toActor(user), parseInput(createUserSchema, body));
  }
}
