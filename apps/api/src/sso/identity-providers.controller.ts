import { toActor } from '../auth/actor';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ForbiddenError } from '@remiss/domain';
import { AuthenticatedUser, CurrentUser, Roles } from '../auth/current-user';
import { isServiceAdministrator } from '../auth/service-administrator';
import { ApiZodBody, ApiZodQuery } from '../http/api-zod-body';
import { ApiProvisionalPageResponse, pageQuerySchema } from '../http/page-query';
import { parseInput } from '../http/parse-input';
import {
  createIdentityProviderSchema,
  IDENTITY_PROVIDER_EXAMPLE,
  IDENTITY_PROVIDER_SCHEMA,
  updateIdentityProviderSchema,
} from './identity-provider.schemas';
import { IdentityProviderStore } from './identity-provider.store';

function requireServiceAdministrator(user: AuthenticatedUser): void {
  if (!isServiceAdministrator(user))
    throw new ForbiddenError('Bara KSL:s administratörer hanterar inloggningstjänsterna.');
}

/** KSL's administrators manage the organisations' identity providers (OpenID Connect). The client secret is never answered. */
@ApiTags('Administration')
@ApiBearerAuth()
@ApiCookieAuth()
@Controller('admin/identity-providers')
export class IdentityProvidersController {
  constructor(private readonly providers: IdentityProviderStore) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'Inloggningstjänsterna (OpenID Connect), äldsta först (KSL:s administratörer)' })
  @ApiZodQuery(pageQuerySchema)
  @ApiProvisionalPageResponse('IdentityProviderPage', { ...IDENTITY_PROVIDER_EXAMPLE, clientSecret: undefined, hasClientSecret: true })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: unknown) {
    requireServiceAdministrator(user);
    return this.providers.list(parseInput(pageQuerySchema, query, 'query'));
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Lägg till en inloggningstjänst för en organisation' })
  @ApiZodBody(createIdentityProviderSchema, IDENTITY_PROVIDER_EXAMPLE)
  @ApiCreatedResponse({ schema: IDENTITY_PROVIDER_SCHEMA })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: unknown) {
    requireServiceAdministrator(user);
    return this.providers.create(parseInput(createIdentityProviderSchema, body), toActor(user));
  }

  @Get(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'En inloggningstjänst (utan hemlighet)' })
  @ApiOkResponse({ schema: IDENTITY_PROVIDER_SCHEMA })
  get(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string) {
    requireServiceAdministrator(user);
    return this.providers.get(id);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Ändra en inloggningstjänst (bara fälten som skickas)' })
  @ApiZodBody(updateIdentityProviderSchema, { displayName: 'Ekerö kommun (Entra ID)', enabled: false })
  @ApiOkResponse({ schema: IDENTITY_PROVIDER_SCHEMA })
  update(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: unknown) {
    requireServiceAdministrator(user);
    return this.providers.update(id, parseInput(updateIdentityProviderSchema, body), toActor(user));
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('admin')
  @ApiOperation({ summary: 'Ta bort en inloggningstjänst (användarna den skapat finns kvar)' })
  @ApiNoContentResponse({ description: 'Borttagen' })
  async remove(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string): Promise<void> {
    requireServiceAdministrator(user);
    await this.providers.remove(id, toActor(user));
  }
}
