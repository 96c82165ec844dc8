// `respond verify`: does the record hold? The journal's hash chain (core/journal/chain.ts)
// and every attached file against the hash and size its event recorded.
import { join } from 'node:path';
import { EVIDENCE_DIR } from '../core/backup/manifest.js';
import { checkChain, type ChainCheck, type ChainLine, type ChainProblem } from '../core/journal/chain.js';
import { caseDir } from '../io/case.js';
import { hashFile, listFolder } from '../io/file-hash.js';
import { JOURNAL_FILE, readChainLines } from '../io/journal.js';
import type { Paths } from '../io/paths.js';
import { findCase } from './cases.js';

type EvidenceProblem = {
  readonly kind: 'file-missing' | 'file-changed' | 'file-size' | 'file-unsafe';
  /** As recorded: `evidence/<name>`. */
  readonly file: string;
};

export interface EvidenceCheck {
  readonly problems: readonly EvidenceProblem[];
  /** Recorded files that hold. */
  readonly files: number;
  /** Files in evidence/ that no event records: not part of the record, told but not failed. */
  readonly unrecorded: readonly string[];
}

export type VerifyProblem = ChainProblem | EvidenceProblem;

export interface VerifyResult {
  readonly caseId: string;
  readonly events: number;
  readonly chainedFrom: number | undefined;
  readonly problems: readonly VerifyProblem[];
  readonly files: number;
  readonly unrecorded: readonly string[];
  readonly last: ChainCheck['last'];
  readonly ok: boolean;
  /** A last line cut short by a crash (never saved): told, not failed. */
  readonly torn: boolean;
  /** The language the case was started in, for the words around the result. */
  readonly lang: string | undefined;
}

type Rec = Record<string, unknown>;
const isRec = (x: unknown): x is Rec => typeof x === 'object' && x !== null && !Array.isArray(x);
const SHA256 = /^[0-9a-f]{64}$/;
// One name inside evidence/: no folder, no way out of it, nothing hidden.
const EVIDENCE_FILE = /^evidence\/(?!\.)[^/\\\0]+$/;

/** A file of the case folder by its path inside it: its size and SHA-256, or why not. */
export type CaseFileLookup = (rel: string) => { size: number; sha256: string } | 'missing' | 'unsafe';

/** The case folder on disk as a lookup: never through a link, never a FIFO. */
function onDisk(dir: string): CaseFileLookup {
  return (rel) => {
    try {
      return hashFile(join(dir, rel));
    } catch (err) {
      return (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unsafe';
    }
  };
}

/**
 * Each `evidence-attached` event (respond attach) against its file in the case folder. The
 * lines are read as they are, not through the journal's reader, so that a line the reader
 * would refuse is still checked.
 */
function evidenceProblems(events: readonly unknown[], dir: string): EvidenceCheck {
  return checkEvidence(events, onDisk(dir), listFolder(join(dir, EVIDENCE_DIR)));
}

export function checkEvidence(
  events: readonly unknown[],
  lookup: CaseFileLookup,
  present: readonly string[],
): EvidenceCheck {
  const problems: EvidenceProblem[] = [];
  const recorded = new Set<string>();
  let files = 0;
  for (const e of events) {
    if (!isRec(e) || e.type !== 'evidence-attached') continue;
    const file = typeof e.file === 'string' ? e.file : '';
    if (!EVIDENCE_FILE.test(file) || file.includes('..')) {
      problems.push({ kind: 'file-unsafe', file });
      continue;
    }
    recorded.add(file.slice(EVIDENCE_DIR.length + 1));
    const actual = lookup(file);
    if (actual === 'missing' || actual === 'unsafe') {
      problems.push({ kind: actual === 'missing' ? 'file-missing' : 'file-unsafe', file });
      continue;
    }
    const sha = typeof e.sha256 === 'string' ? e.sha256.replace(/^sha256:/, '') : '';
    if (!SHA256.test(sha) || sha !== actual.sha256) problems.push({ kind: 'file-changed', file });
    else if (e.size !== actual.size) problems.push({ kind: 'file-size', file });
    else files++;
  }
  const unrecorded = present.filter((n) => !recorded.has(n)).map((n) => `${EVIDENCE_DIR}/${n}`);
  return { problems, files, unrecorded };
}

/** Checks a journal's lines and the files of its folder. */
export function verifyLines(
  caseId: string,
  lines: readonly ChainLine[],
  evidence: (events: readonly unknown[]) => EvidenceCheck,
): VerifyResult {
  const chain = checkChain(lines);
  const files = evidence(chain.records);
  const problems = [...chain.problems, ...files.problems];
  const first = chain.records[0];
  return {
    caseId,
    events: chain.events,
    chainedFrom: chain.chainedFrom,
    problems,
    files: files.files,
    unrecorded: files.unrecorded,
    last: chain.last,
    ok: problems.length === 0,
    torn: chain.torn,
    lang: isRec(first) && typeof first.lang === 'string' ? first.lang : undefined,
  };
}

/** Verifies a case by id or id prefix (CaseNotFound otherwise). */
export function verifyCase(paths: Paths, ref: string): VerifyResult {
  const id = findCase(paths, ref);
  const dir = caseDir(paths, id);
  return verifyLines(id, readChainLines(join(dir, JOURNAL_FILE)), (events) => evidenceProblems(events, dir));
}
