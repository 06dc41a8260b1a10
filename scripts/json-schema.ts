/**
 * `npm run schema`: writes `data/people.schema.json` from the one definition of
 * the dataset format in `lib/schema.ts`. A unit test fails when the committed
 * file is stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';
import { format } from 'prettier';
import { DatasetSchema, SCHEMA_DEFS } from '../lib/schema';

export const SCHEMA_FILE = join(import.meta.dirname, '../data/people.schema.json');

/** The JSON Schema for dataset files, as an object. */
export function datasetJsonSchema(): Record<string, unknown> {
  // `errorMode: 'throw'`: anything the converter cannot express must be decided here, not dropped.
  // `typeMode: 'output'`: an object's pipe starts with its not-an-array check, which `type: object` says already.
  const { $schema, ...schema } = toJsonSchema(DatasetSchema, {
    definitions: SCHEMA_DEFS,
    errorMode: 'throw',
    target: 'draft-2020-12',
    typeMode: 'output',
  });
  return { $schema, $id: 'dramatis/people.schema.json', ...schema };
}

/** The file's text, formatted as the repository's Prettier would. */
export async function datasetJsonSchemaText(): Promise<string> {
  return format(JSON.stringify(datasetJsonSchema()), { parser: 'json', printWidth: 140 });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(SCHEMA_FILE, await datasetJsonSchemaText());
  console.log(`Wrote ${SCHEMA_FILE}`);
}
