// `respond export`: one zip the person keeps as a backup, readable without respond. Each
// case's folder as it is (journal, playbook copy, evidence), its full record as HTML and
// JSON, and a manifest of every file's size and SHA-256 with each journal's last hash.
// After the zip is written, the case remembers what was backed up (backup-status.ts).
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { isLang, type Lang } from '../core/i18n.js';
import { checkChain } from '../core/journal/chain.js';
import {
  EVIDENCE_DIR,
  makeManifest,
  type Manifest,
  type ManifestCase,
  type ManifestFile,
  MANIFEST_FILE,
  REPORTS_DIR,
} from '../core/backup/manifest.js';
import { buildReport } from '../core/report/model.js';
import { renderReport } from '../core/report/render.js';
import { formatLocalTimestamp } from '../core/journal/timestamp.js';
import { caseDir } from '../io/case.js';
import { readCaseFile } from '../io/case-files.js';
import { hashBytes, listFolder } from '../io/file-hash.js';
import { JOURNAL_FILE } from '../io/journal.js';
import { chainLines } from '../io/journal-lines.js';
import type { Paths } from '../io/paths.js';
import { writeZip, type ZipMember } from '../io/zip.js';
import { BACKUP_FILE } from './backup-status.js';
import { findCase, listCaseIds } from './cases.js';
import { loadReportInput } from './report.js';

export interface ExportResult {
  readonly zip: Uint8Array;
  readonly manifest: Manifest;
  /** Cases whose reports could not be made (a damaged playbook copy): their files are in the zip all the same. */
  readonly withoutReports: readonly string[];
  /** Cases whose record does not verify: exported as they are, so nothing is lost. */
  readonly notVerified: readonly string[];
}

// Not the record: the lock of an open terminal, the backup status, temporary files.
const SKIPPED = new Set(['lock', BACKUP_FILE]);

/** The plain files of a case folder and its evidence folder, as archive paths and bytes. */
function caseFiles(dir: string, id: string): ZipMember[] {
  const members: ZipMember[] = [];
  const add = (rel: string): void => {
    const path = join(dir, rel);
    if (!lstatSync(path).isFile()) return; // links, folders, FIFOs are no part of a backup
    members.push({ path: `${id}/${rel}`, bytes: readCaseFile(path) });
  };
  for (const name of listFolder(dir)) {
    if (SKIPPED.has(name) || name.startsWith('.') || name === EVIDENCE_DIR) continue;
    add(name);
  }
  for (const name of listFolder(join(dir, EVIDENCE_DIR)))
    if (!name.startsWith('.')) add(`${EVIDENCE_DIR}/${name}`);
  return members;
}

async function caseReports(paths: Paths, id: string, lang: Lang, now: () => Date): Promise<ZipMember[]> {
  const { input } = await loadReportInput(paths, id, lang, now);
  const report = buildReport('all', input);
  return [
    { path: `${id}/${REPORTS_DIR}/record.html`, bytes: Buffer.from(renderReport(report, 'html'), 'utf8') },
    { path: `${id}/${REPORTS_DIR}/record.json`, bytes: Buffer.from(renderReport(report, 'json'), 'utf8') },
  ];
}

export async function exportCases(
  paths: Paths,
  which: { ref: string } | { all: true },
  options: { version: string; now: () => Date; passphrase?: string | undefined; lang: Lang },
): Promise<ExportResult> {
  const ids = 'ref' in which ? [findCase(paths, which.ref)] : listCaseIds(paths).reverse();
  const members: ZipMember[] = [];
  const cases: ManifestCase[] = [];
  const withoutReports: string[] = [];
  const notVerified: string[] = [];
  for (const id of ids) {
    const dir = caseDir(paths, id);
    const files = caseFiles(dir, id);
    const journal = files.find((m) => m.path === `${id}/${JOURNAL_FILE}`);
    const chain = checkChain(journal === undefined ? [] : chainLines(Buffer.from(journal.bytes)));
    if (journal === undefined || chain.problems.length > 0) notVerified.push(id);
    cases.push({
      id,
      events: chain.events,
      lastHash: chain.last?.hash ?? null,
      chainedFrom: chain.chainedFrom ?? null,
    });
    members.push(...files);
    const started = chain.records[0] as { lang?: unknown } | undefined;
    const lang = typeof started?.lang === 'string' && isLang(started.lang) ? started.lang : options.lang;
    try {
      members.push(...(await caseReports(paths, id, lang, options.now)));
    } catch {
      withoutReports.push(id);
    }
  }
  const files: ManifestFile[] = members.map((m) => ({
    path: m.path,
    size: m.bytes.length,
    sha256: hashBytes(m.bytes),
  }));
  const manifest = makeManifest(options.version, formatLocalTimestamp(options.now()), cases, files);
  const zip = await writeZip(
    [
      { path: MANIFEST_FILE, bytes: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8') },
      ...members,
    ],
    { passphrase: options.passphrase, now: options.now() },
  );
  return { zip, manifest, withoutReports, notVerified };
}
