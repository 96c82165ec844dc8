// Flattens a playbook and the playbooks it includes into one ordered list of steps: what
// `show` prints and the order a session walks. Pure: the library of included playbooks is
// passed in (io/playbooks.ts resolvePlaybook builds it).
//
// KEY FORMAT. Every walked step has a key that is unique within the flattened list and
// stable for as long as the playbook's ids do not change, so a case journal can name it:
//   - a step of the root playbook:      "<step-id>"                      e.g. "check-orders"
//   - a step inside an include step:    "<include-step-id>/<step-id>"    e.g. "stop-it/call-merchant"
//   - deeper includes nest the same way: "<outer-include>/<inner-include>/<step-id>"
// The include step itself is listed too (kind 'include', as a section header) under its own
// key. Ids are slugs (no "/" or "."), so "/" separates levels and "." separates a step key
// from a question or confirmation id: the answer to question "shipped" of the step with key
// "stop-it/check-status" is "stop-it/check-status.shipped".
//
// SEVERAL ROOTS. A case can run several playbooks one after another (the triage picked them,
// or one was added to an open case). combineRoots() makes them one playbook: the first as it
// is, each later one as if the first included it at its end under a step keyed by its own id.
// So the first root's keys stay what they always were (every case written so far reads the
// same), and a later root's steps are keyed "<playbook-id>/<step-id>", never colliding. When
// an earlier root has a step of that id (phishing-clicked includes bank-transfer under a step
// "bank-transfer"), the later root is keyed "<playbook-id>-2" instead. A playbook an earlier
// root includes only on a condition can still be a later root: its steps are twins (see
// WalkedTask.earlier), walked once, where the first inclusion that holds puts them.
//
// Conditions inside an included playbook name answers of that playbook ("check-status.shipped"):
// `scope` is the key prefix of the playbook a step came from ("" for the root, "stop-it/" for
// steps included by "stop-it"), and scopeRef() turns such a reference into a full key.
import { LANGS, localize } from '../i18n.js';
import type { Condition, IncludeStep, Playbook, TaskStep } from './schema.js';

/** A step as it appears in the flattened walk. */
export type WalkedStep = WalkedTask | WalkedInclude;

interface WalkedBase {
  /** Unique key, see KEY FORMAT above. */
  readonly key: string;
  /** 0 for the root playbook's steps, 1 inside an include, 2 inside an include's include... */
  readonly depth: number;
  /** The id of the playbook this step is written in. */
  readonly playbookId: string;
  /** Key prefix of that playbook's steps: "" for the root, "<include-step-key>/" otherwise. */
  readonly scope: string;
  /** The step's own `when`, as written (references relative to `scope`). */
  readonly condition: Condition | undefined;
  /**
   * Every condition that must hold for the step to be shown, outermost first: the `when` of
   * each enclosing include step, then the step's own. Each is paired with its scope.
   */
  readonly conditions: readonly ScopedCondition[];
  /** Key of the enclosing include step, if any. */
  readonly parentKey: string | undefined;
  /** The case's root playbook this step is walked under (see SEVERAL ROOTS). */
  readonly caseRoot: string;
}

export interface ScopedCondition {
  readonly condition: Condition;
  readonly scope: string;
  /** The playbook whose answers the condition names. */
  readonly playbookId: string;
}

export interface WalkedTask extends WalkedBase {
  readonly kind: 'task';
  readonly step: TaskStep;
  /**
   * The same step where the same playbook is included earlier in the walk (phishing-clicked
   * includes card-charges, and account-takeover, which it also includes, does again): the
   * conditions of each earlier inclusion. While any of them holds, that one is walked and
   * this one is not (plan.ts isStepVisible), so a person is never taken through a guide twice.
   */
  readonly earlier?: readonly (readonly ScopedCondition[])[];
}

interface WalkedInclude extends WalkedBase {
  readonly kind: 'include';
  readonly step: IncludeStep;
  /** The included playbook, when the library has it and it does not include itself again. */
  readonly included: Playbook | undefined;
  /**
   * Why the included playbook's steps are missing: the validator reports both as errors. (A
   * playbook two roots of a case include, as fraud-order and account-takeover both include
   * card-charges, is walked under both: its steps are twins, walked once.)
   */
  readonly problem: 'missing' | 'cycle' | undefined;
}

/** Includes nested deeper than this are not followed (the validator rejects absurd nesting). */
const MAX_INCLUDE_DEPTH = 16;

export function walkPlaybook(root: Playbook, library: ReadonlyMap<string, Playbook>): WalkedStep[] {
  const walked: WalkedStep[] = [];
  visit(root, '', 0, [], [root.id], undefined, root.id, library, walked);
  return markTwins(walked);
}

