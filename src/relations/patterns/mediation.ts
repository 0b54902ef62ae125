// "Qatar launched a mediation effort between the Emirates and Saudi Arabia", "Egypt mediated
// between Israel and Hamas": the mediator consults each party (met, PLOVER CONSULT); the parties
// meet no one through it. Words: syntax.json mediation.
import type { SentenceEndPattern } from '../pattern.js';
import { firstWords } from '../../lexicon/derived.js';
import type { ActorMention } from '../../types.js';
import type { SentenceView } from '../sentence.js';

/**
 * The subject of a past form the tagger read as an adjective ("Norway mediated talks …"): the
 * phrase before it, or the actor right before it where the tagger made one phrase of both.
 */
function adjectiveVerbSubject(view: SentenceView, k: number): ActorMention[] {
  const g = view.groupLeft(k - 1).args;
  if (g.length) return g;
  const m = view.mentionAt(k - 1);
  return m && m.endToken === k && view.isArg(m) ? [m] : [];
}

export const mediation: SentenceEndPattern = {
  name: 'mediation',
  reads: ['X mediated between Y and Z', 'X launched a mediation effort between Y and Z', "X's mediation between Y and Z"],
  on: 'sentence end',
  cues: (lex) => [...lex.syntax.constructions.mediation.verbs, ...lex.syntax.constructions.mediation.nouns],
  run(view, emit, lex) {
    const w = lex.syntax.constructions.mediation;
    for (let k = view.first; k < view.end; k++) {
      const t = view.tokens[k]!;
      const verb = view.isVerbOf(k, w.verbs);
      // (Two words are joined only where a noun of the pattern starts.)
      const two = k + 1 < view.end && firstWords(w.nouns).has(view.f[k]!) ? `${view.f[k]} ${view.f[k + 1]}` : '';
      const nounLen = w.nouns.has(two) ? 2 : w.nouns.has(view.f[k]!) && (t.pos === 'NOUN' || t.pos === 'PROPN') ? 1 : 0;
      if (!verb && !nounLen) continue;
      // ("a recent ceasefire brokered between the US and Russia": a participle after a noun that names
      // no one describes the noun; no mediator acts, and the clause's subject is none.)
      if (
        verb &&
        t.pos === 'VERB' &&
        k - 1 >= view.first &&
        view.tokens[k - 1]!.pos === 'NOUN' &&
        !view.mentionAt(k - 1) &&
        view.f[k]!.endsWith('ed')
      )
        continue;
      // "between" right after the word, or after its object ("mediated a truce between …") within the clause.
      let j = k + Math.max(1, nounLen);
      for (let n = 0; j < view.end && n < 6 && view.f[j] !== 'between'; j++, n++) if (view.isBreak(j) && view.f[j] !== 'on') break;
      if (j >= view.end || view.f[j] !== 'between' || !view.isNP(j + 1)) continue;
      const parties = view.groupRight(j + 1).args;
      if (parties.length < 2) continue;
      // The mediator: the verb's subject, the noun's possessor, or the subject of the verb governing the noun.
      const [a] = view.np(k);
      let mediator = verb ? (t.pos === 'VERB' ? view.subjectOf(k).args : adjectiveVerbSubject(view, k)) : view.argsIn(a, k).args;
      if (!mediator.length && !verb) {
        const gv = view.governingVerb(a);
        if (gv !== -1) mediator = view.subjectOf(gv).args;
      }
      if (!mediator.length) continue;
      emit.pairs(
        mediator,
        parties.filter((p) => !mediator.some((m) => m.actor === p.actor)),
        w.trigger,
        view.textOf(k, k + Math.max(1, nounLen) - 1),
        view.modality(view.clauseStart(k), k, false),
      );
    }
  },
};
