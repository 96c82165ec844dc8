// A prompter for tests: answers by prompt id, and fails on any prompt it was not told
// about (unless told to take the defaults), so a test notices every new question.
import type { ChooseManyRequest, ChooseRequest, Prompter, TextRequest } from '../../src/app/prompter.js';

export type Script = Record<string, string | readonly string[]>;

export interface Asked {
  readonly id: string;
  readonly kind: 'choose' | 'choose-many' | 'text';
  readonly message: string;
  readonly answer: string;
  /** How many events were on disk when the prompt was shown. */
  readonly persistedBefore: number;
}

export class ScriptedPrompter implements Prompter {
  readonly asked: Asked[] = [];
  readonly said: string[] = [];
  /** What happened, in order: "ask <id>" and "settled" (tests add their own "saved ..."). */
  readonly sequence: string[] = [];
  private readonly used = new Map<string, number>();

  constructor(
    private readonly script: Script,
    private readonly options: { takeDefaults?: boolean; persisted?: () => number } = {},
  ) {}

  say(text: string): void {
    this.said.push(text);
  }

  settled(): void {
    this.sequence.push('settled');
  }

  choose<T extends string>(request: ChooseRequest<T>): Promise<T> {
    const answer = this.next(request.id, request.default ?? request.choices[0]?.value);
    const values = request.choices.map((c) => c.value as string);
    if (!values.includes(answer))
      throw new Error(`prompt ${request.id}: "${answer}" is not a choice (${values.join(', ')})`);
    this.log(request.id, 'choose', request.message, answer);
    return Promise.resolve(answer as T);
  }

  /** Scripted as the values separated by commas ("order-mails,gave-away"). */
  chooseMany<T extends string>(request: ChooseManyRequest<T>): Promise<T[]> {
    const answer = this.next(request.id, (request.default ?? []).join(','));
    const values = request.choices.map((c) => c.value as string);
    const picked = answer === '' ? [] : answer.split(',').map((s) => s.trim());
    const wrong = picked.find((p) => !values.includes(p));
    if (wrong !== undefined)
      throw new Error(`prompt ${request.id}: "${wrong}" is not a choice (${values.join(', ')})`);
    if (request.required && picked.length === 0) throw new Error(`prompt ${request.id}: nothing ticked`);
    this.log(request.id, 'choose-many', request.message, answer);
    return Promise.resolve(values.filter((v) => picked.includes(v)) as T[]);
  }

  text(request: TextRequest): Promise<string> {
    const answer = this.next(request.id, request.default ?? '');
    const problem = request.validate?.(answer);
    if (problem !== undefined) throw new Error(`prompt ${request.id}: "${answer}" was refused: ${problem}`);
    // The question as a terminal shows it while asking: with its hint.
    const shown = request.hint === undefined ? request.message : `${request.message} (${request.hint})`;
    this.log(request.id, 'text', shown, answer);
    return Promise.resolve(answer);
  }

  decidesOutcome(id: string): boolean {
    return this.script[id] !== undefined;
  }

  /** A file is offered only where the test scripts one: every other walk keeps its prompts. */
  offersFiles(id: string): boolean {
    return this.script[id] !== undefined;
  }

  /** Script entries never used: a test that scripts a prompt that never came is wrong. */
  unused(): string[] {
    return Object.keys(this.script).filter((id) => !this.used.has(id));
  }

  private next(id: string, fallback: string | undefined): string {
    const entry = this.script[id];
    if (entry === undefined) {
      if (this.options.takeDefaults && fallback !== undefined) return fallback;
      throw new Error(`unexpected prompt: ${id}`);
    }
    const count = this.used.get(id) ?? 0;
    this.used.set(id, count + 1);
    if (typeof entry === 'string') return entry;
    const answer = entry[count];
    if (answer === undefined)
      throw new Error(`prompt ${id} asked ${count + 1} times, scripted ${entry.length}`);
    return answer;
  }

  private log(id: string, kind: Asked['kind'], message: string, answer: string): void {
    this.sequence.push(`ask ${id}`);
    this.asked.push({ id, kind, message, answer, persistedBefore: this.options.persisted?.() ?? 0 });
  }
}
