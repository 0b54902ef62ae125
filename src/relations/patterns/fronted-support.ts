// "With Russian support, the regime began to retake territory", "With the backing of Iran the Houthis
// seized Sanaa": a sentence-initial adjunct naming help received is the main clause subject's, given
// by the help's owner (its demonym or possessor, or "of" / "from" X) (PLOVER SUPPORT). The reading
// after the subject ("retook Palmyra with the support of Russia") is the received-support trigger's;
// a fronted adjunct comes before its subject, so that trigger never sees it. Not "With Russian support
// waning, …" (no subject follows the help) nor "With US support for the rebels, …" (help for another).
// Words: syntax.json frontedSupport.
import type { ActorMention } from '../../types.js';
import type { SentenceEndPattern } from '../pattern.js';

export const frontedSupport: SentenceEndPattern = {
  name: 'fronted-support',
  reads: ['With X support(,) Y <verb> …', 'With the backing of X(,) Y <verb> …', "Under X's protection, Y …"],
  on: 'sentence end',
  cues: (lex) => [...lex.syntax.constructions.frontedSupport.heads].filter((h) => !h.includes(' ')),
  run(view, emit, lex) {
    const w = lex.syntax.constructions.frontedSupport;
    const p = view.first;
    if (!w.preps.has(view.f[p]!) || !view.isNP(p + 1)) return;
    // The help noun: after determiners, adjectives and the giver's name (the chunker may run the
    // adjunct's phrase on into the subject when the comma is lost: "Russian support the Syrian army").
    let b = -1;
    for (let j = p + 1; j < view.end && j <= p + 5 && b === -1; j++) {
      if (w.heads.has(view.f[j]!)) b = j + 1;
      else if (j + 1 < view.end && w.heads.has(`${view.f[j]} ${view.f[j + 1]}`)) b = j + 2;
      else if (!(view.tokens[j]!.pos === 'DET' || view.tokens[j]!.pos === 'ADJ' || view.tokens[j]!.pos === 'PART' || view.mentionAt(j)))
        return;
    }
    if (b === -1) return;
    // The givers: named in the phrase ("Russian support", "Iran's backing") or after "of" / "from".
    let givers: ActorMention[] = [];
    let c = b;
    if (b + 1 < view.end && (view.f[b] === 'of' || view.f[b] === 'from') && view.isNP(b + 1)) {
      let [, e] = view.np(b + 1);
      // (A determiner after the first word opens the subject of a run-on phrase: "of Russia the army".)
      for (let j = b + 2; j < e; j++)
        if (view.tokens[j]!.pos === 'DET') {
          e = j;
          break;
        }
      givers = view.argsIn(b + 1, e).args;
      c = e;
    } else givers = view.objectOwners(p + 1, b);
    if (!givers.length) return;
    // The comma closing the adjunct may be lost ("With Russian support the regime began …").
    if (c < view.end && view.f[c] === ',') c++;
    // The main clause's subject right after it, followed by its verb.
    if (c >= view.end || !view.isNP(c)) return;
    const [, e] = view.np(c);
    const subject = view.argsIn(c, e).args;
    let v = e;
    while (v < view.end && (view.tokens[v]!.pos === 'ADV' || view.tokens[v]!.pos === 'AUX' || view.tokens[v]!.pos === 'PART')) v++;
    if (v >= view.end || !(view.tokens[v]!.pos === 'VERB' || lex.relations.pastForms.has(view.f[v]!))) return;
    const helped = subject.filter((s) => !givers.some((g) => g.actor === s.actor));
    if (helped.length) emit.pairs(givers, helped, w.trigger, view.textOf(p + 1, b - 1), view.modality(c, v, false));
  },
};
