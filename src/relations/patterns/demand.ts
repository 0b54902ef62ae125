// "Lavrov said Washington must stop backing the YPG", "urged Turkey to end its offensive": a speaker
// demanding that another actor stop is opposing it (PLOVER DEMAND; the words are syntax.json's).
import type { VerbPattern } from '../pattern.js';

/** Quotation marks that may open the words reported. */
const QUOTES = new Set(['"', '“', "'"]);

export const demand: VerbPattern = {
  name: 'demand',
  reads: [
    'X said Y must stop …',
    'X urged Y to end …',
    'X said Y should step down',
    'X argued that Y must be punished',
    'Y must stop …, X said',
    '"Y must stop …. …," X said',
  ],
  on: 'verb',
  verbs: (lex) => lex.syntax.demand.verbs,
  run(view, emit, lex, k) {
    const d = lex.syntax.demand;
    const lemma = view.tokens[k]!.lemma;
    if (!d.verbs.has(lemma)) return;
    const particles = d.particles.get(lemma);
    if (particles && !particles.has(view.f[k + 1]!)) return;
    const prev = k - 1 >= view.first ? view.f[k - 1]! : '';
    const prev2 = k - 2 >= view.first ? view.f[k - 2]! : '';
    const afterAdverb = d.adverbs.get(prev);
    // "Assad must be punished", "has to be held accountable": the demand in the passive.
    const passive = prev === 'be' && d.before.has(prev2);
    if (!(passive || d.before.has(prev) || (afterAdverb !== undefined && afterAdverb.has(prev2)))) return;
    // "urged Iraq to punish the militias", "urged the EU to isolate Russia": a verb done to its object
    // asks its subject to act against someone else.
    if (!passive && d.doneTo.has(lemma) && k + 1 < view.end && view.isNP(k + 1)) return;
    const demanded = view.subjectOf(k);
    if (!demanded.args.length) return;
    // The speaker: the subject of a speaking or urging verb right before the demanded actor.
    for (let j = demanded.start - 1; j >= view.first && j >= demanded.start - 4; j--) {
      const t = view.tokens[j]!;
      if (t.pos === 'VERB' && (lex.cues.speechVerbs.has(t.lemma) || d.demandingVerbs.has(t.lemma))) {
        emit.pairs(view.subjectOf(j).args, demanded.args, d.trigger, view.textOf(j, k), {});
        return;
      }
      if (t.pos === 'NOUN' || t.pos === 'PROPN') break;
    }
    // "Russia must stop insisting that Assad stay(,) Turkish Foreign Minister Mevlut Cavusoglu said on
    // Sunday": the speaker of the sentence's closing report, when the demand opens the sentence.
    // (Or opens a clause joined by "but"/"and" to one that reports no speech: "Turkey remains
    // committed to a ceasefire but Russia must stop …, Cavusoglu said".)
    // ('"Israel must stop the bombing," Blinken said': past an opening quotation mark.)
    const opening = view.first + (QUOTES.has(view.f[view.first]!) ? 1 : 0);
    if (demanded.start !== view.first && demanded.start !== opening) {
      const joined = view.f[demanded.start - 1];
      if (joined !== 'but' && joined !== 'and') return;
      for (let x = view.first; x < demanded.start; x++)
        if (view.tokens[x]!.pos === 'VERB' && lex.cues.speechVerbs.has(view.tokens[x]!.lemma)) return;
    }
    for (let j = view.end - 1; j > k; j--) {
      const t = view.tokens[j]!;
      if (t.pos !== 'VERB') continue;
      if (!lex.cues.speechVerbs.has(t.lemma)) return;
      const speaker = view.subjectOf(j);
      if (speaker.start <= k) return;
      // The actor named right before the verb ("Turkish Foreign Minister Mevlut Cavusoglu said"), not
      // one inside the demand ("from Ukraine, Zelensky said"); none past a relative ("which the US said").
      for (let x = k + 1; x < speaker.start; x++) if (view.f[x] === 'which' || view.f[x] === 'who') return;
      // ('"…," said Antony Blinken': the speaker after the verb.)
      if (speaker.start === j + 1) {
        const asked = demanded.args.filter((m) => !speaker.args.some((x) => x.actor === m.actor));
        if (asked.length) emit.pairs(speaker.args, asked, d.trigger, view.textOf(k, j), {});
        return;
      }
      const [sa, sb] = view.np(j - 1);
      const named =
        sb === j && view.headIsParty(sa, sb) ? view.argsIn(sa, sb).args.filter((m) => m.endToken === j || sb - 1 > m.endToken) : [];
      const asked = demanded.args.filter((m) => !named.some((x) => x.actor === m.actor));
      if (named.length && asked.length) emit.pairs(named, asked, d.trigger, view.textOf(k, j), {});
      return;
    }
    // '"Russia must stop its attacks. This is a war crime," Blinken said': the speaker named where a
    // quotation the sentence opens closes.
    const quoted = view.speakerAfterQuote();
    const asked = demanded.args.filter((m) => !quoted.some((x) => x.actor === m.actor));
    if (quoted.length && asked.length) emit.pairs(quoted, asked, d.trigger, view.textOf(k, k), {});
  },
};
