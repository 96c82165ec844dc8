// The playbook format, version 1. This zod schema is the single source of truth: the
// TypeScript types, the validator and the published JSON Schema all come from it.
// Cross-field rules (unique ids, conditions that name real answers, includes) live in
// semantics.ts, because a JSON Schema cannot say them.
import { REGIONS, type Region } from '../region.js';
import { z } from 'zod';
import { CONFIRMATION_ANSWERS, type ConfirmationAnswer } from '../journal/answers.js';
import { ACTIONS, SITUATIONS } from './situations.js';
import { HELPLINE_IDS } from '../helplines/directory.js';

const FORMAT_VERSION = 1;

/** Lowercase slug: letters, digits and single dashes. No dots or slashes, so an id is never a path. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANG_KEY_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$/;
/** "12h", "1d", "3d", "2w": how long after a date a follow-up falls due. */
const DURATION_PATTERN = /^([1-9][0-9]{0,3})([hdw])$/;
/** "step-id.question-id" naming an answer given earlier in the same playbook. */
const REF_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$/;

const id = (what: string) =>
  z
    .string()
    .regex(ID_PATTERN, { error: 'slug' })
    .max(64)
    .describe(`${what}: lowercase letters, digits and dashes, e.g. "check-orders".`);

const LocalizedText = z
  .union(
    [
      z.string().min(1),
      z
        .record(z.string().regex(LANG_KEY_PATTERN), z.string().min(1))
        .refine((m) => Object.keys(m).length > 0, { error: 'empty-text-map' }),
    ],
    { error: 'text' },
  )
  .describe('Text shown to the person: a string, or a map of languages such as {en: "...", ja: "..."}.');
type LocalizedText = z.infer<typeof LocalizedText>;

const Duration = z
  .string()
  .regex(DURATION_PATTERN, { error: 'duration' })
  .describe('A span of time: a number and a unit, h (hours), d (days) or w (weeks), e.g. "1d", "60d", "2w".');

const Ref = z
  .string()
  .regex(REF_PATTERN, { error: 'ref' })
  .describe('An earlier answer, as "step-id.question-id".');

const Scalar = z.union([z.string(), z.number(), z.boolean()]);
const RegionSchema = z.enum(REGIONS);

export type Condition =
  | { answer: string; is: z.infer<typeof Scalar> | z.infer<typeof Scalar>[] }
  | { answer: string; not: z.infer<typeof Scalar> | z.infer<typeof Scalar>[] }
  | { answer: string; answered: boolean }
  | { confirmation: string; is: ConfirmationAnswer | ConfirmationAnswer[] }
  | { fact: string; known: boolean }
  | { region: Region | Region[] }
  | { field: string; is: z.infer<typeof Scalar> | z.infer<typeof Scalar>[] }
  | { field: string; not: z.infer<typeof Scalar> | z.infer<typeof Scalar>[] }
  | { all: Condition[] }
  | { any: Condition[] }
  | { none: Condition[] };

export type { ConfirmationAnswer } from '../journal/answers.js';
const ConfirmationAnswerSchema = z.enum(CONFIRMATION_ANSWERS);

const ScalarOrList = z.union([Scalar, z.array(Scalar).min(1)]);

export const Condition: z.ZodType<Condition> = z
  .lazy(() =>
    z.union(
      [
        z.strictObject({
          answer: Ref,
          is: ScalarOrList.describe('True when the answer equals this value (or one of these values).'),
        }),
        z.strictObject({
          answer: Ref,
          not: ScalarOrList.describe(
            'True when the answer is given and differs from this value (and all of these values).',
          ),
        }),
        z.strictObject({
          answer: Ref,
          answered: z.boolean().describe('True when the question was (or was not) answered.'),
        }),
        z.strictObject({
          confirmation: Ref.describe('A confirmation, as "step-id.confirmation-id".'),
          is: z.union([ConfirmationAnswerSchema, z.array(ConfirmationAnswerSchema).min(1)]),
        }),
        z.strictObject({
          fact: z
            .string()
            .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)?$/, { error: 'fact' })
            .describe('A case fact, e.g. "orders" or "card.last4".'),
          known: z
            .boolean()
            .describe('True when the case knows the fact (or does not): told in any playbook of the case.'),
        }),
        z.strictObject({
          field: id('Field id').describe(
            'Another field of the same record (only in the fields of a records question).',
          ),
          is: ScalarOrList.describe(
            'True when that field of this record equals this value (or one of these).',
          ),
        }),
        z.strictObject({
          field: id('Field id').describe(
            'Another field of the same record (only in the fields of a records question).',
          ),
          not: ScalarOrList.describe(
            'True when that field of this record is given and differs from this value.',
          ),
        }),
        z.strictObject({
          region: z
            .union([RegionSchema, z.array(RegionSchema).min(1)])
            .describe(
              'True when the case is of this region (or one of these): where the person lives, jp, us, uk or other.',
            ),
        }),
        z.strictObject({ all: z.array(Condition).min(1).describe('True when every condition is true.') }),
        z.strictObject({
          any: z.array(Condition).min(1).describe('True when at least one condition is true.'),
        }),
        z.strictObject({ none: z.array(Condition).min(1).describe('True when no condition is true.') }),
      ],
      { error: 'condition' },
    ),
  )
  .describe('When to show this: a declarative test of earlier answers, never code.');

