import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { GetDocumentUseCase, UploadDocumentUseCase } from '@remiss/application';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { IdempotencyStore } from '../http/idempotency.store';
import { DocumentsController } from './documents.controller';
import { UploadErrorsInterceptor } from './upload-errors.interceptor';

/** Uploads are held in memory (multer's default storage) up to UPLOAD_MAX_BYTES, then stored in PostgreSQL. */
@Module({
  imports: [
    MulterModule.registerAsync({
      useFactory: (config: AppConfig) => ({
        limits: { fileSize: config.uploadMaxBytes, files: 1, fields: 10, fieldSize: 10_000, parts: 12 },
        defParamCharset: 'utf8',
      }),
      inject: [APP_CONFIG],
    }),
  ],
  controllers: [DocumentsController],
  providers: [UploadDocumentUseCase, GetDocumentUseCase, UploadErrorsInterceptor, IdempotencyStore],
})
export class DocumentsModule {}
