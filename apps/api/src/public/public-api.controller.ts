import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiFileResponse } from '../http/api-text-response';
import { ApiHeader, ApiResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { PublicPortalQuery } from '@remiss/application';
import type { Request, Response } from 'express';
import { Public } from '../auth/current-user';
import { ApiZodQuery } from '../http/api-zod-body';
import { ApiProvisionalPageResponse, IF_NONE_MATCH_DOC } from '../http/page-query';
import { parseInput } from '../http/parse-input';
import { contentDisposition } from '../documents/content-disposition';
import { sendPublic } from './public-cache';
import { PublicPageCache } from './public-page-cache';
import { PUBLIC_CASE_SUMMARY_EXAMPLE, PUBLIC_DOCUMENT_EXAMPLE, publicCaseFilterSchema, publicDiariumQuerySchema } from './public.schemas';

const SLUG_DOC = { name: 'slug', description: 'Organisationens kortnamn, t.ex. ksl', example: 'ksl' };

/**
 * The public API: what the portal shows, as JSON, without sign-in (throttled per client address like every public
 * endpoint). Only what libs/application/src/public/publicity.ts calls public; cacheable (public, max-age, ETag).
 */
@ApiTags('Offentligt')
@Public()
@Controller('public')
export class PublicApiController {
  constructor(
    private readonly portal: PublicPortalQuery,
    private readonly cache: PublicPageCache,
  ) {}

  private json(req: Request, res: Response, value: unknown): void {
    sendPublic(req, res, 'application/json; charset=utf-8', JSON.stringify(value), { cache: this.cache });
  }

  @Get('organisations')
  @ApiOperation({ summary: 'Organisationer som har publicerade remisser' })
  @ApiHeader(IF_NONE_MATCH_DOC)
  @ApiOkResponse({ schema: { type: 'array', items: { type: 'object' }, example: [{ slug: 'ksl', name: 'Kommunförbundet Stockholms län', remisses: 4 }] } })
  async organisations(@Req() req: Request, @Res() res: Response) {
    this.json(req, res, await this.portal.organisations());
  }

  @Get('organisations/:slug/cases')
  @ApiOperation({ summary: 'En organisations remisser, öppna och avslutade, nyast först; sök på rubrik, diarienummer, mottagare och datum' })
  @ApiParam(SLUG_DOC)
  @ApiHeader(IF_NONE_MATCH_DOC)
  @ApiZodQuery(publicCaseFilterSchema)
  @ApiProvisionalPageResponse('PublicCasePage', PUBLIC_CASE_SUMMARY_EXAMPLE)
  async cases(@Param('slug') slug: string, @Query() query: unknown, @Req() req: Request, @Res() res: Response) {
    this.json(req, res, await this.portal.listCases(slug, parseInput(publicCaseFilterSchema, query, 'query')));
  }

  @Get('organisations/:slug/cases/:id')
  @ApiOperation({ summary: 'En remiss: utskickade handlingar, mottagare med status, inkomna remissvar och expedierade beslut i processens ordning' })
  @ApiParam(SLUG_DOC)
  @ApiHeader(IF_NONE_MATCH_DOC)
  @ApiOkResponse({
    schema: {
      type: 'object',
      example: {
        ...PUBLIC_CASE_SUMMARY_EXAMPLE,
        description: '',
        logHead: '3f1c0c5e9d2b4a7f8e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a29180f',
        rounds: [
          {
            seq: 1, kind: 'remiss', kindLabel: 'Remiss', subject: 'Remiss: överenskommelse', message: '', sentDate: '2013-02-11', deadline: '2013-04-30', closedDate: null,
            registryNumber: 'KSL/2013/0002', documents: [PUBLIC_DOCUMENT_EXAMPLE],
            recipients: [{ organisation: 'Ekerö kommun', status: 'Besvarad', deadline: '2013-04-30', answer: null, decision: null }],
          },
        ],
      },
    },
  })
  async case(@Param('slug') slug: string, @Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    this.json(req, res, await this.portal.getCase(slug, id));
  }

  @Get('organisations/:slug/registry')
  @ApiOperation({ summary: 'Organisationens diarium, nyast först (sidindelat); sekretessmarkerade ärendemeningar maskerade' })
  @ApiParam(SLUG_DOC)
  @ApiHeader(IF_NONE_MATCH_DOC)
  @ApiZodQuery(publicDiariumQuerySchema)
  @ApiProvisionalPageResponse('PublicRegistryPage', { date: '2013-02-11', number: 'KSL/2013/0002', direction: 'out', directionLabel: 'Utgående', counterpart: '26 mottagare', subject: 'Remiss: överenskommelse', secrecy: null, caseRegistryNumber: 'KSL/12/0053', externalNumber: null })
  async registry(@Param('slug') slug: string, @Query() query: unknown, @Req() req: Request, @Res() res: Response) {
    this.json(req, res, await this.portal.diarium(slug, parseInput(publicDiariumQuerySchema, query, 'query')));
  }

  @Get('documents/:id/content')
  @ApiOperation({ summary: 'Hämta en offentlig handling', description: 'Bara handlingar som skickats ut, inkomna remissvar och expedierade beslut; 403 för en sekretessmarkerad handling, 404 för allt annat.' })
  @ApiProduces('application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/vnd.oasis.opendocument.text')
  @ApiResponse({ status: 403, description: 'Handlingen är sekretessmarkerad' })
  @ApiFileResponse('Handlingen', 'application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/vnd.oasis.opendocument.text')
  @ApiHeader(IF_NONE_MATCH_DOC)
  async content(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    const file = await this.portal.documentContent(id);
    res.setHeader('Content-Disposition', contentDisposition(file.filename));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    sendPublic(req, res, file.mimeType, file.content, { sha256: file.sha256 });
  }
}