export const QUESTION_TYPES = ['yesno', 'text', 'choice', 'date', 'money', 'records'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const TEXT_FORMATS = [
  'plain',
  'multiline',
  'phone',
  'email',
  'url',
  'card-last4',
  'reference',
] as const;

const Option = z.strictObject({
  id: id('Option id'),
  label: LocalizedText,
});

/** "shop.name", "card.last4", "orders": a name from the fact vocabulary (facts.ts). */
const FACT_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)?$/;

const Fact = z
  .string()
  .regex(FACT_PATTERN, { error: 'fact' })
  .describe(
    'The case fact this answer sets, shared by every playbook of the case, e.g. "shop.name", "card.last4", "orders". Once known it is shown, not asked again.',
  );

const questionBase = {
  id: id('Question id'),
  fact: Fact.optional(),
  prompt: LocalizedText.describe('The question as the person reads it.'),
  help: LocalizedText.optional().describe('A line of help shown under the question.'),
  required: z
    .boolean()
    .optional()
    .describe('Must be answered before the step can be marked done (default false).'),
  when: Condition.optional(),
};

const YesNoQuestion = z.strictObject({
  ...questionBase,
  type: z.literal('yesno'),
  expect: z
    .enum(['yes', 'no'])
    .optional()
    .describe(
      'The answer that means the step went well ("Did you change the password?" expects yes): any other answer makes "done" no longer the default outcome.',
    ),
});
const TextQuestion = z.strictObject({
  ...questionBase,
  type: z.literal('text'),
  format: z
    .enum(TEXT_FORMATS)
    .optional()
    .describe('What kind of text: checked and shown accordingly (default plain).'),
});
const ChoiceQuestion = z.strictObject({
  ...questionBase,
  type: z.literal('choice'),
  options: z.array(Option).min(2).describe('The choices, at least two.'),
});
const CountsFrom = Ref.describe(
  'An earlier date answer ("step-id.question-id") that a span counts from: "14 days" or "within 14 days of the letter" typed here is 14 days after that date.',
);
const DateQuestion = z.strictObject({
  ...questionBase,
  type: z.literal('date'),
  'counts-from': CountsFrom.optional(),
});
const MoneyQuestion = z.strictObject({
  ...questionBase,
  type: z.literal('money'),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, { error: 'currency' })
    .optional()
    .describe('Default ISO 4217 currency, e.g. JPY, USD, EUR.'),
});

const FieldQuestion = z.discriminatedUnion(
  'type',
  [YesNoQuestion, TextQuestion, ChoiceQuestion, DateQuestion, MoneyQuestion],
  {
    error: 'question-type',
  },
);

const RecordsQuestion = z.strictObject({
  ...questionBase,
  type: z.literal('records'),
  fields: z
    .array(FieldQuestion)
    .min(1)
    .describe('The fields of one record, asked again for each "add another".'),
  'item-name': LocalizedText.optional().describe('What one record is called, e.g. "charge" or "order".'),
  'for-each': Fact.optional().describe(
    'Go through each record of this list fact (e.g. "orders") instead of adding new ones: its known fields are shown, the others asked, and the answers join that record.',
  ),
  entry: z
    .enum(['one-by-one', 'one-line'])
    .optional()
    .describe(
      '"one-line": the single field of each record is typed for all records at once, separated by spaces or commas (e.g. order numbers). Default "one-by-one".',
    ),
  batch: id('Field id')
    .optional()
    .describe(
      'With for-each: a yes/no or choice field asked for the whole list at once: the answer for most records, then a tick for the ones that differ (asked one by one). For 8 orders, 3 prompts instead of 8.',
    ),
  count: Ref.optional().describe(
    'An earlier answer that says how many records to expect (e.g. how many mails came): "add another?" defaults to yes until that many are given.',
  ),
});

export const Question = z.discriminatedUnion(
  'type',
  [YesNoQuestion, TextQuestion, ChoiceQuestion, DateQuestion, MoneyQuestion, RecordsQuestion],
  {
    error: 'question-type',
  },
);
export type Question = z.infer<typeof Question>;
export type FieldQuestion = z.infer<typeof FieldQuestion>;

export const FollowUp = z
  .strictObject({
    check: LocalizedText.describe('What to check when the follow-up falls due.'),
    after: Duration.describe('How long after the start date it falls due.'),
    from: Ref.optional().describe('A date answered earlier to count from (default: when the step was done).'),
  })
  .describe('A reminder to verify that what was promised really happened.');
export type FollowUp = z.infer<typeof FollowUp>;

const CONFIRMATION_KINDS = ['yesno', 'text', 'date', 'choice', 'money'] as const;

