// A minimal Language Server Protocol client over stdio, enough to drive yaml-language-server
// the way an editor does: initialize, the settings it asks for, open a document, read the
// diagnostics it publishes, ask for a completion or a hover.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface Diagnostic {
  readonly range: { readonly start: { readonly line: number; readonly character: number } };
  readonly message: string;
  readonly severity?: number;
}

type Message = { id?: number; method?: string; params?: unknown; result?: unknown; error?: unknown };

export class LspClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (m: Message) => void>();
  private readonly diagnostics = new Map<string, Diagnostic[]>();
  private readonly waiting = new Map<string, ((d: Diagnostic[]) => void)[]>();

  private constructor(
    private readonly settings: Record<string, unknown>,
    command: string,
  ) {
    this.child = spawn(process.execPath, [command, '--stdio'], { stdio: 'pipe' });
    this.child.stdout.on('data', (chunk: Buffer) => this.read(chunk));
  }

  /** yaml-language-server from node_modules, with `yaml.*` settings and an initialize done. */
  static async yaml(settings: Record<string, unknown>): Promise<LspClient> {
    const require = createRequire(import.meta.url);
    const pkg = require.resolve('yaml-language-server/package.json');
    const client = new LspClient(settings, join(dirname(pkg), 'bin', 'yaml-language-server'));
    await client.request('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          publishDiagnostics: {},
          completion: { completionItem: { snippetSupport: false } },
          hover: { contentFormat: ['plaintext', 'markdown'] },
        },
      },
    });
    client.notify('initialized', {});
    client.notify('workspace/didChangeConfiguration', { settings: { yaml: settings } });
    return client;
  }

  /** Opens a document and waits for the diagnostics the server publishes for it. */
  async open(uri: string, text: string): Promise<Diagnostic[]> {
    const published = new Promise<Diagnostic[]>((resolve) => {
      this.waiting.set(uri, [...(this.waiting.get(uri) ?? []), resolve]);
    });
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    return published;
  }

  async completion(uri: string, line: number, character: number): Promise<{ label: string }[]> {
    const result = (await this.request('textDocument/completion', {
      textDocument: { uri },
      position: { line, character },
    })) as { items?: { label: string }[] } | { label: string }[] | null;
    return Array.isArray(result) ? result : (result?.items ?? []);
  }

  async hover(uri: string, line: number, character: number): Promise<string> {
    const result = (await this.request('textDocument/hover', {
      textDocument: { uri },
      position: { line, character },
    })) as { contents?: { value?: string } | string } | null;
    const contents = result?.contents;
    return typeof contents === 'string' ? contents : (contents?.value ?? '');
  }

  close(): void {
    this.child.kill();
  }

  private request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (m) => (m.error ? reject(new Error(JSON.stringify(m.error))) : resolve(m.result)));
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  private notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  private send(message: Record<string, unknown>): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString())?.[1]);
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(end + 4 + length);
      this.handle(message);
    }
  }

  private handle(message: Message): void {
    if (message.method === undefined && message.id !== undefined) {
      this.pending.get(message.id)?.(message);
      this.pending.delete(message.id);
      return;
    }
    // Requests from the server: the settings it asks for, and registrations it offers.
    if (message.id !== undefined) {
      const result =
        message.method === 'workspace/configuration'
          ? ((message.params as { items: { section?: string }[] }).items.map((item) =>
              item.section === 'yaml' ? this.settings : item.section?.startsWith('yaml.') ? undefined : null,
            ) as unknown)
          : null;
      this.send({ jsonrpc: '2.0', id: message.id, result });
      return;
    }
    if (message.method === 'textDocument/publishDiagnostics') {
      const { uri, diagnostics } = message.params as { uri: string; diagnostics: Diagnostic[] };
      this.diagnostics.set(uri, diagnostics);
      const waiters = this.waiting.get(uri) ?? [];
      this.waiting.delete(uri);
      for (const w of waiters) w(diagnostics);
    }
  }
}
