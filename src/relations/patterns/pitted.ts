// "The clashes pitted the Nusra Front against ISIL", "the war pits the Houthis against the
// Saudi-led coalition": a conflict named as the subject sets the actors of the object against
// those after "against"; fighting is mutual, so both ways. An actor as the subject ("Moscow pitted
// Kyiv against its allies") sets others against each other and is no fighting. Words: syntax.json
// constructions.pitted.
import type { ActorMention } from '../../types.js';
import type { SentencePattern, SentenceEndPattern } from '../pattern.js';

type View = Parameters<SentencePattern['run']>[0];

/** The token after a bracketed aside at j ("Jaish al-Islam (Army of Islam) against …"), or j. */
function pastBrackets(view: View, j: number): number {
  if (view.f[j] !== '(') return j;
  for (let c = j + 1; c < view.end && c < j + 8; c++) if (view.f[c] === ')') return c + 1;
  return j;
}

/**
 * The side's actors less those that only describe another: a possessor ("Fateh al-Sham, Al-Qaeda's
 * former branch") or a modifier of the next one ("the al-Qaida breakaway ISIL").
 */
function heads(view: View, side: ActorMention[]): ActorMention[] {
  return side.filter((m) => {
    if (m.possessive) return false;
    const next = side.find((n) => n.firstToken >= m.endToken);
    if (!next || next.possessive) return true;
    for (let c = m.endToken; c < next.firstToken; c++) if (view.syn.coordinators.has(view.f[c]!) || view.f[c] === '(') return true;
    return false;
  });
}

export const pitted: SentenceEndPattern = {
  name: 'pitted',
  reads: ['<conflict> pitted X against Y', '<conflict> pits X against Y', '<conflict>, which pits X against Y'],
  on: 'sentence end',
  // The forms: "pits" and "pitted" are read as nouns or adjectives now and then.
  cues: (lex) => [...lex.syntax.constructions.pitted.verbs].flatMap((v) => [v, `${v}s`, `${v}ted`, `${v}ting`]),
  run(view, emit, lex) {
    const w = lex.syntax.constructions.pitted;
    for (let k = view.first + 1; k + 1 < view.end; k++) {
      const f = view.f[k]!;
      if (!(w.verbs.has(view.tokens[k]!.lemma) || [...w.verbs].some((v) => f === `${v}s` || f === `${v}ted` || f === `${v}ting`))) continue;
      // The subject: a conflict noun naming no actor.
      const s = view.conflictSubjectBefore(k, w.subjects);
      if (s === -1) continue;
      const sa = view.isNP(s) ? view.np(s)[0] : s;
      if (!view.isNP(k + 1)) continue;
      const sides = view.groupRight(k + 1);
      const against = pastBrackets(view, sides.end);
      if (!sides.args.length || view.f[against] !== 'against' || !view.isNP(against + 1)) continue;
      const others = heads(view, view.groupRight(against + 1).args);
      if (!others.length) continue;
      const flags = view.modality(view.clauseStart(sa), k, false);
      const word = view.textOf(k, k);
      const one = heads(view, sides.args);
      emit.pairs(one, others, w.trigger, word, flags);
      emit.pairs(others, one, w.trigger, word, flags);
    }
  },
};
