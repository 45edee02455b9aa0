import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiTokenUseCases, AuditLogQuery, UserAdminUseCases } from '@remiss/application';
import { ValidationError } from '@remiss/domain';
import { toActor } from '../auth/actor';
import { AuthenticatedUser, CurrentUser, Roles } from '../auth/current-user';
import { IDEMPOTENCY_HEADER_DOC } from '../documents/documents.openapi';
import { ApiZodBody, ApiZodQuery } from '../http/api-zod-body';
import { IDEMPOTENCY_HEADER } from '../http/idempotency.interceptor';
import { ApiZodResponse } from '../http/api-zod-response';
import { ApiPageResponse, pageQuerySchema } from '../http/page-query';
import { adminUserSchema, apiTokenSchema, auditEntrySchema, createdApiTokenSchema, passwordSignInResultSchema } from './user-admin.responses';
import { parseInput } from '../http/parse-input';
import { ADMIN_USER_EXAMPLE, API_TOKEN_EXAMPLE, AUDIT_EXAMPLE, changeRoleSchema, createApiTokenSchema, passwordSignInSchema } from './user-admin.schemas';


/**
 * An organisation's administrators (and KSL's, for every organisation) administer its accounts: list,
 * roles, deactivation, invitations, API tokens of its system accounts, the password switch and the audit log.
 * Inviting is `POST /users`.
 */
@ApiTags('Användaradministration')
@ApiBearerAuth()
@Controller()
@Roles('admin')
export class UserAdminController {
  constructor(
    private readonly users: UserAdminUseCases,
    private readonly tokens: ApiTokenUseCases,
    private readonly audit: AuditLogQuery,
  ) {}

  @Get('organisations/:id/users')
  @ApiOperation({ summary: 'Organisationens användare med roll, status (aktiv, inbjuden, avstängd) och senaste inloggning, efter e-postadress' })
  @ApiZodQuery(pageQuerySchema)
  @ApiPageResponse('AdminUserPage', adminUserSchema, ADMIN_USER_EXAMPLE)
  list(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Query() query: unknown) {
    return this.users.list(toActor(user), id, parseInput(pageQuerySchema, query, 'query'));
  }

  @Post('users/:id/role')
  @HttpCode(200)
  @ApiOperation({ summary: 'Ändra en användares roll', description: 'Den sista aktiva administratören kan inte bli av med rollen (409 USERS.LAST_ADMIN).' })
  @ApiZodBody(changeRoleSchema, { role: 'secretariat' })
  @ApiZodResponse(200, undefined, adminUserSchema, ADMIN_USER_EXAMPLE)
  @ApiHeader(IDEMPOTENCY_HEADER_DOC)
  changeRole(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: unknown) {
    return this.users.changeRole(toActor(user), id, parseInput(changeRoleSchema, body).role);
  }

