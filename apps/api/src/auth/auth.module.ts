import { Module } from '@nestjs/common';
import { LoginController } from './login.controller';
import { LoginService } from './login.service';
import { ThrottleService } from './throttle.service';
import { TokenService } from './token.service';

/** Password sign-in, sign-out and throttling; the guard itself is registered globally by the API module. */
@Module({ controllers: [LoginController], providers: [LoginService, TokenService, ThrottleService], exports: [ThrottleService, TokenService] })
export class AuthModule {}
