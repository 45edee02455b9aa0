import { PipeTransform } from '@nestjs/common';
import { ValidationError } from '@remiss/domain';

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A path id that is not a UUID is a 400 naming the parameter (never a database error). Use as `new ParseUuidPipe()`. */
export class ParseUuidPipe implements PipeTransform<string, string> {
  constructor(private readonly field = 'id') {}

  transform(value: string): string {
    if (typeof value !== 'string' || !UUID_PATTERN.test(value)) {
      throw ValidationError.field(this.field, 'måste vara ett UUID', 'VALIDATION.INVALID_ID');
    }
    return value.toLowerCase();
  }
}
