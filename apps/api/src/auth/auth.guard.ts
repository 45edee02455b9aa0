import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { ForbiddenError, isUuid, Role, UnauthenticatedError } from '@remiss/domain';
import { Request } from 'express';
import { DataSource } from 'typeorm';
import { AuthenticatedUser, IS_PUBLIC, ROLES_KEY } from './current-user';
import { TokenService } from './token.service';

/** Bearer JWT; the user is loaded on every request so that a removed account stops at once. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & { user?: AuthenticatedUser }>();
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const userId = match ? this.tokens.verify(match[1]) : null;
    if (!isUuid(userId)) throw new UnauthenticatedError('Du måste logga in (saknad eller ogiltig token).');
    const rows: Array<AuthenticatedUser> = await this.dataSource.query(
      `SELECT u.id, u.name, u.email, u.role, u.organisation_id AS "organisationId", o.slug AS "organisationSlug"
         FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE u.id = $1`,
      [userId],
    );
    if (rows.length === 0) throw new UnauthenticatedError('Kontot finns inte längre.');
    request.user = rows[0];
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(rows[0].role)) throw new ForbiddenError();
    return true;
  }
}