  @Post('users/:id/deactivate')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Stäng av ett konto: inloggning, varje token och API-nyckel nekas direkt',
    description: 'Inte det egna kontot (409 USERS.SELF_DEACTIVATION) och inte den sista aktiva administratören (409 USERS.LAST_ADMIN).',
  })
  @ApiZodResponse(200, undefined, adminUserSchema, ADMIN_USER_EXAMPLE)
  @ApiHeader(IDEMPOTENCY_HEADER_DOC)
  deactivate(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string) {
    return this.users.deactivate(toActor(user), id);
  }

  @Post('users/:id/reactivate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Aktivera ett avstängt konto igen' })
  @ApiZodResponse(200, undefined, adminUserSchema, ADMIN_USER_EXAMPLE)
  @ApiHeader(IDEMPOTENCY_HEADER_DOC)
  reactivate(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string) {
    return this.users.reactivate(toActor(user), id);
  }

  @Post('users/:id/invitation')
  @HttpCode(200)
  @ApiOperation({ summary: 'Skicka inbjudan igen (den förra länken slutar gälla)', description: '409 om användaren redan har ett lösenord, är avstängd eller är ett systemkonto.' })
  @ApiZodResponse(200, undefined, adminUserSchema, ADMIN_USER_EXAMPLE)
  @ApiHeader(IDEMPOTENCY_HEADER_DOC)
  resendInvitation(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string) {
    return this.users.resendInvitation(toActor(user), id);
  }

  @Post('organisations/:id/password-sign-in')
  @HttpCode(200)
  @ApiOperation({ summary: 'Slå på eller av inloggning med lösenord för organisationen', description: 'Av: organisationens användare loggar in med organisationens eget konto; POST /auth/login nekar dem.' })
  @ApiZodBody(passwordSignInSchema, { enabled: false })
  @ApiZodResponse(200, undefined, passwordSignInResultSchema, { organisationId: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b', passwordSignIn: false })
  @ApiHeader(IDEMPOTENCY_HEADER_DOC)
  setPasswordSignIn(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: unknown) {
    return this.users.setPasswordSignIn(toActor(user), id, parseInput(passwordSignInSchema, body).enabled);
  }

  @Get('organisations/:id/audit-log')
  @ApiOperation({ summary: 'Organisationens händelselogg för konton och inställningar, nyaste först' })
  @ApiZodQuery(pageQuerySchema)
  @ApiPageResponse('AuditLogPage', auditEntrySchema, AUDIT_EXAMPLE)
  auditLog(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Query() query: unknown) {
    return this.audit.list(toActor(user), id, parseInput(pageQuerySchema, query, 'query'));
  }

  @Get('organisations/:id/api-tokens')
  @ApiOperation({ summary: 'Organisationens API-nycklar (namn, behörighet, skapad, senast använd, av vem), nyaste först; aldrig själva nyckeln' })
  @ApiZodQuery(pageQuerySchema)
  @ApiPageResponse('ApiTokenPage', apiTokenSchema, API_TOKEN_EXAMPLE)
  listTokens(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Query() query: unknown) {
    return this.tokens.list(toActor(user), id, parseInput(pageQuerySchema, query, 'query'));
  }

  @Post('organisations/:id/api-tokens')
  @ApiOperation({
    summary: 'Skapa en API-nyckel för ett systemkonto i organisationen; nyckeln visas bara i det här svaret',
    description: 'Används som `Authorization: Bearer rmt_…`. Behörighet read: bara GET (andra metoder 403); write: som systemkontots roll.',
  })
  @ApiZodBody(createApiTokenSchema, { userId: API_TOKEN_EXAMPLE.userId, name: 'Ärendesystemet', scope: 'read' })
  @ApiZodResponse(201, undefined, createdApiTokenSchema, { ...API_TOKEN_EXAMPLE, token: 'rmt_3q2-7wJ0yTz9Vx4nQkL8mB1cR5sD6eF0gH2iJ4kL6mN' })
  createToken(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: unknown, @Headers(IDEMPOTENCY_HEADER) idempotencyKey?: string) {
    // A stored answer would keep the token at rest: this request is never replayed.
    if (idempotencyKey !== undefined) {
      throw ValidationError.field(IDEMPOTENCY_HEADER, 'används inte här: nyckeln visas bara en gång och sparas aldrig; skapa en ny om svaret gick förlorat', 'IDEMPOTENCY.NOT_SUPPORTED');
    }
    return this.tokens.create(toActor(user), id, parseInput(createApiTokenSchema, body));
  }

  @Post('api-tokens/:id/revoke')
  @HttpCode(200)
  @ApiOperation({ summary: 'Återkalla en API-nyckel; den nekas direkt (på alla API-instanser)' })
  @ApiZodResponse(200, undefined, apiTokenSchema, { ...API_TOKEN_EXAMPLE, revokedAt: '2026-12-02T10:00:00.000Z' })
  @ApiHeader(IDEMPOTENCY_HEADER_DOC)
  revokeToken(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string) {
    return this.tokens.revoke(toActor(user), id);
  }
}
