import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { ForbiddenError, Role, UnauthenticatedError } from '@remiss/domain';
import { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { AuthenticatedUser, IS_PUBLIC, RequestToken, ROLES_KEY } from './current-user';
import { requestCredentials, SAFE_METHODS } from './request-credentials';
import { REFUSAL_MESSAGES, sessionUser } from './session-user';
import { acceptApiToken, isApiToken } from './api-token-user';
import { ThrottleService, withRetryAfter } from './throttle.service';
import { TokenService } from './token.service';
import { hasValidCsrfToken, WEB_SESSION_AUDIENCE } from './web-session';

/** Public paths that are not throttled (load balancers poll them often from few addresses). */
const UNTHROTTLED_PATHS = new Set(['/health', '/health/live', '/health/ready']);

/**
 * Bearer JWT or the web session cookie (with a CSRF token on unsafe methods); the user is loaded on every request so that a removed account stops at once, and
 * the same query tells whether the token was signed out (no extra round trip, so no cache).
 * Public routes are throttled per client address instead.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly throttle: ThrottleService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<Request & { user?: AuthenticatedUser; token?: RequestToken }>();
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) {
      if (!UNTHROTTLED_PATHS.has(request.path)) {
        await withRetryAfter(context.switchToHttp().getResponse<Response>(), this.throttle.publicRequest(request.ip ?? 'unknown', request.path));
      }
      return true;
    }
    // Bearer token or the web UI's session cookie (request-credentials.ts); an API token (rmt_…) is looked up in api-token-user.ts.
    const credentials = requestCredentials(request, this.config);
    if (credentials?.kind !== 'cookie' && credentials && isApiToken(credentials.token)) {
      return acceptApiToken(this.dataSource, request, credentials.token, this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets));
    }
    const token = credentials?.kind === 'cookie' ? this.tokens.verify(credentials.token, { audience: WEB_SESSION_AUDIENCE }) : credentials ? this.tokens.verify(credentials.token) : null;
    if (!token) throw new UnauthenticatedError('Du måste logga in (saknad eller ogiltig token).');
    if (credentials?.kind === 'cookie' && !SAFE_METHODS.has(request.method) && !hasValidCsrfToken(request, this.config, token.jti)) {
      throw new ForbiddenError('Begäran saknar sidans säkerhetskod (skydd mot förfalskade förfrågningar). Ladda om sidan och försök igen.', 'AUTH.CSRF');
    }
    const found = await sessionUser(this.dataSource, token);
    if ('refused' in found) throw new UnauthenticatedError(REFUSAL_MESSAGES[found.refused]);
    const { user } = found;
    request.user = user;
    request.token = { jti: token.jti, expiresAt: token.expiresAt, viaCookie: credentials?.kind === 'cookie' };
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(user.role)) throw new ForbiddenError();
    return true;
  }
}
