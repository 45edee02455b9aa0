import { CallHandler, ExecutionContext, HttpException, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { formatMegabytes } from '@remiss/application';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { TooLargeError, ValidationError } from '@remiss/domain';
import { catchError, Observable } from 'rxjs';

const MULTIPART_REASONS: Array<[RegExp, string]> = [
  [/field value too long/i, 'värdet är för långt'],
  [/field name too long/i, 'fältnamnet är för långt'],
  [/too many (fields|parts)/i, 'för många fält i begäran'],
  [/unexpected end of form|malformed|boundary/i, 'ogiltig multipart-begäran (avbruten eller felaktigt formaterad)'],
];

/**
 * Placed before FileInterceptor: turns multer's failures (too large, wrong field,
 * a broken multipart body, too many parts) into a 400 that names the field and says why, in Swedish.
 */
@Injectable()
export class UploadErrorsInterceptor implements NestInterceptor {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => {
        throw this.translate(error);
      }),
    );
  }

  /** multer's failures arrive as HttpExceptions (Nest maps them); everything else passes unchanged. */
  private translate(error: unknown): unknown {
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const message = String((error.getResponse() as { message?: unknown })?.message ?? error.message);
      if (status === 413 && /file/i.test(message)) {
        return new TooLargeError('file', `filen är för stor (högst ${formatMegabytes(this.config.uploadMaxBytes)})`, 'DOCUMENT.FILE_TOO_LARGE');
      }
      if (/unexpected (file )?field|too many files/i.test(message)) {
        return ValidationError.field('file', 'oväntat filfält: skicka en enda fil i fältet file', 'DOCUMENT.UNEXPECTED_FILE_FIELD');
      }
      if (status === 413 || status === 400) {
        // multer's own texts are English ("Field value too long - title"): say it in Swedish, naming the field
        const [, what, field] = /^(.*?)(?: - (\w{1,60}))?$/.exec(message) ?? [];
        const reason = MULTIPART_REASONS.find(([pattern]) => pattern.test(what ?? ''))?.[1] ?? 'ogiltig multipart-begäran';
        return ValidationError.field(field ?? 'body', reason, 'VALIDATION.MULTIPART');
      }
    }
    return error;
  }
}