export const Confirmation = z
  .strictObject({
    id: id('Confirmation id'),
    party: id('Party id').describe("Who is asked: the id of one of the playbook's parties."),
    ask: LocalizedText.describe(
      'The exact question to put to the party, e.g. "Will you stop the shipment of this order?"',
    ),
    why: LocalizedText.optional(),
    when: Condition.optional(),
    topic: id('Topic')
      .optional()
      .describe(
        'What this confirmation settles, shared across the playbooks of a case (e.g. "stop-shipment"): once the same party has given the good answer on this topic, it is shown as confirmed, not asked again.',
      ),
    answer: z
      .enum(CONFIRMATION_KINDS)
      .optional()
      .describe(
        'What the answer is: yesno (default), or a text, date, choice or money the party tells you (a deadline, who cancels the charge).',
      ),
    options: z.array(Option).min(2).optional().describe('The choices, for answer: choice.'),
    'counts-from': CountsFrom.optional(),
    expect: z
      .enum(['yes', 'no'])
      .optional()
      .describe(
        'Which answer is good news, for a yes/no answer (default yes): "no" for "Do I have to pay while you investigate?". Any other answer stays open.',
      ),
    recheck: Duration.optional().describe(
      'When to ask again after "don\'t know", "they will look into it" or an answer that is not good news (default 3d).',
    ),
    'follow-up': FollowUp.optional().describe(
      'When the party gives the good answer: when and how to check they really did it.',
    ),
  })
  .describe(
    "An explicit question to a party. Recorded with the answer (yes / no / don't know), who answered, when, the channel and a reference number.",
  );
export type Confirmation = z.infer<typeof Confirmation>;

export const Party = z.strictObject({
  id: id('Party id'),
  name: LocalizedText.describe('Who they are, e.g. "The shop (merchant)".'),
  role: LocalizedText.optional().describe('What this party can and cannot do for you.'),
  contact: LocalizedText.optional().describe(
    'How to reach them, including how to find the number without logging in.',
  ),
});
export type Party = z.infer<typeof Party>;

const stepBase = {
  id: id('Step id'),
  when: Condition.optional(),
};

/** What a step may offer to attach as evidence when it is reached (the walk-through asks for a file). */
const EVIDENCE_KINDS = ['screenshot', 'photo', 'mail', 'document'] as const;

export const TaskStep = z.strictObject({
  ...stepBase,
  title: LocalizedText.describe('What to do, in a few words.'),
  why: LocalizedText.optional().describe('Why it matters.'),
  instructions: LocalizedText.optional().describe('How to do it; may span several lines.'),
  questions: z.array(Question).optional(),
  confirmations: z.array(Confirmation).optional(),
  'follow-up': FollowUp.optional().describe('A reminder set when this step is marked done or waiting.'),
  action: z
    .enum(ACTIONS, { error: 'action' })
    .optional()
    .describe(
      'The protective action this step performs, e.g. "stop-card" or "change-mail-password". A step whose action another playbook of the same case already did is shown as done.',
    ),
  helplines: z
    .array(z.enum(HELPLINE_IDS, { error: 'helpline' }))
    .min(1)
    .optional()
    .describe(
      'Helplines of the directory (respond helplines) shown at this step, by id, e.g. [jp-188, us-reportfraud]: each person sees those of the region they live in, with the number and hours as the directory has them.',
    ),
  evidence: z
    .enum(EVIDENCE_KINDS)
    .optional()
    .describe(
      'Offer to attach a file when the step is reached in a terminal: "screenshot" when the step says to take one, "photo", "mail" (.eml) or "document" (a PDF). Enter skips; an answers file gives a path.',
    ),
});

export const IncludeStep = z.strictObject({
  ...stepBase,
  include: id('Playbook id').describe('Run every step of another playbook here, e.g. "stop-shipment".'),
  title: LocalizedText.optional(),
});

export const Step = z.union([IncludeStep, TaskStep], { error: 'step' });
export type TaskStep = z.infer<typeof TaskStep>;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export type IncludeStep = z.infer<typeof IncludeStep>;
export type Step = z.infer<typeof Step>;

export const Playbook = z
  .strictObject({
    $schema: z.string().optional().describe('Where an editor finds this schema.'),
    version: z.literal(FORMAT_VERSION, { error: 'version' }).optional().describe('The format version: 1.'),
    id: id('Playbook id'),
    title: LocalizedText.describe('What this playbook is for.'),
    summary: LocalizedText.optional().describe('When to use it, in a sentence or two.'),
    for: z
      .array(z.enum(SITUATIONS, { error: 'situation' }))
      .min(1)
      .optional()
      .describe(
        'The situations of the first question ("What happened?") this playbook answers, e.g. [order-mails].',
      ),
    parties: z
      .array(Party)
      .optional()
      .describe('Who is involved: merchant, card issuer, delivery company, police...'),
    steps: z.array(Step).min(1, { error: 'empty-steps' }),
  })
  .describe(
    'A respond playbook: the steps a person walks through, the questions and confirmations to record.',
  );
export type Playbook = z.infer<typeof Playbook>;

export function isIncludeStep(step: Step): step is IncludeStep {
  return 'include' in step;
}
