/**
 * @license
 * Copyright 2021 Google LLC
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
// BudouX's phrase boundaries for Japanese (javascript/src/parser.ts, adapted: see NOTICE.md).
// Each position between two characters is scored by the characters around it; a positive
// score is a boundary between phrases (bunsetsu), where a line may break.
import model from './ja.json' with { type: 'json' };

type Scores = ReadonlyMap<string, number>;

interface Model {
  readonly base: number;
  readonly scores: readonly Scores[];
}

// The model's tables, made on the first Japanese line to break: an English run never needs them.
let tables: Model | undefined;
function loadModel(): Model {
  const groups = new Map<string, Scores>(
    Object.entries(model as Record<string, Record<string, number>>).map(([k, v]) => [
      k,
      new Map(Object.entries(v)),
    ]),
  );
  const base =
    -0.5 * [...groups.values()].flatMap((g) => [...g.values()]).reduce((sum, score) => sum + score, 0);
  const names = ['UW1', 'UW2', 'UW3', 'UW4', 'UW5', 'UW6', 'BW1', 'BW2', 'BW3', 'TW1', 'TW2', 'TW3', 'TW4'];
  return { base, scores: names.map((name) => groups.get(name) ?? new Map<string, number>()) };
}

/** The indices (UTF-16) in `sentence` where a new phrase starts. */
export function phraseBoundaries(sentence: string): number[] {
  tables ??= loadModel();
  const {
    base: baseScore,
    scores: [UW1, UW2, UW3, UW4, UW5, UW6, BW1, BW2, BW3, TW1, TW2, TW3, TW4],
  } = tables;
  const result: number[] = [];
  const at = (scores: Scores | undefined, from: number, to: number): number =>
    scores?.get(sentence.substring(from, to)) ?? 0;
  for (let i = 1; i < sentence.length; i++) {
    let score = baseScore;
    // NOTE: Score values in models may be negative.
    score += at(UW1, i - 3, i - 2);
    score += at(UW2, i - 2, i - 1);
    score += at(UW3, i - 1, i);
    score += at(UW4, i, i + 1);
    score += at(UW5, i + 1, i + 2);
    score += at(UW6, i + 2, i + 3);
    score += at(BW1, i - 2, i);
    score += at(BW2, i - 1, i + 1);
    score += at(BW3, i, i + 2);
    score += at(TW1, i - 3, i);
    score += at(TW2, i - 2, i + 1);
    score += at(TW3, i - 1, i + 2);
    score += at(TW4, i, i + 3);
    if (score > 0) result.push(i);
  }
  return result;
}
