import { Module } from '@nestjs/common';
import { LoginController } from './login.controller';
import { LoginService } from './login.service';
import { TokenService } from './token.service';

/** Password sign-in; the guard itself is registered globally by the API module. */
@Module({ controllers: [LoginController], providers: [LoginService, TokenService] })
export class AuthModule {}
