import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { Role } from '@remiss/domain';

export interface AuthenticatedUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  organisationId: string;
  organisationSlug: string;
}

/** The bearer token or session cookie a request came with (for sign-out). */
export interface RequestToken {
  jti: string;
  expiresAt: Date;
  /** the web UI's session cookie rather than an Authorization header */
  viaCookie?: boolean;
  /** An API token (jti is its id): it is revoked by an administrator, not signed out. */
  apiToken?: true;
}

export const IS_PUBLIC = 'remiss:isPublic';
/** Routes anyone may call without a token (health, docs); throttled per client address except health. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export const ROLES_KEY = 'remiss:roles';
/** Routes only some roles may call. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthenticatedUser => {
  return ctx.switchToHttp().getRequest<{ user: AuthenticatedUser }>().user;
});

export const CurrentToken = createParamDecorator((_: unknown, ctx: ExecutionContext): RequestToken => {
  return ctx.switchToHttp().getRequest<{ token: RequestToken }>().token;
});
