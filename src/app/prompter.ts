// The one interface the walk-through talks to. The terminal implementation lives in
// src/io/prompter.ts; tests pass a scripted one; `--answers FILE` passes one that reads a
// file. Every request carries a stable id ("step-key.question-id", "step-key:outcome") so
// scripts and answer files can name what they answer.

interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
  readonly hint?: string;
}

export interface ChooseRequest<T extends string> {
  readonly id: string;
  readonly message: string;
  readonly choices: readonly Choice<T>[];
  /** What Enter takes. */
  readonly default?: T;
}

export interface ChooseManyRequest<T extends string> {
  readonly id: string;
  readonly message: string;
  readonly choices: readonly Choice<T>[];
  /** Ticked at first. */
  readonly default?: readonly T[];
  /** At least one must be ticked. */
  readonly required?: boolean;
}

export interface TextRequest {
  readonly id: string;
  readonly message: string;
  /** What Enter takes; an empty answer means "not answered" unless the request is required. */
  readonly default?: string;
  readonly required?: boolean;
  /** What the screen says for an empty answer that counts ("name not given"); a dash otherwise. */
  readonly emptyLabel?: string;
  /** Returns an error message for a bad answer, or undefined when it is fine. */
  readonly validate?: (input: string) => string | undefined;
  /** Said after the question while it is asked (the forms a date takes), not on its ✔ line. */
  readonly hint?: string;
  /** What the ✔ line shows for the accepted answer, when not the text as typed (a date as it was read). */
  readonly shown?: (answer: string) => string;
}

export interface Prompter {
  choose<T extends string>(request: ChooseRequest<T>): Promise<T>;
  /**
   * Several choices at once ("What happened?"); the answer keeps the order of `choices`.
   * Only the triage asks it (the walk-through never does), so a prompter made for a walk
   * alone may leave it out; the terminal, the answers file and the tests' script have it.
   */
  chooseMany?<T extends string>(request: ChooseManyRequest<T>): Promise<T[]>;
  /**
   * Answers come record by record (an answers file): a question a person is spared by
   * asking it for a whole list at once (`batch`) is asked for each record instead.
   */
  readonly recordByRecord?: boolean;
  text(request: TextRequest): Promise<string>;
  /** Shows text to the person (a step's title, why, instructions, progress). */
  say(text: string): void;
  /**
   * Everything answered so far is on disk, or needs no saving. A terminal shows its
   * "✔ question answer" lines only now, so the screen never shows as accepted an answer
   * that a crash at that moment would lose.
   */
  settled?(): void;
  /**
   * Whether the answer to this prompt is given in advance (an answers file, a test script):
   * a step that went well is then still asked its outcome, so the file keeps deciding.
   */
  decidesOutcome?(id: string): boolean;
  /**
   * Whether a file can be given at this prompt (`<step-key>:evidence`, a step that says to
   * take a screenshot): a terminal always (a path typed or a file dragged in), an answers
   * file when it names one, a test script when it scripts the id. Without it nothing is offered.
   */
  offersFiles?(id: string): boolean;
}

/** The person pressed Ctrl-C (or the input ended): everything answered is already saved. */
export class PromptCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'PromptCancelled';
  }
}

/** An answers file had a value that does not fit its question (exit 65). */
export class AnswerRejected extends Error {
  constructor(
    readonly id: string,
    message: string,
  ) {
    super(message);
    this.name = 'AnswerRejected';
  }
}
