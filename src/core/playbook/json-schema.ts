// The published JSON Schema (draft-07, what editors' YAML plugins understand), generated from
// the zod schema so the two never drift. Cross-field rules (unique ids, conditions that name
// real answers, includes) cannot be said in JSON Schema: `respond validate` checks those.
import { z } from 'zod';
import { Playbook } from './schema.js';

export const SCHEMA_ID = 'urn:respond:playbook:v1';
export const SCHEMA_FILE_NAME = 'playbook.schema.json';

export function buildPlaybookJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(Playbook, {
    target: 'draft-7',
    // A text map must hold at least one language; zod says it with a refine, JSON Schema with minProperties.
    override: ({ jsonSchema }) => {
      if (
        jsonSchema.type === 'object' &&
        jsonSchema.propertyNames !== undefined &&
        jsonSchema.additionalProperties !== undefined
      ) {
        jsonSchema.minProperties = 1;
      }
    },
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: SCHEMA_ID, title: 'respond playbook (format version 1)', ...rest };
}

/** The schema as written to a file or stdout: stable, indented, ending in a newline. */
export function renderPlaybookJsonSchema(): string {
  return `${JSON.stringify(buildPlaybookJsonSchema(), null, 2)}\n`;
}
