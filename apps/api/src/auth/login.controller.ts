import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiBearerAuth, ApiNoContentResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { ApiZodBody } from '../http/api-zod-body';
import { parseInput } from '../http/parse-input';
import { AuthenticatedUser, CurrentToken, CurrentUser, Public, RequestToken } from './current-user';
import { LOGIN_EXAMPLE, loginSchema } from './login.schemas';
import { ApiZodResponse } from '../http/api-zod-response';
import { loginResultSchema, SIGNED_IN_USER_EXAMPLE, signedInUserSchema } from './login.responses';
import { LoginService } from './login.service';
import { revokeToken } from './session-user';
import { ThrottleService, withRetryAfter } from './throttle.service';

@ApiTags('Inloggning')
@Controller('auth')
export class LoginController {
  constructor(
    private readonly logins: LoginService,
    private readonly throttle: ThrottleService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Logga in med e-post och lösenord; svarar med en bearer-token och användaren' })
  @ApiResponse({ status: 401, description: 'Fel e-postadress eller lösenord' })
  @ApiZodResponse(200, undefined, loginResultSchema, { token: 'eyJhbGciOiJIUzI1NiJ9.…', user: SIGNED_IN_USER_EXAMPLE })
  @ApiZodBody(loginSchema, LOGIN_EXAMPLE)
  login(@Body() body: unknown, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const { email, password } = parseInput(loginSchema, body);
    return withRetryAfter(response, this.throttle.login(email, request.ip ?? 'unknown', () => this.logins.login(email, password)));
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Logga ut: token slutar gälla direkt (på alla API-instanser)' })
  @ApiNoContentResponse({ description: 'Utloggad' })
  async logout(@CurrentUser() user: AuthenticatedUser, @CurrentToken() token: RequestToken): Promise<void> {
    await revokeToken(this.dataSource, user.id, token);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Den inloggade användaren med organisation och roll' })
  @ApiZodResponse(200, undefined, signedInUserSchema, SIGNED_IN_USER_EXAMPLE)
  me(@CurrentUser() user: AuthenticatedUser) {
    return this.logins.me(user.id);
  }
}
