import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { PasswordUseCases } from '@remiss/application';
import type { Request, Response } from 'express';
import { Public } from '../auth/current-user';
import { ThrottleService, withRetryAfter } from '../auth/throttle.service';
import { ApiZodBody } from '../http/api-zod-body';
import { ApiZodResponse } from '../http/api-zod-response';
import { passwordLinkSchema, passwordResetRequestedSchema, passwordSetSchema } from './user-admin.responses';
import { parseInput } from '../http/parse-input';
import { checkLinkSchema, forgotPasswordSchema, setPasswordSchema } from './user-admin.schemas';

export const RESET_REQUESTED = 'Om det finns ett konto med den adressen har vi skickat ett brev med en länk för att välja ett nytt lösenord. Titta i inkorgen (och skräpposten).';

/** The public side of passwords: "Glömt lösenordet?" and choosing a password from a mail link. All throttled per address. */
@ApiTags('Inloggning')
@Controller('auth')
export class PasswordController {
  constructor(
    private readonly passwords: PasswordUseCases,
    private readonly throttle: ThrottleService,
  ) {}

  @Post('forgot-password')
  @Public()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Glömt lösenordet: skicka en länk för att välja nytt lösenord till adressen',
    description: 'Samma svar oavsett om kontot finns. Högst PASSWORD_RESET_MAX_PER_ACCOUNT brev per konto och fönster (sedan inga fler, med samma svar); per adress 429.',
  })
  @ApiZodBody(forgotPasswordSchema, { email: 'kansli@ksl.se' })
  @ApiZodResponse(202, undefined, passwordResetRequestedSchema, { message: RESET_REQUESTED })
  @ApiResponse({ status: 429, description: 'För många begäranden från adressen; Retry-After anger sekunder att vänta' })
  async forgot(@Body() body: unknown, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const { email } = parseInput(forgotPasswordSchema, body);
    const allowed = await withRetryAfter(response, this.throttle.passwordReset(email, request.ip ?? 'unknown'));
    if (allowed) await this.passwords.requestReset(email);
    return { message: RESET_REQUESTED };
  }

  @Post('set-password/check')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Vems länken är (för sidan där lösenordet väljs); 400 om den är ogiltig, använd eller har gått ut' })
  @ApiZodBody(checkLinkSchema, { token: 'Zm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFyZm8' })
  @ApiZodResponse(200, undefined, passwordLinkSchema, { purpose: 'invitation', name: 'Anna Andersson', email: 'anna.andersson@ekero.example.se', organisationName: 'Ekerö kommun', expiresAt: '2026-12-08T09:00:00.000Z' })
  check(@Body() body: unknown) {
    return this.passwords.inspect(parseInput(checkLinkSchema, body).token);
  }

  @Post('set-password')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Välj lösenord med länken från inbjudan eller återställningen (en gång); alla tidigare inloggningar avslutas',
    description: 'Lösenordet: minst 12 tecken, inte samma fåtal tecken, inte ett av de vanligaste, inte e-postadressen.',
  })
  @ApiZodBody(setPasswordSchema, { token: 'Zm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFyZm8', password: 'korrekt häst batteri häftklammer' })
  @ApiZodResponse(200, undefined, passwordSetSchema, { email: 'anna.andersson@ekero.example.se' })
  setPassword(@Body() body: unknown) {
    const { token, password } = parseInput(setPasswordSchema, body);
    return this.passwords.setPassword(token, password);
  }
}
