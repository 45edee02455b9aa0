import { Module } from '@nestjs/common';
import { SignInsController } from '../admin/sign-ins.controller';
import { LoginController } from './login.controller';
import { LoginService } from './login.service';
import { SignInAudit } from './sign-in-audit';
import { ThrottleService } from './throttle.service';
import { TokenService } from './token.service';

/** Password sign-in, the web session, sign-out, throttling and the sign-in audit; the guard itself is registered globally by the API module. */
@Module({
  controllers: [LoginController, SignInsController],
  providers: [LoginService, TokenService, ThrottleService, SignInAudit],
  exports: [ThrottleService, TokenService, SignInAudit],
})
export class AuthModule {}
