// "The PMF, loyal to Iran, …", "Hezbollah remains loyal to Tehran", "militias loyal to Iran, such as
// Kataib Hezbollah": a named actor loyal to another supports it. Unnamed or demonym-only holders
// ("forces loyal to Assad", "Syrian troops loyal to Assad") are the state's own forces: none.
// Words: syntax.json loyalTo.
import type { ActorMention } from '../../types.js';
import type { SentenceEndPattern } from '../pattern.js';
import type { SentenceView } from '../sentence.js';

/** Who is loyal: set off before a comma, the copula's subject, the phrase right before, or listed after the target. */
function loyalOnes(view: SentenceView, verbs: Set<string>, k: number, end: number): { args: ActorMention[]; start: number } {
  let v = k - 1;
  // "remains fiercely loyal", "is no longer loyal".
  while (v >= view.first && (view.tokens[v]!.pos === 'ADV' || view.tokens[v]!.pos === 'PART' || view.f[v] === 'no')) v--;
  if (v < view.first) return { args: [], start: k };
  if (view.f[v] === ',' && v - 1 >= view.first && view.isNP(v - 1)) {
    const g = view.groupLeft(v - 1);
    return { args: g.args, start: g.start };
  }
  if ((view.tokens[v]!.pos === 'VERB' || view.tokens[v]!.pos === 'AUX') && verbs.has(view.tokens[v]!.lemma)) return view.subjectOf(v);
  // "The Houthis and forces loyal to Saleh": the actors stage read the whole phrase as one actor
  // (Saleh's forces); its conjuncts are not loyal to anyone.
  const whole = view.mentionAt(k);
  if (whole && whole.firstToken < k) return { args: [], start: k };
  if (v === k - 1 && view.isNP(v)) {
    // "forces loyal to the Assad regime": a group noun naming no actor of its own stands for the
    // actor it is loyal to (the phrase's reading), which is not loyal to itself.
    const [a, b] = view.np(v);
    let own = false;
    for (let j = a; j < k && !own; j++) own = view.mentionAt(j) !== undefined;
    const g = !own && view.loyalGroupTo(a, b) === k + 1 ? { args: [], start: a } : view.groupLeft(v);
    if (g.args.length) return { args: g.args, start: g.start };
    // "militias loyal to Iran, such as Kataib Hezbollah".
    return { args: view.listedAfter(end), start: g.start };
  }
  return { args: [], start: k };
}

export const loyalTo: SentenceEndPattern = {
  name: 'loyal-to',
  reads: ['Y, loyal to X, …', 'Y remains loyal to X', 'militias loyal to X, such as Y'],
  on: 'sentence end',
  cues: (lex) => lex.syntax.constructions.loyalTo.adjectives,
  run(view, emit, lex) {
    const w = lex.syntax.constructions.loyalTo;
    for (let k = view.first; k + 2 < view.end; k++) {
      if (!w.adjectives.has(view.f[k]!) || view.f[k + 1] !== 'to' || !view.isNP(k + 2)) continue;
      const g = view.groupRight(k + 2);
      if (!g.args.length) continue;
      const loyal = loyalOnes(view, w.verbs, k, g.end);
      const named = loyal.args.filter((m) => m.via !== 'demonym');
      if (named.length) emit.pairs(named, g.args, w.trigger, view.textOf(k, k + 1), view.modality(loyal.start, k, false));
    }
  },
};
