import type { Context } from '../context.js';
import { CliError } from '../exit.js';

export function run(_ctx: Context, _args: string[], _options: Record<string, unknown>): Promise<void> {
  return Promise.reject(new CliError('schema is being built'));
}
