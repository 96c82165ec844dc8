// Zip archives for export and import, through zip.js (pure JavaScript, maintained; AES-256
// from the platform's WebCrypto, never a cipher of our own). Reading is defensive: every
// member is inflated through a counter that stops at a limit, whatever its header claims.
import { openAsBlob, statSync } from 'node:fs';
import {
  BlobReader,
  configure,
  ERR_INVALID_PASSWORD,
  Uint8ArrayReader,
  Uint8ArrayWriter,
  ZipReader,
  ZipWriter,
} from '@zip.js/zip.js';

// No web workers: a CLI run is one short task, and workers would need a script URL.
configure({ useWebWorkers: false });

export interface ZipMember {
  readonly path: string;
  readonly bytes: Uint8Array;
}

/** One zip of `members`, encrypted with AES-256 when a passphrase is given. */
export async function writeZip(
  members: readonly ZipMember[],
  options: { passphrase?: string | undefined; now: Date },
): Promise<Uint8Array> {
  const writer = new ZipWriter(new Uint8ArrayWriter(), {
    lastModDate: options.now,
    ...(options.passphrase === undefined ? {} : { password: options.passphrase, encryptionStrength: 3 }),
  });
  for (const m of members) await writer.add(m.path, new Uint8ArrayReader(m.bytes));
  return writer.close();
}

/** Why an archive is refused: the caller says it in the person's language. */
export class ArchiveRefused extends Error {
  constructor(
    readonly reason:
      | 'not-zip'
      | 'unsafe-name'
      | 'symlink'
      | 'too-big'
      | 'too-many'
      | 'passphrase-needed'
      | 'passphrase-wrong'
      | 'damaged',
    readonly member?: string,
  ) {
    super(`${reason}${member === undefined ? '' : `: ${member}`}`);
    this.name = 'ArchiveRefused';
  }
}

export interface ReadLimits {
  /** Bytes one member may inflate to. */
  readonly member: number;
  /** Bytes all members together may inflate to. */
  readonly total: number;
  /** Members an archive may hold. */
  readonly members: number;
}

export interface ZipEntryInfo {
  readonly path: string;
  readonly directory: boolean;
}

/**
 * Reads every member of the zip at `file` into memory, after `accept` has seen every name
 * (so a bad path is refused before anything is inflated). Symbolic links are refused.
 */
export async function readZip(
  file: string,
  options: {
    limits: ReadLimits;
    passphrase?: () => Promise<string>;
    accept: (entries: readonly ZipEntryInfo[]) => void;
  },
): Promise<ZipMember[]> {
  let reader: ZipReader<unknown>;
  let entries: Awaited<ReturnType<ZipReader<unknown>['getEntries']>>;
  // Only a plain file (a link to one is fine): a FIFO or a device would be read for ever.
  if (!statSync(file).isFile()) throw new ArchiveRefused('not-zip');
  try {
    reader = new ZipReader(new BlobReader(await openAsBlob(file)), { checkSignature: true });
    entries = await reader.getEntries();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== undefined) throw err; // the file itself: ENOENT, EACCES
    // zip.js refuses a name that leaves the folder by itself too (zip-slip); so does import.
    const name = (err as { filename?: unknown }).filename;
    if (typeof name === 'string') throw new ArchiveRefused('unsafe-name', name);
    throw new ArchiveRefused('not-zip');
  }
  try {
    if (entries.length > options.limits.members) throw new ArchiveRefused('too-many');
    for (const e of entries) if (e.symlink) throw new ArchiveRefused('symlink', e.filename);
    options.accept(entries.map((e) => ({ path: e.filename, directory: e.directory })));
    let passphrase: string | undefined;
    const members: ZipMember[] = [];
    let total = 0;
    for (const entry of entries) {
      if (entry.directory) continue;
      if (entry.encrypted && passphrase === undefined) {
        if (options.passphrase === undefined) throw new ArchiveRefused('passphrase-needed');
        passphrase = await options.passphrase();
      }
      const chunks: Uint8Array[] = [];
      let size = 0;
      const counter = new WritableStream<Uint8Array>({
        write(chunk) {
          size += chunk.length;
          total += chunk.length;
          if (size > options.limits.member || total > options.limits.total)
            throw new ArchiveRefused('too-big', entry.filename);
          chunks.push(chunk);
        },
      });
      try {
        await entry.getData(counter, {
          checkSignature: true,
          ...(entry.encrypted ? { password: passphrase } : {}),
        });
      } catch (err) {
        if (err instanceof ArchiveRefused) throw err;
        const cause = (err as { cause?: unknown }).cause;
        if (cause instanceof ArchiveRefused) throw cause;
        if (err instanceof Error && err.message === ERR_INVALID_PASSWORD)
          throw new ArchiveRefused('passphrase-wrong');
        throw new ArchiveRefused('damaged', entry.filename);
      }
      members.push({ path: entry.filename, bytes: Buffer.concat(chunks) });
    }
    return members;
  } finally {
    await reader.close().catch(() => undefined);
  }
}
