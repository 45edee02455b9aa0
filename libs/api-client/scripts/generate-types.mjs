// Generates the client's TypeScript types from the OpenAPI document (openapi-typescript 7), sorted so that the
// output only changes when the contract does: node generate-types.mjs [openapi.json] [schema.ts]
import openapiTS, { astToString } from 'openapi-typescript';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const [input = here('../openapi.json'), output = here('../src/schema.ts')] = process.argv.slice(2);

const HEADER = `/**
 * Generated from openapi.json by scripts/generate-types.mjs (npm run generate:client). Do not edit:
 * the contract test fails when this file differs from what the served document generates.
 */
`;

const document = JSON.parse(readFileSync(input, 'utf8'));
const ast = await openapiTS(document, { alphabetize: true, exportType: false });
writeFileSync(output, HEADER + astToString(ast));
