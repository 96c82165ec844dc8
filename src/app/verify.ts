// `respond verify`: does the record hold? The journal's hash chain (core/journal/chain.ts)
// and every attached file against the hash and size its event recorded.
import { join } from 'node:path';
import { checkChain, type ChainCheck, type ChainLine, type ChainProblem } from '../core/journal/chain.js';
import { caseDir } from '../io/case.js';
import { hashFile, listFolder } from '../io/file-hash.js';
import { JOURNAL_FILE, readChainLines } from '../io/journal.js';
import type { Paths } from '../io/paths.js';
import { findCase } from './cases.js';

export const EVIDENCE_DIR = 'evidence';

export type EvidenceProblem = {
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
}

type Rec = Record<string, unknown>;
const isRec = (x: unknown): x is Rec => typeof x === 'object' && x !== null && !Array.isArray(x);
const SHA256 = /^[0-9a-f]{64}$/;
// One name inside evidence/: no folder, no way out of it, nothing hidden.
const EVIDENCE_FILE = /^evidence\/(?!\.)[^/\\\0]+$/;

/**
 * Each `evidence-attached` event (read structurally: the event type is the attach
 * command's) against its file in the case folder.
 */
export function evidenceProblems(events: readonly unknown[], dir: string): EvidenceCheck {
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
    let actual: { size: number; sha256: string };
    try {
      actual = hashFile(join(dir, file));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      problems.push({ kind: code === 'ENOENT' ? 'file-missing' : 'file-unsafe', file });
      continue;
    }
    const sha = typeof e.sha256 === 'string' ? e.sha256.replace(/^sha256:/, '') : '';
    if (!SHA256.test(sha) || sha !== actual.sha256) problems.push({ kind: 'file-changed', file });
    else if (e.size !== actual.size) problems.push({ kind: 'file-size', file });
    else files++;
  }
  const unrecorded = listFolder(join(dir, EVIDENCE_DIR))
    .filter((n) => !recorded.has(n))
    .map((n) => `${EVIDENCE_DIR}/${n}`);
  return { problems, files, unrecorded };
}

/** Checks a journal's lines and the files of its folder. */
export function verifyLines(caseId: string, lines: readonly ChainLine[], dir: string): VerifyResult {
  const chain = checkChain(lines);
  const evidence = evidenceProblems(chain.records, dir);
  const problems = [...chain.problems, ...evidence.problems];
  return {
    caseId,
    events: chain.events,
    chainedFrom: chain.chainedFrom,
    problems,
    files: evidence.files,
    unrecorded: evidence.unrecorded,
    last: chain.last,
    ok: problems.length === 0,
  };
}

/** Verifies a case by id or id prefix (CaseNotFound otherwise). */
export function verifyCase(paths: Paths, ref: string): VerifyResult {
  const id = findCase(paths, ref);
  const dir = caseDir(paths, id);
  return verifyLines(id, readChainLines(join(dir, JOURNAL_FILE)), dir);
}
