import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';

describe('respond schema', () => {
  it('prints the draft-07 JSON Schema, the same the build writes to dist/', () => {
    const result = runCli(['schema']);
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toBeTypeOf('string');
    expect(schema.required).toEqual(['id', 'title', 'steps']);
    const built = readFileSync(resolve(import.meta.dirname, '../../../dist/playbook.schema.json'), 'utf8');
    expect(result.stdout).toBe(built);
    expect(result.stderr).toBe('');
  });
});
