// `respond import <zip>`: brings cases back from an export. Everything is checked in memory
// before anything is written: every member's name (no zip-slip), size (counted while
// inflating) and SHA-256 against the manifest, each journal's chain and last hash, each
// attached file against its event. Then the cases are written into a temporary folder
// inside the data folder and renamed into place; an existing case is never overwritten.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  EVIDENCE_DIR,
  isCaseMember,
  MANIFEST_FILE,
  memberPathProblem,
  parseManifest,
  type Manifest,
} from '../core/backup/manifest.js';
import { caseDir } from '../io/case.js';
import { readCaseFile } from '../io/case-files.js';
import { hashBytes } from '../io/file-hash.js';
import { JOURNAL_FILE } from '../io/journal.js';
import { chainLines } from '../io/journal-lines.js';
import type { Paths } from '../io/paths.js';
import { DIR_MODE, ensurePrivateDir, fsyncDir, writeNewFile } from '../io/private-files.js';
import { readZip, type ReadLimits, type ZipMember } from '../io/zip.js';
import { BACKUP_FILE } from './backup-status.js';
import { checkEvidence, verifyLines, type VerifyProblem } from './verify.js';

/** Evidence files are refused above 25 MB when attached; a journal of 10,000 events is a few MB. */
export const IMPORT_LIMITS: ReadLimits = {
  member: 64 * 1024 * 1024,
  total: 1024 * 1024 * 1024,
  members: 100_000,
};

export type ImportRefusal =
  | { readonly reason: 'path'; readonly member: string; readonly why: string }
  | { readonly reason: 'duplicate'; readonly member: string }
  | { readonly reason: 'manifest'; readonly why: string }
  | { readonly reason: 'unlisted'; readonly member: string }
  | { readonly reason: 'missing'; readonly member: string }
  | { readonly reason: 'hash'; readonly member: string }
  | { readonly reason: 'chain'; readonly caseId: string; readonly problem: VerifyProblem }
  | { readonly reason: 'anchor'; readonly caseId: string }
  | { readonly reason: 'exists'; readonly caseId: string };

/** An archive that is not imported; nothing was written. */
export class ImportRefused extends Error {
  constructor(readonly refusal: ImportRefusal) {
    super(`import refused: ${refusal.reason}`);
    this.name = 'ImportRefused';
  }
}

export interface ImportResult {
  readonly imported: readonly { id: string; events: number; files: number }[];
  /** Already here with the very same journal: nothing to do. */
  readonly already: readonly string[];
  readonly manifest: Manifest;
}

function refuse(refusal: ImportRefusal): never {
  throw new ImportRefused(refusal);
}

/** Checks the members against the manifest and every journal; returns the cases' members. */
function checkArchive(members: readonly ZipMember[]): {
  manifest: Manifest;
  byCase: Map<string, ZipMember[]>;
} {
  const seen = new Set<string>();
  for (const m of members) {
    if (seen.has(m.path)) refuse({ reason: 'duplicate', member: m.path });
    seen.add(m.path);
  }
  const manifestMember = members.find((m) => m.path === MANIFEST_FILE);
  if (manifestMember === undefined) refuse({ reason: 'manifest', why: 'missing' });
  const parsed = parseManifest(Buffer.from(manifestMember.bytes).toString('utf8'));
  if ('error' in parsed) refuse({ reason: 'manifest', why: parsed.error });
  const { manifest } = parsed;
  const listed = new Map(manifest.files.map((f) => [f.path, f]));
  for (const m of members) {
    if (m.path === MANIFEST_FILE) continue;
    const entry = listed.get(m.path);
    if (entry === undefined) refuse({ reason: 'unlisted', member: m.path });
    if (entry.size !== m.bytes.length || entry.sha256 !== hashBytes(m.bytes))
      refuse({ reason: 'hash', member: m.path });
  }
  for (const f of manifest.files) if (!seen.has(f.path)) refuse({ reason: 'missing', member: f.path });
  const byCase = new Map<string, ZipMember[]>(manifest.cases.map((c) => [c.id, []]));
  for (const m of members) {
    if (!isCaseMember(m.path)) continue;
    const id = m.path.slice(0, m.path.indexOf('/'));
    const list = byCase.get(id);
    if (list === undefined) refuse({ reason: 'manifest', why: `${id} is not among its cases` });
    list.push(m);
  }
  for (const c of manifest.cases) {
    const files = byCase.get(c.id) ?? [];
    const journal = files.find((m) => m.path === `${c.id}/${JOURNAL_FILE}`);
    if (journal === undefined) refuse({ reason: 'missing', member: `${c.id}/${JOURNAL_FILE}` });
    const inArchive = new Map(files.map((m) => [m.path.slice(c.id.length + 1), m.bytes]));
    const result = verifyLines(c.id, chainLines(Buffer.from(journal.bytes)), (events) =>
      checkEvidence(
        events,
        (rel) => {
          const bytes = inArchive.get(rel);
          return bytes === undefined ? 'missing' : { size: bytes.length, sha256: hashBytes(bytes) };
        },
        [...inArchive.keys()]
          .filter((p) => p.startsWith(`${EVIDENCE_DIR}/`))
          .map((p) => p.slice(EVIDENCE_DIR.length + 1)),
      ),
    );
    const problem = result.problems[0];
    if (problem !== undefined) refuse({ reason: 'chain', caseId: c.id, problem });
    if ((result.last?.hash ?? null) !== c.lastHash) refuse({ reason: 'anchor', caseId: c.id });
  }
  return { manifest, byCase };
}

