// "Three Hamas fighters were killed when Israeli jets struck their hideout", "two Russian pilots
// were killed after Daesh shot down a helicopter", "Ukrainian soldiers were wounded as Russian troops
// shelled their trench": the fallen of a passive casualty verb fell to the force of the clause that
// "when", "after" or "as" opens, by that clause's subject (PLOVER ASSAULT). Only an active attack
// verb of relations.json with an actor as its subject ("when their car hit a mine" names no one).
import type { ActorMention } from '../../types.js';
import type { SentenceEndPattern } from '../pattern.js';
import type { SentenceView } from '../sentence.js';
import type { Emitter } from '../emit.js';
import type { Lexicon } from '../../lexicon/load.js';

/** Passive casualty verbs whose subject fell. */
const CASUALTY = new Set(['kill', 'wound', 'injure']);
/** Words opening the clause of the deed that caused them. */
const CONNECTORS = new Set(['when', 'after', 'as']);

/**
 * The reading at a passive casualty verb k with its "be". (A function of its own: its closures over
 * the fallen would otherwise make V8 allocate the loop body's scope at every token.)
 */
function readAt(view: SentenceView, emit: Emitter, lex: Lexicon, k: number): void {
  // The connector, past place and time phrases ("killed in Syria on Friday when …"). (Looked for
  // before the fallen: most casualty verbs have none, and the subject is a search.)
  let c = k + 1;
  while (c < view.end && c <= k + 8 && !CONNECTORS.has(view.f[c]!) && !view.isBreak(c) && view.tokens[c]!.pos !== 'VERB') c++;
  if (c >= view.end || !CONNECTORS.has(view.f[c]!) || !view.isNP(c + 1)) return;
  const victims = view.subjectOf(k);
  if (!victims.args.length) return;
  // ("as" of a role or comparison, "killed as civilians", is no clause: a verb must follow its subject.)
  let v = view.np(c + 1)[1];
  while (v < view.end && (view.tokens[v]!.pos === 'ADV' || view.tokens[v]!.pos === 'AUX')) v++;
  if (v >= view.end || view.tokens[v]!.pos !== 'VERB' || view.isPassive(v, 1)) return;
  const force = lex.relations.verbs.get(view.tokens[v]!.lemma)?.find((tr) => tr.relation === 'attacks');
  if (!force) return;
  const attackers: ActorMention[] = view.subjectOf(v).args.filter((m) => !victims.args.some((x) => x.actor === m.actor));
  if (!attackers.length || attackers.some((m) => m.firstToken <= c)) return;
  // ("Hezbollah fighters were killed when the Syrian army attacked Nusra positions": a deed aimed at
  // another actor says the fallen died in it, not that they were its target.)
  let o = v + 1;
  while (o < view.end && (view.tokens[o]!.pos === 'ADP' || view.tokens[o]!.pos === 'ADV') && o <= v + 2) o++;
  if (o < view.end && view.isNP(o)) {
    const [oa, ob] = view.np(o);
    // (A named actor other than the fallen, or unnamed fighters: "… when Syrian troops shelled rebel
    // positions". A possessive pronoun, "their hideout", is most often the fallen's.)
    let others = false;
    for (let x = oa; x < ob && !others; x++) {
      const m = view.mentionAt(x);
      const w = view.f[x]!;
      others = m
        ? !victims.args.some((y) => y.actor === m.actor)
        : view.lex.cues.sectorHeads.get(w.replace(/s$/, '')) === 'REB' || view.lex.cues.ethnicModifiers.has(w);
    }
    if (others) return;
  }
  const flags = view.modality(view.clauseStart(k), k, false);
  const own = view.modality(c + 1, v, false);
  emit.pairs(attackers, victims.args, force, view.textOf(v, v), {
    ...flags,
    negated: flags.negated || own.negated,
    hypothetical: flags.hypothetical || own.hypothetical,
  });
}

export const killedWhen: SentenceEndPattern = {
  name: 'killed-when',
  reads: ['X were killed when Y <attack verb>', 'X were killed after Y <attack verb>', 'X were wounded as Y <attack verb>'],
  on: 'sentence end',
  cues: () => ['killed', 'wounded', 'injured'],
  run(view, emit, lex) {
    for (let k = view.first + 1; k + 2 < view.end; k++) {
      const t = view.tokens[k]!;
      if (t.pos === 'VERB' && CASUALTY.has(t.lemma) && view.isPassive(k, 1) && view.hasBeAux(k)) readAt(view, emit, lex, k);
    }
  },
};
