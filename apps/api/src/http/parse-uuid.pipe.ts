import { PipeTransform } from '@nestjs/common';
import { isUuid, UUID_PATTERN, ValidationError } from '@remiss/domain';

export { UUID_PATTERN };

/** A path id that is not a UUID is a 400 naming the parameter (never a database error). Use as `new ParseUuidPipe()`. */
export class ParseUuidPipe implements PipeTransform<string, string> {
  constructor(private readonly field = 'id') {}

  transform(value: string): string {
    if (!isUuid(value)) {
      throw ValidationError.field(this.field, 'måste vara ett UUID', 'VALIDATION.INVALID_ID');
    }
    return value.toLowerCase();
  }
}
