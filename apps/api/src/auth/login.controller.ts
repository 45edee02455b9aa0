import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiZodBody } from '../http/api-zod-body';
import { parseInput } from '../http/parse-input';
import { AuthenticatedUser, CurrentUser, Public } from './current-user';
import { LOGIN_EXAMPLE, loginSchema } from './login.schemas';
import { LoginService } from './login.service';

@ApiTags('Inloggning')
@Controller('auth')
export class LoginController {
  constructor(private readonly logins: LoginService) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Logga in med e-post och lösenord; svarar med en bearer-token och användaren' })
  @ApiZodBody(loginSchema, LOGIN_EXAMPLE)
  login(@Body() body: unknown) {
    const { email, password } = parseInput(loginSchema, body);
    return this.logins.login(email, password);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Den inloggade användaren med organisation och roll' })
  me(@CurrentUser() user: AuthenticatedUser) {
    return this.logins.me(user.id);
  }
}
