import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { ApiTextResponse } from '../http/api-text-response';
import { ApiExcludeEndpoint, ApiHeader, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { PublicPortalQuery } from '@remiss/application';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { DomainError } from '@remiss/domain';
import type { Request, Response } from 'express';
import { Public } from '../auth/current-user';
import { ApiZodQuery } from '../http/api-zod-body';
import { IF_NONE_MATCH_DOC } from '../http/page-query';
import { parseInput } from '../http/parse-input';
import { atomFeed } from './public-feed';
import { PUBLIC_CSS } from './public-style';
import { casePage, casesPage, diariumPage, errorPage, organisationsPage } from './public-pages';
import { sendPublic } from './public-cache';
import { PublicPageCache } from './public-page-cache';
import { publicCaseFilterSchema, publicDiariumQuerySchema } from './public.schemas';

const HTML = 'text/html; charset=utf-8';
const SLUG_DOC = { name: 'slug', description: 'Organisationens kortnamn, t.ex. ksl', example: 'ksl' };
const HTML_EXAMPLE = '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Remisser</title>…';

/** A search form sends its empty fields as `name=`: read those as not given. */
function formQuery(query: unknown): unknown {
  if (!query || typeof query !== 'object') return query;
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== ''));
}

const STATUS: Partial<Record<DomainError['kind'], number>> = { not_found: 404, validation: 400, forbidden: 403 };

/**
 * The public portal as server-rendered pages under /offentligt (Swedish URLs, no script, one stylesheet), for
 * browsers, search engines and CDNs. A browser (Accept: text/html) gets an error as a page; other clients the
 * JSON error every endpoint gives.
 */
@ApiTags('Offentligt')
@Public()
@Controller('offentligt')
export class PublicPagesController {
  constructor(
    private readonly portal: PublicPortalQuery,
    private readonly cache: PublicPageCache,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('stil.css')
  @ApiExcludeEndpoint()
  stylesheet(@Req() req: Request, @Res() res: Response) {
    sendPublic(req, res, 'text/css; charset=utf-8', PUBLIC_CSS, { maxAge: 86400 });
  }

  @Get()
  @ApiOperation({ summary: 'Offentliga remisser (HTML): organisationer med publicerade remisser' })
  @ApiProduces('text/html')
  @ApiHeader(IF_NONE_MATCH_DOC)
  @ApiTextResponse('text/html', 'En HTML-sida', HTML_EXAMPLE)
  async home(@Req() req: Request, @Res() res: Response) {
    await this.page(req, res, async () => organisationsPage(await this.portal.organisations()));
  }

  @Get(':slug')
  @ApiOperation({ summary: 'En organisations remisser (HTML) med sökning på rubrik, diarienummer, mottagare och datum' })
  @ApiParam(SLUG_DOC)
  @ApiZodQuery(publicCaseFilterSchema)
  @ApiProduces('text/html')
  @ApiHeader(IF_NONE_MATCH_DOC)
  @ApiTextResponse('text/html', 'En HTML-sida', HTML_EXAMPLE)
  async organisation(@Param('slug') slug: string, @Query() query: unknown, @Req() req: Request, @Res() res: Response) {
    await this.page(req, res, async () => {
      const filter = parseInput(publicCaseFilterSchema, formQuery(query), 'query');
      const org = await this.portal.organisation(slug);
      return casesPage(org, filter, await this.portal.listCases(slug, { ...filter, limit: Math.min(filter.limit, 50) }));
    });
  }

  @Get(':slug/remisser/:id')
  @ApiOperation({ summary: 'En remiss (HTML): handlingar, mottagare, remissvar och beslut' })
  @ApiParam(SLUG_DOC)
  @ApiProduces('text/html')
  @ApiHeader(IF_NONE_MATCH_DOC)
  @ApiTextResponse('text/html', 'En HTML-sida', HTML_EXAMPLE)
  async case(@Param('slug') slug: string, @Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    await this.page(req, res, async () => casePage(await this.portal.getCase(slug, id)));
  }

  @Get(':slug/diarium')
  @ApiOperation({ summary: 'En organisations diarium (HTML), sekretessmarkerade ärendemeningar maskerade' })
  @ApiParam(SLUG_DOC)
  @ApiZodQuery(publicDiariumQuerySchema)
  @ApiProduces('text/html')
  @ApiHeader(IF_NONE_MATCH_DOC)
  @ApiTextResponse('text/html', 'En HTML-sida', HTML_EXAMPLE)
  async diarium(@Param('slug') slug: string, @Query() query: unknown, @Req() req: Request, @Res() res: Response) {
    await this.page(req, res, async () => {
      const filter = parseInput(publicDiariumQuerySchema, formQuery(query), 'query');
      const org = await this.portal.organisation(slug);
      return diariumPage(org, filter.q, await this.portal.diarium(slug, filter));
    });
  }

  @Get(':slug/flode.atom')
  @ApiOperation({ summary: 'Atom-flöde med en organisations nya remisser och inkomna remissvar' })
  @ApiParam(SLUG_DOC)
  @ApiProduces('application/atom+xml')
  @ApiHeader(IF_NONE_MATCH_DOC)
  @ApiTextResponse('application/atom+xml', 'Atom 1.0', '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">…')
  async feed(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response) {
    const { organisation, items } = await this.portal.feedItems(slug);
    sendPublic(req, res, 'application/atom+xml; charset=utf-8', await atomFeed(this.config.publicUrl, organisation, items), { maxAge: 300, cache: this.cache });
  }

  private async page(req: Request, res: Response, render: () => Promise<string>): Promise<void> {
    let body: string;
    try {
      body = await render();
    } catch (error) {
      const status = error instanceof DomainError ? STATUS[error.kind] : undefined;
      // Only a browser asking for a page gets the error as one.
      if (!status || !/text\/html/.test(req.headers.accept ?? '')) throw error;
      res.status(status).type(HTML).send(errorPage(status, status === 404 ? 'Det finns ingen sådan sida här. Den kan ha flyttats, eller så är adressen fel.' : error instanceof Error ? error.message : ''));
      return;
    }
    sendPublic(req, res, HTML, body, { cache: this.cache });
  }
}
