// What was said with the party so far, from the walk-through's confirmations: the answers
// given (with who said them, when, the reference), the questions still open, the references.
import { localize, type Lang } from '../i18n.js';
import type { Confirmation as ConfirmationEvent } from '../journal/events.js';
import { whoLabel } from '../journal/who.js';
import type { Confirmation } from '../playbook/schema.js';
import { isQuestionVisible, visibleTasks } from '../session/plan.js';
import { showDateValue } from '../session/parse-date.js';
import { latestConfirmation } from '../session/state.js';
import type { DraftParty, DraftTexts } from './draft-texts.js';
import { formatMoney } from './facts.js';
import type { ReportInput } from './model.js';
import { shortTime } from './timeline.js';

export interface Conversation {
  /** "Asked — answer (who, when, reference)", one line each. */
  readonly confirmed: string[];
  /** Never answered, or answered "don't know". */
  readonly questions: string[];
  /** The references the party gave, each once. */
  readonly ownRefs: string[];
}

/**
 * The confirmations put to `parties`, each asked once. `ownConversation` is false for a
 * delivery company other than the one talked to: what that one said is not this one's.
 */
export function conversationWith(
  to: DraftParty,
  input: ReportInput,
  parties: ReadonlySet<string>,
  ownConversation: boolean,
  t: DraftTexts,
): Conversation {
  const lang = input.lang;
  const confirmed: string[] = [];
  const questions: string[] = [];
  const seen = new Set<string>();
  for (const task of visibleTasks(input.state, input.tasks)) {
    for (const c of task.step.confirmations ?? []) {
      if (!parties.has(c.party) || !isQuestionVisible(task, c, input.state)) continue;
      const ask = localize(c.ask, lang);
      if (seen.has(ask)) continue;
      seen.add(ask);
      const latest = latestConfirmation(input.state, `${task.key}.${c.id}`);
      const who = latest ? whoLabel(latest.who, lang) : '';
      if (latest === undefined) questions.push(ask);
      else if (latest.answer === 'unknown')
        questions.push(`${ask} ${t.earlier(t.answers.unknown, who, shortTime(latest.at))}`);
      // What the delivery company said it cannot do is not asked of it again, nor held against it.
      else if (!ownConversation) questions.push(ask);
      else if (!(to === 'carrier' && latest.answer === 'no'))
        confirmed.push(
          t.confirmedLine(
            ask,
            answerWords(c, latest, t, lang),
            who,
            shortTime(latest.at),
            latest.reference ?? '',
          ),
        );
    }
  }
  const refs = [...[...input.state.confirmations.values()].flat(), ...input.state.contacts].filter(
    (e) => ownConversation && parties.has(e.party) && e.reference !== undefined,
  );
  const ownRefs = [...new Set(refs.map((e) => e.reference ?? ''))].filter((r) => r !== '');
  return { confirmed, questions, ownRefs };
}

/** What the person said about a confirmation, in words: yes / no / don't know, or the value they told. */
function answerWords(c: Confirmation, latest: ConfirmationEvent, t: DraftTexts, lang: Lang): string {
  const v = latest.value;
  if (latest.answer === 'yes' && v !== undefined) {
    if (v.kind === 'choice')
      return localize(c.options?.find((o) => o.id === v.value)?.label, lang) || t.answers.yes;
    if (v.kind === 'money') return formatMoney(v.value);
    if (v.kind === 'date') return showDateValue(v.value);
    if (v.kind === 'text') return v.value;
  }
  return t.answers[latest.answer];
}
