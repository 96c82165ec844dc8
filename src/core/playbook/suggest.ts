// "Did you mean ...?": a misspelled key or id is the most common mistake in a hand-written
// playbook, and naming the likely fix saves a frightened person a trip to the docs.

/**
 * Edit distance where swapping two neighbouring letters counts as one edit ("titel" is one
 * step from "title"): the Levenshtein distance with transpositions (optimal string alignment).
 */
function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (before[j - 2] ?? 0) + 1);
      current[j] = best;
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Candidates compared at most: a hostile playbook has twenty thousand step ids, a real one a few dozen. */
const MAX_CANDIDATES = 1000;

/** The closest candidate, if it is close enough to be a plausible typo. */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  // Comparing a huge pasted value with every candidate would be slow and never helpful.
  if (word.length > 64) return undefined;
  const lower = word.toLowerCase();
  const limit = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  let compared = 0;
  for (const candidate of candidates) {
    if (++compared > MAX_CANDIDATES) break;
    // The distance is at least the difference in length: no need to compute it then.
    if (candidate === word || Math.abs(candidate.length - word.length) > limit) continue;
    const distance = levenshtein(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}
