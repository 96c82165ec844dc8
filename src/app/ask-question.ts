// Asks one playbook question with the prompt that fits its type and returns the typed
// value, or undefined when the person leaves it for now: a field (ask-field.ts) or a list of
// records (ask-records.ts).
import type { AnswerValue } from '../core/journal/events.js';
import type { Question } from '../core/playbook/schema.js';
import { askField, type AskContext } from './ask-field.js';
import { askRecords, type OnRecordField } from './ask-records.js';

export type { AskContext } from './ask-field.js';

export async function askQuestion(
  ctx: AskContext,
  id: string,
  question: Question,
  previous: AnswerValue | undefined,
  /** Saves one field of record `index` the moment it is given. */
  onRecordField?: OnRecordField,
): Promise<AnswerValue | undefined> {
  return question.type === 'records'
    ? askRecords(ctx, id, question, previous, onRecordField)
    : askField(ctx, id, question, previous);
}
