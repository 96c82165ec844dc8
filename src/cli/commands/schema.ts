// `respond schema`: the JSON Schema of the playbook format on stdout, for editors; with
// `--lang ja` its titles, messages and descriptions are in Japanese.
import type { Context } from '../context.js';

export async function run(ctx: Context, _args: string[], _options: Record<string, unknown>): Promise<void> {
  const { renderPlaybookJsonSchema } = await import('../../core/playbook/json-schema.js');
  ctx.io.out(renderPlaybookJsonSchema(ctx.lang).replace(/\n$/, ''));
}
