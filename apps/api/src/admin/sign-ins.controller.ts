import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Roles } from '../auth/current-user';
import { SignInAudit } from '../auth/sign-in-audit';
import { ApiZodQuery } from '../http/api-zod-body';
import { ApiProvisionalPageResponse, pageQuerySchema } from '../http/page-query';
import { parseInput } from '../http/parse-input';

@ApiTags('Administration')
@ApiBearerAuth()
@ApiCookieAuth()
@Controller('admin')
export class SignInsController {
  constructor(private readonly audit: SignInAudit) {}

  @Get('sign-ins')
  @Roles('admin')
  @ApiOperation({ summary: 'Inloggningar, lyckade och misslyckade, nyaste först: den egna organisationens (KSL:s administratörer ser alla, även försök med okända konton)' })
  @ApiZodQuery(pageQuerySchema)
  @ApiProvisionalPageResponse('SignInPage', {
    id: '17',
    at: '2013-02-11T09:30:00.000Z',
    method: 'oidc',
    success: false,
    reason: 'domain-not-allowed',
    email: 'anna@example.com',
    userId: null,
    userName: null,
    organisationId: '3f0e6a4c-8f0d-4a51-9c0e-1d2f3a4b5c6d',
    organisationName: 'Ekerö kommun',
    providerId: '9a0e6a4c-8f0d-4a51-9c0e-1d2f3a4b5c6d',
    providerName: 'Ekerö kommun',
    clientAddress: '192.0.2.10',
  })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: unknown) {
    return this.audit.list(user, parseInput(pageQuerySchema, query, 'query'));
  }
}
