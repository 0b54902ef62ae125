// "Kyiv repeated its accusation that Moscow was shelling the plant", "Xelil said …, reiterating
// accusations that Turkey was supporting the group": the speaker of an accusation opposes the actor
// its that-clause accuses (the guidelines: the accusation is the act). Not where a denying verb
// governs the noun ("Iran rejected accusations that …": the accused speaks). A judgement noun
// ("Britain shares the US assessment that it is highly likely that the regime was responsible for the
// attack") accuses only where its clause blames ("was responsible for", "was behind"); its owner and
// the subject of the verb voicing it both accuse. Words: syntax.json accusationThat; the denying
// verbs are cues.json negatingVerbs, the blame words attribution.responsible.
import type { ActorMention } from '../../types.js';
import type { SentenceEndPattern } from '../pattern.js';
import type { SentenceView } from '../sentence.js';

/** Past "it is (highly) likely that" from j (impersonal: its adjectives), else j. */
function pastImpersonal(view: SentenceView, j: number, impersonal: ReadonlySet<string>): number {
  if (j + 3 >= view.end || view.f[j] !== 'it' || view.tokens[j + 1]!.lemma !== 'be') return j;
  let x = j + 2;
  while (x < view.end && view.tokens[x]!.pos === 'ADV') x++;
  return x + 1 < view.end && impersonal.has(view.f[x]!) && view.f[x + 1] === 'that' ? x + 2 : j;
}

/** Does a blame start at v ("responsible", "behind", "to blame")? */
function blamesAt(view: SentenceView, v: number, responsible: ReadonlySet<string>): boolean {
  if (v >= view.end) return false;
  if (responsible.has(view.f[v]!)) return true;
  return v + 1 < view.end && responsible.has(`${view.f[v]} ${view.f[v + 1]}`);
}

export const accusationThat: SentenceEndPattern = {
  name: 'accusation-that',
  reads: [
    'X repeated its accusation that Y <verb>s',
    'X reiterated accusations that Y <verb>s',
    'X shares the Z assessment that (it is likely that) Y was responsible for',
  ],
  on: 'sentence end',
  cues: (lex) => [...lex.syntax.constructions.accusationThat.nouns, ...lex.syntax.constructions.accusationThat.blameNouns],
  run(view, emit, lex) {
    const w = lex.syntax.constructions.accusationThat;
    const responsible = lex.syntax.constructions.attribution.responsible;
    for (let k = view.first; k + 2 < view.end; k++) {
      if (view.tokens[k]!.pos !== 'NOUN' || view.f[k + 1] !== 'that') continue;
      const accusing = w.nouns.has(view.f[k]!);
      if (!accusing && !w.blameNouns.has(view.f[k]!)) continue;
      const s = pastImpersonal(view, k + 2, w.impersonal);
      if (s >= view.end || !view.isNP(s)) continue;
      // The accused: the that-clause's subject, followed by its verb (or, for a judgement, its blame).
      const accused = view.groupRight(s);
      let v = accused.end;
      while (v < view.end && (view.tokens[v]!.pos === 'AUX' || view.tokens[v]!.pos === 'ADV')) v++;
      if (!accused.args.length || v >= view.end || !view.headIsActor(...view.np(s))) continue;
      const blamed = blamesAt(view, v, responsible);
      if (!blamed && !(accusing && view.tokens[v]!.pos === 'VERB')) continue;
      // The speaker: the noun's possessor ("its accusation") or owner ("the US assessment"), and the
      // subject of the verb governing it.
      const [a] = view.np(k);
      let speakers: ActorMention[] = [...(view.pronounPossessor(a) ?? [])];
      if (!speakers.length && !accusing && a < k) speakers = view.objectOwners(a, k);
      const gv = view.governingVerb(a);
      if (gv !== -1 && lex.cues.negatingVerbs.has(view.tokens[gv]!.lemma)) continue;
      // (Only a verb that voices the accusation: "to investigate allegations that …" makes none.)
      if ((!speakers.length || !accusing) && gv !== -1 && w.verbs.has(view.tokens[gv]!.lemma))
        speakers = [...speakers, ...view.subjectOf(gv).args];
      speakers = speakers.filter((m) => !accused.args.some((x) => x.actor === m.actor));
      if (speakers.length) emit.pairs(speakers, accused.args, w.trigger, view.textOf(k, k), view.modality(view.clauseStart(a), k, false));
    }
  },
};
