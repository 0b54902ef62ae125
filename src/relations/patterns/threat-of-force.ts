// "despite threats of further US strikes against the regime", "amid Israel's threats of air strikes
// on Hezbollah": force threatened is a threat by the force's source to its target (PLOVER
// THREATEN; guidelines: a threat is itself the act, whatever its tense). The force itself stays
// the hypothetical one of its own noun trigger; this pattern only adds the threat and passes.
import type { ActorMention } from '../../types.js';
import { PASS, type NounTriggerPattern } from '../pattern.js';

/** Nouns of a threat whose "of" names the force threatened. */
const THREAT_NOUNS = new Set(['threat', 'threats']);

export const threatOfForce: NounTriggerPattern = {
  name: 'threat-of-force',
  reads: ['threats of X strikes against Y', "X's threats of strikes on Y"],
  on: 'noun trigger',
  run(view, emit, lex, m) {
    const tr = m.trigger;
    if (tr.relation !== 'attacks' || m.a - 2 < view.first || view.f[m.a - 1] !== 'of') return PASS;
    const t = m.a - 2;
    if (!THREAT_NOUNS.has(view.f[t]!) || view.tokens[t]!.pos !== 'NOUN') return PASS;
    // ("Despite threats of US strikes against Syria, Russia sent ships": an actor after a bare comma
    // that a verb follows opens the next clause.)
    const cut = m.target.findIndex(
      (x, i) => i > 0 && view.f[x.firstToken - 1] === ',' && x.endToken < view.end && /^(VERB|AUX)$/.test(view.tokens[x.endToken]!.pos),
    );
    const targets = cut === -1 ? m.target : m.target.slice(0, cut);
    if (!targets.length) return PASS;
    // The one threatening: the force's own source ("US strikes", "strikes by Israel"), else the
    // threat's owner ("Israel's threats of strikes").
    let sources: ActorMention[] = m.modifiers.length ? m.modifiers : m.agent;
    if (!sources.length) {
      const [ta] = view.np(t);
      sources = ta < t ? view.objectOwners(ta, t) : [];
    }
    sources = sources.filter((s) => !targets.some((x) => x.actor === s.actor));
    if (!sources.length) return PASS;
    // The threat nouns' own trigger, else the verb's ("threaten"): both are PLOVER THREATEN.
    const isThreat = (x: { relation: string; category: string }) => x.relation === 'opposes' && x.category === 'THREATEN';
    const threat = lex.relations.nouns.get(view.f[t]!)?.find(isThreat) ?? lex.relations.verbs.get('threaten')?.find(isThreat);
    if (!threat) return PASS;
    emit.pairs(sources, targets, threat, view.textOf(t, m.k), view.modality(view.clauseStart(t), t, false));
    return PASS;
  },
};
