// "Russia's military intervention has helped to bolster Assad's government", "Iranian support
// helped the Houthis hold Sanaa", "US aid enabled Kyiv to resist": help whose owner the subject
// names (its possessor or demonym) supports the one it helped, the object of "help" or of the
// helping infinitive ("helped to prop up the regime"). Only help of a supporting kind (intervention,
// aid, backing, air power: syntax.json helpingDeed.nouns), not any deed ("Israel's strikes helped
// Hamas recruit" is no support); the active verbs' own triggers read actors as subjects.
import type { ActorMention } from '../../types.js';
import type { SentenceEndPattern } from '../pattern.js';
import type { SentenceView } from '../sentence.js';

/** The phrase of help before the verb at k ("Russia's military intervention (since September)"), or undefined. */
function helpBefore(view: SentenceView, nouns: Set<string>, k: number): [number, number] | undefined {
  let v = k - 1;
  while (v >= view.first && (view.tokens[v]!.pos === 'AUX' || view.tokens[v]!.pos === 'ADV' || view.tokens[v]!.pos === 'PART')) v--;
  if (v < view.first || !view.isNP(v)) return undefined;
  let [a, b] = view.np(v);
  // Past one prepositional phrase: "Russia's intervention since September has helped".
  const prep = a - 1 >= view.first ? view.tokens[a - 1]!.pos : '';
  if (!nouns.has(view.f[b - 1]!) && (prep === 'ADP' || prep === 'SCONJ') && view.isNP(a - 2)) [a, b] = view.np(a - 2);
  if (!nouns.has(view.f[b - 1]!) || view.headIsActor(a, b)) return undefined;
  return [a, b];
}

/** The ones helped after the verb at k: "helped (to) <verb> (up) Y", "helped Y (to) <verb>", "helped Y". */
function helpedAfter(view: SentenceView, k: number): ActorMention[] {
  let j = k + 1;
  if (j + 1 < view.end && view.f[j] === 'to' && view.tokens[j + 1]!.pos === 'VERB') {
    j += 2;
    while (j < view.end && (view.tokens[j]!.pos === 'ADP' || view.tokens[j]!.pos === 'PART') && view.f[j] === 'up') j++;
  } else if (j < view.end && view.tokens[j]!.pos === 'VERB') {
    // "helped bolster the regime".
    j++;
    if (j < view.end && view.f[j] === 'up') j++;
  }
  if (j >= view.end || !view.isNP(j)) return [];
  const g = view.groupRight(j);
  if (g.args.length) return g.args;
  const [a, b] = view.np(j);
  return view.objectOwners(a, b);
}

export const helpingDeed: SentenceEndPattern = {
  name: 'helping-deed',
  reads: ["X's intervention helped (to) bolster Y", "X's support helped Y retake …", 'X(-ian) aid enabled Y to …'],
  on: 'sentence end',
  cues: (lex) => lex.syntax.constructions.helpingDeed.verbs,
  run(view, emit, lex) {
    const w = lex.syntax.constructions.helpingDeed;
    for (let k = view.first + 1; k + 1 < view.end; k++) {
      const t = view.tokens[k]!;
      if (t.pos !== 'VERB' || !w.verbs.has(t.lemma)) continue;
      const help = helpBefore(view, w.nouns, k);
      if (!help) continue;
      const helpers = view.objectOwners(help[0], help[1]);
      if (!helpers.length) continue;
      const helped = helpedAfter(view, k).filter((m) => !helpers.some((h) => h.actor === m.actor));
      if (helped.length) emit.pairs(helpers, helped, w.trigger, view.textOf(help[1] - 1, k), view.modality(help[0], k, false));
    }
  },
};
