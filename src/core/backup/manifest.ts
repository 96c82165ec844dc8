// The export's manifest and the shape of an archive: what `respond export` writes and what
// `respond import` accepts. Pure: the hashes are computed by the caller.
//
// An archive holds manifest.json, then per case `<id>/journal.jsonl`, the playbook copy and
// any other plain file of the case folder, `<id>/evidence/<name>`, and `<id>/reports/`
// (the full record in HTML and JSON, to read without respond; never imported).
import { isCaseId } from '../journal/case-id.js';

export const MANIFEST_FILE = 'manifest.json';
export const REPORTS_DIR = 'reports';
export const EVIDENCE_DIR = 'evidence';
const FORMAT = 'respond-export';
// Files of a case folder that are this machine's, never a backup's: the lock, the backup status.
const RESERVED = new Set(['lock', 'backup.json']);

export interface ManifestFile {
  readonly path: string;
  readonly size: number;
  /** Hex, as sha256sum prints it. */
  readonly sha256: string;
}
export interface ManifestCase {
  readonly id: string;
  readonly events: number;
  /** `sha256:<hex>` of the journal's last line: the chain's head when chained. */
  readonly lastHash: string | null;
  readonly chainedFrom: number | null;
}
export interface Manifest {
  readonly format: typeof FORMAT;
  readonly version: 1;
  /** The version of respond that made it. */
  readonly respond: string;
  readonly created: string;
  readonly cases: readonly ManifestCase[];
  readonly files: readonly ManifestFile[];
}

export function makeManifest(
  respond: string,
  created: string,
  cases: readonly ManifestCase[],
  files: readonly ManifestFile[],
): Manifest {
  return { format: FORMAT, version: 1, respond, created, cases, files };
}

const HEX64 = /^[0-9a-f]{64}$/;
const isObj = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** The manifest, or what is wrong with it (in English, for the detail of one line). */
export function parseManifest(text: string): { manifest: Manifest } | { error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { error: 'not JSON' };
  }
  if (!isObj(raw) || raw.format !== FORMAT) return { error: 'not a respond export manifest' };
  if (raw.version !== 1) return { error: `unknown version ${JSON.stringify(raw.version)}` };
  if (!Array.isArray(raw.files) || !Array.isArray(raw.cases)) return { error: 'files or cases missing' };
  for (const f of raw.files as unknown[])
    if (
      !isObj(f) ||
      typeof f.path !== 'string' ||
      !Number.isSafeInteger(f.size) ||
      typeof f.sha256 !== 'string' ||
      !HEX64.test(f.sha256)
    )
      return { error: 'a file entry is not {path, size, sha256}' };
  for (const c of raw.cases as unknown[])
    if (!isObj(c) || typeof c.id !== 'string' || !isCaseId(c.id) || !Number.isSafeInteger(c.events))
      return { error: 'a case entry is not {id, events, lastHash}' };
  return { manifest: raw as unknown as Manifest };
}

/**
 * Why a member's name cannot be unpacked (zip-slip and the like), or undefined when it is
 * one of the names an export writes.
 */
export function memberPathProblem(path: string): string | undefined {
  if (path.includes('\\')) return 'has a backslash';
  if (path.startsWith('/')) return 'is absolute';
  if (/^[A-Za-z]:/.test(path)) return 'names a drive';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(path)) return 'has a control character';
  const parts = path.replace(/\/$/, '').split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..')) return 'leaves its folder';
  if (parts.length === 1) return parts[0] === MANIFEST_FILE ? undefined : 'is not part of an export';
  const [id, second, third] = parts;
  if (id === undefined || !isCaseId(id)) return 'is not in a case folder';
  if (parts.length === 2)
    return second?.startsWith('.') || RESERVED.has(second ?? '') ? 'is not part of an export' : undefined;
  if (parts.length === 3 && (second === EVIDENCE_DIR || second === REPORTS_DIR))
    return third?.startsWith('.') ? 'is a hidden file' : undefined;
  return 'is not part of an export';
}

/** Members that go into the case folder on import (not the manifest, not the reports). */
export function isCaseMember(path: string): boolean {
  const parts = path.split('/');
  return parts.length >= 2 && parts[1] !== REPORTS_DIR;
}