export async function importArchive(
  paths: Paths,
  file: string,
  options: { passphrase?: () => Promise<string>; limits?: ReadLimits },
): Promise<ImportResult> {
  const members = await readZip(file, {
    limits: options.limits ?? IMPORT_LIMITS,
    ...(options.passphrase === undefined ? {} : { passphrase: options.passphrase }),
    accept: (entries) => {
      for (const e of entries) {
        const why = memberPathProblem(e.path);
        if (why !== undefined) refuse({ reason: 'path', member: e.path, why });
      }
    },
  });
  const { manifest, byCase } = checkArchive(members);
  const already: string[] = [];
  const todo: string[] = [];
  for (const c of manifest.cases) {
    const target = caseDir(paths, c.id);
    if (!existsSync(target)) {
      todo.push(c.id);
      continue;
    }
    const journal = byCase.get(c.id)?.find((m) => m.path === `${c.id}/${JOURNAL_FILE}`);
    let same = false;
    try {
      same = journal !== undefined && readCaseFile(join(target, JOURNAL_FILE)).equals(journal.bytes);
    } catch {
      same = false;
    }
    if (!same) refuse({ reason: 'exists', caseId: c.id });
    already.push(c.id);
  }
  if (todo.length > 0) writeCases(paths, manifest, byCase, todo);
  return {
    imported: todo.map((id) => {
      const c = manifest.cases.find((x) => x.id === id);
      const files = (byCase.get(id) ?? []).filter((m) => m.path.startsWith(`${id}/${EVIDENCE_DIR}/`)).length;
      return { id, events: c?.events ?? 0, files };
    }),
    already,
    manifest,
  };
}

/** Writes the cases into a temporary folder of the data folder, then renames each into place. */
function writeCases(
  paths: Paths,
  manifest: Manifest,
  byCase: Map<string, ZipMember[]>,
  ids: readonly string[],
): void {
  ensurePrivateDir(paths.cases);
  const temp = join(paths.data, `.import-${process.pid}-${randomBytes(4).toString('hex')}`);
  mkdirSync(temp, { mode: DIR_MODE });
  try {
    for (const id of ids) {
      const dir = join(temp, id);
      mkdirSync(dir, { mode: DIR_MODE });
      let journalSize = 0;
      for (const m of byCase.get(id) ?? []) {
        const path = join(temp, m.path);
        if (dirname(path) !== dir && !existsSync(dirname(path))) mkdirSync(dirname(path), { mode: DIR_MODE });
        writeNewFile(path, m.bytes);
        if (m.path === `${id}/${JOURNAL_FILE}`) journalSize = m.bytes.length;
      }
      // The archive it came from is a backup of exactly this record.
      const c = manifest.cases.find((x) => x.id === id);
      writeNewFile(
        join(dir, BACKUP_FILE),
        `${JSON.stringify({ at: manifest.created, lastHash: c?.lastHash ?? null, journalSize })}\n`,
      );
      fsyncDir(dir);
    }
    for (const id of ids) {
      const target = join(paths.cases, id);
      // Checked again just before: a case made meanwhile is still never replaced.
      if (existsSync(target)) refuse({ reason: 'exists', caseId: id });
      renameSync(join(temp, id), target);
    }
    fsyncDir(paths.cases);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
