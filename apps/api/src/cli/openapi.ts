/**
 * Writes the OpenAPI document the API serves, without a database, Redis or a port (Nest's preview mode):
 * `npm run generate:client` (after the build) writes libs/api-client/openapi.json and the client's types from it.
 */
import 'reflect-metadata';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { openApiDocumentJson } from '../openapi/document-json';

async function main(): Promise<void> {
  const target = path.resolve(process.argv[2] ?? 'libs/api-client/openapi.json');
  fs.writeFileSync(target, await openApiDocumentJson());
  process.stdout.write(`OpenAPI-dokumentet skrivet till ${path.relative(process.cwd(), target)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
