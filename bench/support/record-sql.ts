import { Client } from 'pg';

/** One statement as the pg driver sent it: text, bind values, and the prepared-statement name if any. */
export interface RecordedStatement {
  text: string;
  values: unknown[];
  name?: string;
}

type QueryArgs = [string | { text: string; values?: unknown[]; name?: string }, unknown?, unknown?];

/**
 * Records every statement the pg driver sends while `work` runs (TypeORM's own queries and the named prepared
 * statements that bypass its logger alike, BEGIN/COMMIT included), for replaying or counting them.
 * Statements of other concurrent work are recorded too: run it alone.
 */
export async function recordStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: RecordedStatement[] }> {
  const statements: RecordedStatement[] = [];
  const proto = Client.prototype as unknown as { query: (...args: QueryArgs) => unknown };
  const original = proto.query;
  proto.query = function (this: Client, ...args: QueryArgs) {
    const [first, second] = args;
    if (typeof first === 'string') statements.push({ text: first, values: Array.isArray(second) ? second : [] });
    else if (first && typeof first === 'object' && typeof first.text === 'string') statements.push({ text: first.text, values: first.values ?? [], name: first.name });
    return original.apply(this, args);
  };
  try {
    const result = await work();
    return { result, statements };
  } finally {
    proto.query = original;
  }
}

/** Statements that are not transaction control. */
export function dataStatements(statements: RecordedStatement[]): RecordedStatement[] {
  return statements.filter((s) => !/^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)\b/i.test(s.text));
}
