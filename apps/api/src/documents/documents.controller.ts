import { Body, Controller, Get, Header, Param, Post, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiHeader, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { DOCUMENT_KINDS, GetDocumentUseCase, UploadDocumentUseCase } from '@remiss/application';
import { z } from 'zod';
import { toActor } from '../auth/actor';
import { AuthenticatedUser, CurrentUser } from '../auth/current-user';
import { IdempotencyInterceptor } from '../http/idempotency.interceptor';
import { parseInput } from '../http/parse-input';
import { UUID_PATTERN } from '@remiss/domain';
import { contentDisposition } from './content-disposition';
import { DOCUMENT_EXAMPLE, IDEMPOTENCY_HEADER_DOC, UPLOAD_EXAMPLE } from './documents.openapi';
import { documentDetailSchema, documentSchema } from './document.responses';
import { ApiZodResponse, schemaRef } from '../http/api-zod-response';
import { ApiFileResponse } from '../http/api-text-response';
import { UploadErrorsInterceptor } from './upload-errors.interceptor';

const uploadSchema = z.object({
  kind: z.enum(DOCUMENT_KINDS),
  title: z.string().trim().min(1, 'titel saknas').max(500),
  supersedesId: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.string().trim().regex(UUID_PATTERN, 'måste vara ett UUID').toLowerCase().optional(),
  ),
});

interface MulterFile {
  originalname: string;
  buffer: Buffer;
}

@ApiTags('Dokument')
@ApiBearerAuth()
@Controller('documents')
export class DocumentsController {
  constructor(
    private readonly upload: UploadDocumentUseCase,
    private readonly documents: GetDocumentUseCase,
  ) {}

  @Post()
  @UseInterceptors(UploadErrorsInterceptor, FileInterceptor('file'), IdempotencyInterceptor)
  @ApiOperation({
    summary: 'Ladda upp ett dokument (PDF, DOCX eller ODT)',
    description:
      'Innehållet kontrolleras, inte filnamnet. Dokumentet tillhör din organisation och är okopplat tills ett ärende, ' +
      'en omgång eller ett svar kopplar det. Med supersedesId blir det en ny version av ett befintligt dokument; inget skrivs över.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { ...schemaRef('UploadDocumentRequest'), example: UPLOAD_EXAMPLE } })
  @ApiHeader(IDEMPOTENCY_HEADER_DOC)
  @ApiZodResponse(201, undefined, documentSchema, DOCUMENT_EXAMPLE, 'Det sparade dokumentet (utan innehåll)')
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: unknown, @UploadedFile() file: MulterFile | undefined) {
    const input = parseInput(uploadSchema, body);
    return this.upload.execute(toActor(user), input, file && { originalName: file.originalname, bytes: file.buffer });
  }

  @Get(':id')
  @ApiOperation({ summary: 'Ett dokuments uppgifter och alla dess versioner' })
  @ApiZodResponse(200, undefined, documentDetailSchema, {
    ...DOCUMENT_EXAMPLE,
    latestVersionId: DOCUMENT_EXAMPLE.id,
    versions: [{ id: DOCUMENT_EXAMPLE.id, version: 1, title: DOCUMENT_EXAMPLE.title, filename: DOCUMENT_EXAMPLE.filename, sha256: DOCUMENT_EXAMPLE.sha256, sizeBytes: DOCUMENT_EXAMPLE.sizeBytes, createdAt: DOCUMENT_EXAMPLE.createdAt }],
  })
  get(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string) {
    return this.documents.metadata(toActor(user), id);
  }

  @Get(':id/content')
  @Header('X-Content-Type-Options', 'nosniff')
  @ApiOperation({ summary: 'Hämta dokumentets fil', description: 'Med rätt Content-Type och filnamn (RFC 5987 för å, ä, ö).' })
  @ApiProduces('application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/vnd.oasis.opendocument.text')
  @ApiFileResponse('Filen', 'application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/vnd.oasis.opendocument.text')
  async content(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string) {
    const document = await this.documents.content(toActor(user), id);
    return new StreamableFile(document.content, {
      type: document.mimeType,
      length: document.content.length,
      disposition: contentDisposition(document.filename),
    });
  }
}
