import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { ForbiddenError, Role, UnauthenticatedError } from '@remiss/domain';
import { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { AuthenticatedUser, IS_PUBLIC, RequestToken, ROLES_KEY } from './current-user';
import { acceptApiToken, isApiToken } from './api-token-user';
import { REFUSAL_MESSAGES, sessionUser } from './session-user';
import { ThrottleService, withRetryAfter } from './throttle.service';
import { TokenService } from './token.service';

/** Public paths that are not throttled (load balancers poll them often from few addresses). */
const UNTHROTTLED_PATHS = new Set(['/health', '/health/live', '/health/ready']);

/**
 * Bearer JWT; the user is loaded on every request so that a removed account stops at once, and
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
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (match && isApiToken(match[1])) return acceptApiToken(this.dataSource, request, match[1], this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets));
    const token = match ? this.tokens.verify(match[1]) : null;
    if (!token) throw new UnauthenticatedError('Du måste logga in (saknad eller ogiltig token).');
    const found = await sessionUser(this.dataSource, token);
    if ('refused' in found) throw new UnauthenticatedError(REFUSAL_MESSAGES[found.refused]);
    const { user } = found;
    request.user = user;
    request.token = { jti: token.jti, expiresAt: token.expiresAt };
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(user.role)) throw new ForbiddenError();
    return true;
  }
}
