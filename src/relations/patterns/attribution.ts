// "Human Rights Watch said Syrian government forces were responsible for a poison gas attack", "The
// United States has said the deaths were caused by sarin dropped by Syrian aircraft": a speaker who
// lays a deed on another actor accuses it (the guidelines: the accusation is the act; PLOVER
// DISAPPROVE). Words: syntax.json attribution; the speech verbs are cues.json's.
import type { ActorMention } from '../../types.js';
import type { SentenceEndPattern } from '../pattern.js';
import type { SentenceView } from '../sentence.js';
import { firstWords } from '../../lexicon/derived.js';

/** The actors the sentence blames: "<Y> were responsible for", "<deed> caused by Y", with where it is said. */
function blamed(
  view: SentenceView,
  w: { responsible: Set<string>; bearing: Set<string>; agentVerbs: Set<string> },
  negation: Set<string>,
): { who: ActorMention[]; at: number } | undefined {
  const firsts = firstWords(w.responsible);
  for (let k = view.first; k < view.end; k++) {
    const t = view.tokens[k]!;
    const f = view.f[k]!;
    // Two-word entries ("to blame") are joined only where one could start.
    if (t.pos !== 'VERB' && firsts.has(f) && (w.responsible.has(f) || (k + 1 < view.end && w.responsible.has(`${f} ${view.f[k + 1]}`)))) {
      // "<Y> were (likely) responsible for": the subject of the copula before it; "<Y> bore (full)
      // responsibility for": of the bearing verb.
      const noun = f === 'responsibility';
      let v = k - 1;
      let denied = false;
      while (
        v >= view.first &&
        (view.tokens[v]!.pos === 'ADV' || view.tokens[v]!.pos === 'PART' || (noun && view.tokens[v]!.pos === 'ADJ'))
      ) {
        // "Russia was not behind the attack" clears Russia: no accusation.
        if (negation.has(view.f[v]!)) denied = true;
        v--;
      }
      if (
        !denied &&
        v >= view.first &&
        (noun ? view.tokens[v]!.pos === 'VERB' && w.bearing.has(view.tokens[v]!.lemma) : view.tokens[v]!.lemma === 'be')
      ) {
        const who = view.subjectOf(v).args;
        if (who.length) return { who, at: k };
      }
    }
    const j = t.pos === 'VERB' ? view.agentVerbEnd(k) : -1;
    if (j !== -1) {
      if (j + 1 < view.end && view.f[j] === 'by' && view.isNP(j + 1)) {
        const who = view.groupRight(j + 1).args;
        if (who.length) return { who, at: k };
      }
    }
  }
  return undefined;
}

export const attribution: SentenceEndPattern = {
  name: 'attribution',
  reads: ['X said Y was responsible for …', 'X said … was caused by Y', '… carried out by Y, X said'],
  on: 'sentence end',
  cues: (lex) => [...lex.syntax.constructions.attribution.responsible, ...firstWords(lex.syntax.constructions.attribution.agentVerbs)],
  run(view, emit, lex) {
    const w = lex.syntax.constructions.attribution;
    const blame = blamed(view, w, lex.cues.negation);
    if (!blame) return;
    // The speaker: the subject of a speech verb of the sentence, before or after the blame.
    for (let k = view.first; k < view.end; k++) {
      const t = view.tokens[k]!;
      if (t.pos !== 'VERB' || !lex.cues.speechVerbs.has(t.lemma)) continue;
      const speaker = view.subjectOf(k);
      const speakers = speaker.args.filter((m) => !blame.who.some((b) => b.actor === m.actor));
      if (!speakers.length) continue;
      emit.pairs(speakers, blame.who, w.trigger, t.text, view.modality(speaker.start, k, true));
      return;
    }
  },
};
