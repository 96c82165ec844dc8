// Ids are the person's words, and "constructor" is a fine id: a playbook whose step,
// question, option, field, party and confirmation are all called that runs from an
// answers file like any other (it crashed with "Cannot read properties of undefined
// (reading 'trim')", exit 1, when the file's map lacked the key and Object.prototype's
// constructor was found instead).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeHome, runCli } from '../helpers/run-cli.js';

const PLAYBOOK = `id: constructor
title: Proto names
parties:
  - {id: constructor, name: Party}
steps:
  - id: constructor
    title: Step named constructor
    questions:
      - id: constructor
        type: choice
        prompt: Which?
        options: [{id: valueof, label: V}, {id: constructor, label: C}]
      - id: hasownproperty
        type: records
        prompt: Records
        fields: [{id: constructor, type: text, prompt: F}]
    confirmations:
      - {id: isprototypeof, party: constructor, ask: Will you?}
  - id: tostring
    title: Another
    when: {answer: constructor.constructor, is: constructor}
`;

function run(home: string, answers: string) {
  const playbook = join(home, 'constructor.yaml');
  writeFileSync(playbook, PLAYBOOK);
  const file = join(home, 'answers.yaml');
  writeFileSync(file, answers);
  return runCli(['start', playbook, '--answers', file], { home });
}

describe('ids named like Object.prototype members', () => {
  it.each([
    ['maps without the keys', 'steps:\n  constructor:\n    answers: {}\n  tostring: {}\n'],
    ['an empty confirmations map', 'steps:\n  constructor:\n    answers: {}\n    confirmations: {}\n'],
    ['no answers at all', 'steps: {}\n'],
    ['a record map without the field', 'steps:\n  constructor:\n    answers: {hasownproperty: [{}]}\n'],
  ])('an answers file with %s takes the defaults, exit 0', (_name, answers) => {
    const home = makeHome();
    const result = run(home, answers);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('an answers file that gives every value records them', () => {
    const home = makeHome();
    const result = run(
      home,
      'steps:\n  constructor:\n    answers: {constructor: constructor, hasownproperty: [{constructor: first}]}\n    confirmations: {isprototypeof: {answer: yes, who: Tanaka}}\n  tostring: {outcome: done}\n',
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const [entry] = JSON.parse(runCli(['cases', '--json', '--all'], { home }).stdout) as { id: string }[];
    const log = runCli(['log', entry?.id ?? ''], { home });
    expect(log.code).toBe(0);
    expect(log.stdout).toContain('first');
    expect(log.stdout).toContain('Tanaka');
    const report = runCli(['report', entry?.id ?? '', '--format', 'json'], { home });
    expect(report.code).toBe(0);
    expect(report.stdout).toContain('"first"');
  });
});
