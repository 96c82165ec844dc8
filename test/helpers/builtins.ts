// Every built-in playbook, read and validated by the reader the CLI uses, by id.
import { basename } from 'node:path';
import type { Playbook } from '../../src/core/playbook/schema.js';
import { readPlaybookFile } from '../../src/io/playbooks.js';
import { listBuiltinFiles } from '../checklists/inspect.js';

export async function loadBuiltinLibrary(): Promise<Map<string, Playbook>> {
  const library = new Map<string, Playbook>();
  for (const file of listBuiltinFiles()) {
    const read = await readPlaybookFile(file, 'built-in', 'en');
    if ('issues' in read)
      throw new Error(`${basename(file)} does not validate: ${JSON.stringify(read.issues)}`);
    library.set(read.playbook.id, read.playbook);
  }
  return library;
}
