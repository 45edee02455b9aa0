import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiBearerAuth, ApiCookieAuth, ApiNoContentResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { ConflictError, ForbiddenError, RateLimitedError } from '@remiss/domain';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { isForeignRequest } from '../admin/queue-dashboard.auth';
import { ApiZodBody } from '../http/api-zod-body';
import { parseInput } from '../http/parse-input';
import { AuthenticatedUser, CurrentToken, CurrentUser, Public, RequestToken } from './current-user';
import { LOGIN_EXAMPLE, loginSchema } from './login.schemas';
import { ApiZodResponse } from '../http/api-zod-response';
import { loginResultSchema, SIGNED_IN_USER_EXAMPLE, signedInUserSchema } from './login.responses';
import { LoginService } from './login.service';
import { revokeToken } from './session-user';
import { SignInAudit } from './sign-in-audit';
import { ThrottleService, withRetryAfter } from './throttle.service';
import { TokenService } from './token.service';
import { clearSessionCookies, csrfTokenFor, setSessionCookie, WEB_SESSION_AUDIENCE } from './web-session';


@ApiTags('Inloggning')
@Controller('auth')
export class LoginController {
  constructor(
    private readonly logins: LoginService,
    private readonly throttle: ThrottleService,
    private readonly audit: SignInAudit,
    private readonly tokens: TokenService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
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
    return this.throttled(email, request, response, () => this.logins.login(email, password, request.ip ?? 'unknown'));
  }

  /** The web UI's password sign-in: the session goes in an HttpOnly cookie, the answer carries the CSRF token. */
  @Post('session')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Webbgränssnittets inloggning med lösenord: sätter sessionskakan (HttpOnly) och svarar med användaren och CSRF-koden' })
  @ApiResponse({ status: 401, description: 'Fel e-postadress eller lösenord' })
  @ApiResponse({ status: 403, description: 'Begäran kom från en annan webbplats' })
  @ApiResponse({ status: 429, description: 'För många misslyckade försök för kontot eller adressen; Retry-After anger sekunder att vänta' })
  @ApiZodResponse(200, undefined, signedInUserSchema, { ...SIGNED_IN_USER_EXAMPLE, csrfToken: 'd2f1c0…' })
  @ApiZodBody(loginSchema, LOGIN_EXAMPLE)
  async session(@Body() body: unknown, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    // Login CSRF: another site must not sign a visitor in to an account of its choosing.
    if (isForeignRequest(request, this.config.publicUrl)) throw new ForbiddenError('Inloggningen måste göras från Remiss egen webbplats.', 'AUTH.FOREIGN_ORIGIN');
    const { email, password } = parseInput(loginSchema, body);
    const { token, user } = await this.throttled(email, request, response, () => this.logins.login(email, password, request.ip ?? 'unknown', { audience: WEB_SESSION_AUDIENCE }));
    setSessionCookie(request, response, this.config, token);
    const session = this.tokens.verify(token, { audience: WEB_SESSION_AUDIENCE })!;
    return { ...user, csrfToken: csrfTokenFor(request, response, this.config, session.jti, true) };
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiCookieAuth()
  @ApiOperation({ summary: 'Logga ut: token eller sessionskakan slutar gälla direkt (på alla API-instanser)' })
  @ApiNoContentResponse({ description: 'Utloggad' })
  @ApiResponse({ status: 409, description: 'En API-nyckel loggar inte ut' })
  async logout(@CurrentUser() user: AuthenticatedUser, @CurrentToken() token: RequestToken, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    if (token.apiToken) throw new ConflictError('AUTH.API_TOKEN_LOGOUT', 'En API-nyckel loggar inte ut; en administratör återkallar den.');
    await revokeToken(this.dataSource, user.id, token);
    if (token.viaCookie) clearSessionCookies(request, response, this.config);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiCookieAuth()
  @ApiOperation({ summary: 'Den inloggade användaren med organisation och roll (med sessionskakan också CSRF-koden)' })
  @ApiZodResponse(200, undefined, signedInUserSchema, SIGNED_IN_USER_EXAMPLE)
  async me(@CurrentUser() user: AuthenticatedUser, @CurrentToken() token: RequestToken, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const me = await this.logins.me(user.id);
    return token.viaCookie ? { ...me, csrfToken: csrfTokenFor(request, response, this.config, token.jti) } : me;
  }

  private async throttled<T>(email: string, request: Request, response: Response, attempt: () => Promise<T>): Promise<T> {
    const address = request.ip ?? 'unknown';
    try {
      return await withRetryAfter(response, this.throttle.login(email, address, attempt));
    } catch (error) {
      if (error instanceof RateLimitedError) await this.audit.record({ method: 'password', success: false, reason: 'throttled', email, clientAddress: address });
      throw error;
    }
  }
}