/** Each included step's earlier twins (see WalkedTask.earlier), by the include conditions they were under. */
function markTwins(walked: WalkedStep[]): WalkedStep[] {
  const seen = new Map<string, (readonly ScopedCondition[])[]>();
  return walked.map((step) => {
    if (step.kind !== 'task' || step.parentKey === undefined) return step;
    const id = `${step.playbookId}\u0000${step.step.id}`;
    const before = seen.get(id) ?? [];
    // The inclusion's conditions: the step's own `when` (last, when it has one) is its own.
    const inclusion = step.step.when ? step.conditions.slice(0, -1) : step.conditions;
    seen.set(id, [...before, inclusion]);
    return before.length === 0 ? step : { ...step, earlier: before };
  });
}

// The include steps combineRoots() adds: the steps under them belong to another case root.
const addedRoots = new WeakSet<object>();

/** Several root playbooks as one (see SEVERAL ROOTS); the library must hold the later ones. */
export function combineRoots(roots: readonly Playbook[]): Playbook {
  const [first, ...later] = roots;
  if (first === undefined) throw new RangeError('combineRoots: no playbook');
  if (later.length === 0) return first;
  const taken = new Set(first.steps.map((step) => step.id));
  const added = later.map((p): IncludeStep => {
    let id = p.id;
    for (let n = 2; taken.has(id); n += 1) id = `${p.id}-${n}`;
    taken.add(id);
    return { id, include: p.id, title: p.title };
  });
  for (const step of added) addedRoots.add(step);
  // The case is about all of them: `cases`, `log` and the reports name each one.
  const title = Object.fromEntries(
    LANGS.map((lang) => [lang, roots.map((p) => localize(p.title, lang)).join(' + ')]),
  );
  return { ...first, title, steps: [...first.steps, ...added] };
}

/**
 * Whether `id` can join a case walking these roots: it is not one of them, and no inclusion of
 * it already walks it for sure. An inclusion walks it for sure when it has no condition, or
 * when `holds` (the case's answers so far, when there is a case) says its conditions hold.
 * Included only on a condition not met yet, it can join: its steps are then walked once.
 */
export function canAddRoot(
  roots: readonly Playbook[],
  library: ReadonlyMap<string, Playbook>,
  id: string,
  holds: (conditions: readonly ScopedCondition[]) => boolean = (conditions) => conditions.length === 0,
): boolean {
  if (roots.some((r) => r.id === id)) return false;
  const walked = walkPlaybook(combineRoots(roots), library);
  return !walked.some(
    (s) => s.kind === 'include' && s.step.include === id && s.included !== undefined && holds(s.conditions),
  );
}

/** Only the steps a person does (include headers left out). */
export function walkTasks(root: Playbook, library: ReadonlyMap<string, Playbook>): WalkedTask[] {
  return walkPlaybook(root, library).filter((s): s is WalkedTask => s.kind === 'task');
}

/** "check-status.shipped" written in scope "stop-it/" → "stop-it/check-status.shipped". */
export function scopeRef(scope: string, ref: string): string {
  return scope + ref;
}

function visit(
  playbook: Playbook,
  scope: string,
  depth: number,
  outer: readonly ScopedCondition[],
  stack: readonly string[],
  parentKey: string | undefined,
  caseRoot: string,
  library: ReadonlyMap<string, Playbook>,
  walked: WalkedStep[],
): void {
  for (const step of playbook.steps) {
    const key = scope + step.id;
    const own: ScopedCondition[] = step.when
      ? [{ condition: step.when, scope, playbookId: playbook.id }]
      : [];
    const base = {
      key,
      depth,
      playbookId: playbook.id,
      scope,
      condition: step.when,
      conditions: [...outer, ...own],
      parentKey,
      caseRoot,
    };
    if (!('include' in step)) {
      walked.push({ ...base, kind: 'task', step });
      continue;
    }
    const found = library.get(step.include);
    const cycle = stack.includes(step.include) || depth + 1 > MAX_INCLUDE_DEPTH;
    const included = found && !cycle ? found : undefined;
    walked.push({
      ...base,
      kind: 'include',
      step,
      included,
      problem: found ? (cycle ? 'cycle' : undefined) : 'missing',
    });
    if (included)
      visit(
        included,
        `${key}/`,
        depth + 1,
        base.conditions,
        [...stack, included.id],
        key,
        addedRoots.has(step) ? included.id : caseRoot,
        library,
        walked,
      );
  }
}
