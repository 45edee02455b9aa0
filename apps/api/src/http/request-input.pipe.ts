import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { findUnsafeText, isUuid, unsafeTextReason, ValidationError } from '@remiss/domain';

/** Path parameters named `id` or `…Id` are UUIDs, everywhere: a malformed one is a 400 before any lookup. */
const ID_PARAM = /^(id|[a-z][A-Za-z]*Id)$/;

/**
 * Global pipe, the one home of two rules for every request:
 * - body, query and path values, and an uploaded file's name, carry no text
 *   that PostgreSQL and the documents cannot hold (NUL, lone surrogates);
 * - id path parameters are UUIDs (lower-cased on the way in).
 * A violation is a 400 naming the field, before any handler or lookup runs.
 */
@Injectable()
export class RequestInputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    switch (metadata.type) {
      case 'body':
      case 'query': {
        const found = findUnsafeText(metadata.data ? { [metadata.data]: value } : value, metadata.type);
        if (found) throw ValidationError.field(found.path, found.reason, 'VALIDATION.UNSAFE_TEXT');
        return value;
      }
      case 'param':
        return checkParam(metadata.data ?? 'id', value);
      default: {
        const name = (value as { originalname?: unknown } | null)?.originalname;
        const reason = typeof name === 'string' ? unsafeTextReason(name) : null;
        if (reason) throw ValidationError.field('file', `filnamnet ${reason}`, 'VALIDATION.UNSAFE_TEXT');
        return value;
      }
    }
  }
}

function checkParam(field: string, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const reason = unsafeTextReason(value);
  if (reason) throw ValidationError.field(field, reason, 'VALIDATION.UNSAFE_TEXT');
  if (!ID_PARAM.test(field)) return value;
  if (!isUuid(value)) throw ValidationError.field(field, 'måste vara ett UUID', 'VALIDATION.INVALID_ID');
  return value.toLowerCase();
}
