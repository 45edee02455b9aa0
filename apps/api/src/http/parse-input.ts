import { ValidationError } from '@remiss/domain';
import { z } from 'zod';

z.config(z.locales.sv());

/** Validates input with a zod schema; a failure is a 400 naming each field and the reason. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, root = 'body'): z.infer<T> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  throw new ValidationError(
    result.error.issues.map((issue) => ({
      field: issue.path.length > 0 ? issue.path.map(String).join('.') : root,
      reason: issue.message,
    })),
  );
}
