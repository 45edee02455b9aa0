import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { safeReturnPath } from '@remiss/domain';
import type { CookieOptions, Request, Response } from 'express';
import { z } from 'zod';
import { Public } from '../auth/current-user';
import { TokenService } from '../auth/token.service';
import { secureCookies, setSessionCookie, WEB_SESSION_AUDIENCE } from '../auth/web-session';
import { ApiZodQuery } from '../http/api-zod-body';
import { parseInput } from '../http/parse-input';
import { IdentityProviderStore } from './identity-provider.store';
import { OIDC_LOGIN_TTL_SECONDS, OidcSignIn } from './oidc-sign-in.service';

/** Binds a sign-in under way to the browser that started it (the callback's state must equal it). */
const STATE_COOKIE = 'remiss_oidc_state';
const STATE_COOKIE_PATH = '/auth/oidc';
/** The web UI's sign-in page, where a refused sign-in is explained (`fel` = the reason's code). */
const SIGN_IN_PAGE = '/app/logga-in';

const startQuery = z.object({
  returnTo: z.string().max(2000).optional().describe('Sidan i webbgränssnittet att öppna efter inloggningen (en sökväg under /app; annat ger startsidan)'),
});

const callbackQuery = z.object({
  code: z.string().max(4000).optional().describe('Koden från leverantören'),
  state: z.string().max(4000).optional().describe('Det state som inloggningen startades med'),
  iss: z.string().max(4000).optional().describe('Leverantörens utfärdare (RFC 9207)'),
  error: z.string().max(4000).optional().describe('Leverantörens felkod, om inloggningen avbröts där'),
  error_description: z.string().max(4000).optional(),
});

@ApiTags('Inloggning')
@Controller('auth/oidc')
export class OidcController {
  constructor(
    private readonly providers: IdentityProviderStore,
    private readonly signIn: OidcSignIn,
    private readonly tokens: TokenService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('providers')
  @Public()
  @ApiOperation({ summary: 'Inloggningstjänsterna (OpenID Connect) som inloggningssidan visar' })
  @ApiOkResponse({
    schema: { type: 'array', items: { type: 'object', properties: { id: { type: 'string', format: 'uuid' }, displayName: { type: 'string' }, organisationName: { type: 'string' } } } },
  })
  list() {
    return this.providers.publicList();
  }

  @Get(':providerId/start')
  @Public()
  @ApiOperation({ summary: 'Börja logga in hos leverantören: omdirigerar dit (PKCE, state och nonce)' })
  @ApiZodQuery(startQuery)
  @ApiResponse({ status: 302, description: 'Till leverantörens inloggning, eller till inloggningssidan med `fel` om leverantören inte svarar' })
  @ApiResponse({ status: 404, description: 'Ingen sådan (påslagen) inloggningstjänst' })
  async start(@Param('providerId') providerId: string, @Query() query: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { returnTo } = parseInput(startQuery, query, 'query');
    const started = await this.signIn.start(providerId, safeReturnPath(returnTo), req.ip ?? 'unknown');
    if (!started.ok) return res.redirect(302, `${SIGN_IN_PAGE}?fel=${started.reason}`);
    res.cookie(STATE_COOKIE, started.state, { ...this.stateCookie(req), maxAge: OIDC_LOGIN_TTL_SECONDS * 1000 });
    res.redirect(302, started.url);
  }

  @Get('callback')
  @Public()
  @ApiOperation({ summary: 'Leverantörens svar: kontrollerar state, PKCE och ID-token, skapar eller uppdaterar användaren och sätter sessionskakan' })
  @ApiZodQuery(callbackQuery)
  @ApiResponse({ status: 303, description: 'Till sidan i webbgränssnittet (inloggad), eller till inloggningssidan med `fel` (t.ex. domain-not-allowed, no-role, callback-invalid)' })
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?') + 1) : '';
    const cookie = (req.cookies as Record<string, unknown> | undefined)?.[STATE_COOKIE];
    res.clearCookie(STATE_COOKIE, this.stateCookie(req));
    const outcome = await this.signIn.callback(query, typeof cookie === 'string' ? cookie : undefined, req.ip ?? 'unknown');
    if (!outcome.ok) return res.redirect(303, `${SIGN_IN_PAGE}?fel=${outcome.reason}`);
    setSessionCookie(req, res, this.config, this.tokens.sign(outcome.userId, { audience: WEB_SESSION_AUDIENCE }));
    res.redirect(303, safeReturnPath(outcome.returnTo));
  }

  private stateCookie(req: Request): CookieOptions {
    return { httpOnly: true, sameSite: 'lax', secure: secureCookies(req, this.config), path: STATE_COOKIE_PATH };
  }
}
