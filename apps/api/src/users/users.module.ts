import { Module } from '@nestjs/common';
import { ApiTokenUseCases, AuditLogQuery, PasswordUseCases, UserAdminUseCases } from '@remiss/application';
import { AuthModule } from '../auth/auth.module';
import { PasswordController } from './password.controller';
import { UserAdminController } from './user-admin.controller';

/** User administration, API tokens, the audit log, and the public password pages' endpoints. */
@Module({
  imports: [AuthModule],
  controllers: [UserAdminController, PasswordController],
  providers: [UserAdminUseCases, ApiTokenUseCases, AuditLogQuery, PasswordUseCases],
})
export class UsersModule {}
