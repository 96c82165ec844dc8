// Persona figures for `npm run bench`: each built-in playbook walked by its persona through
// the real session engine (test/app/persona-figures.ts), as prompts to the first protective
// action and prompts in all. Run alone (`node scripts/bench-personas.mjs`) or import.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadSource } from './load-source.mjs';

const root = new URL('..', import.meta.url).pathname;

export async function benchPersonas() {
  const dir = mkdtempSync(join(tmpdir(), 'respond-bench-personas-'));
  try {
    const { personaFigures, incidentFigure, NEW_INCIDENTS, walkIncident } = await loadSource(
      dir,
      'personas',
      [
        "export { personaFigures } from './test/app/persona-figures.ts';",
        "export { incidentFigure } from './test/app/incident-persona.ts';",
        "export { NEW_INCIDENTS, walkIncident } from './test/app/new-incidents.ts';",
      ],
    );
    const files = readdirSync(join(root, 'checklists')).filter((f) => f.endsWith('.yaml'));
    const library = new Map(
      files.map((f) => parse(readFileSync(join(root, 'checklists', f), 'utf8'))).map((p) => [p.id, p]),
    );
    const figures = await personaFigures(library);
    const incident = await incidentFigure(library);
    // The new playbooks of issue 11, each walked as one real incident.
    const incidents = [];
    for (const scripted of Object.values(NEW_INCIDENTS)) {
      const run = await walkIncident(library, scripted);
      incidents.push({
        playbook: scripted.label,
        toFirstProtective: run.first || undefined,
        total: run.asked.length,
      });
    }
    return [
      ...figures,
      {
        playbook: 'fraud-order, the real incident (ja: 8 orders, chat, 1 parcel, 1 card)',
        toFirstProtective: incident.toFirstProtective,
        total: incident.total,
      },
      ...incidents,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatPersonaFigures(figures) {
  const lines = [
    'personas (each built-in walked through the session engine: Enter where it is enough, yes to every confirmation)',
  ];
  lines.push(
    `  ${'playbook'.padEnd(20)} ${'to first protective action'.padStart(28)} ${'prompts in all'.padStart(15)}`,
  );
  for (const f of figures)
    lines.push(
      // A long name (the incident persona) on a line of its own, its figures under the columns.
      `  ${f.playbook.length > 20 ? `${f.playbook}\n${' '.repeat(20)}` : f.playbook.padEnd(20)} ${(f.toFirstProtective === undefined ? '—' : String(f.toFirstProtective)).padStart(28)} ${String(f.total).padStart(15)}`,
    );
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(formatPersonaFigures(await benchPersonas()));
