// "Daesh (a terrorist group banned in Russia)", "Jabhat al-Nusra, outlawed in Russia and other
// countries", "the Muslim Brotherhood is banned in Egypt": a group a state bans or outlaws is
// sanctioned by that state (PLOVER SANCTION). The banned one is the phrase right before the
// participle (or the copula's subject), past a descriptor that names no actor ("a terrorist group");
// only a named group or organization, never a state, a person or a demonym ("Russian militants").
// Words: syntax.json bannedIn.
import type { ActorMention } from '../../types.js';
import type { SentenceEndPattern } from '../pattern.js';
import type { SentenceView } from '../sentence.js';

const GROUPS = new Set(['armed_group', 'organization']);

/** The banned (or designated) ones before the participle at k, with where their phrase starts; also read by designated-by. */
export function bannedOnes(view: SentenceView, descriptors: Set<string>, k: number): { args: ActorMention[]; start: number } {
  let v = k - 1;
  while (
    v >= view.first &&
    (view.tokens[v]!.pos === 'ADV' ||
      view.f[v] === 'both' ||
      view.f[v] === 'all' ||
      view.f[v] === '(' ||
      view.f[v] === ')' ||
      view.f[v] === ',')
  )
    v--;
  if (v < view.first) return { args: [], start: k };
  // "Hizb ut-Tahrir is banned in Russia", "has been outlawed in Egypt since 2013".
  if (view.tokens[v]!.lemma === 'be') {
    while (v >= view.first && (view.tokens[v]!.pos === 'AUX' || view.tokens[v]!.lemma === 'be' || view.tokens[v]!.pos === 'ADV')) v--;
    return v + 1 < k ? view.subjectOf(v + 1) : { args: [], start: k };
  }
  if (!view.isNP(v)) return { args: [], start: k };
  // "clashes between Faylaq al-Rahman, Jaysh al-Islam and Jabhat Fatah al-Sham (banned in Russia)":
  // the ban is the last conjunct's, unless "both" or "all" spreads it.
  const spread = view.f[k - 1] === 'both' || view.f[k - 1] === 'all';
  let g = view.groupLeft(v);
  // "Daesh terrorists (a terrorist group banned in Russia)": past the descriptor to the name.
  if (!g.args.length && descriptors.has(view.f[view.np(v)[1] - 1]!)) {
    let u = g.start - 1;
    while (u >= view.first && (view.f[u] === '(' || view.f[u] === ')' || view.f[u] === ',' || view.f[u] === '-')) u--;
    if (u < view.first || !view.isNP(u)) return { args: [], start: k };
    g = view.groupLeft(u);
  }
  return { args: spread ? g.args : g.args.slice(-1), start: g.start };
}

export const bannedIn: SentenceEndPattern = {
  name: 'banned-in',
  reads: ['Y (a terrorist group banned in X)', 'Y, outlawed in X, …', 'Y is banned in X'],
  on: 'sentence end',
  cues: (lex) => lex.syntax.constructions.bannedIn.verbs,
  run(view, emit, lex) {
    const w = lex.syntax.constructions.bannedIn;
    for (let k = view.first + 1; k + 2 < view.end; k++) {
      if (!w.verbs.has(view.f[k]!) || view.f[k + 1] !== 'in') continue;
      // The banning states: countries named right after "in" ("in Russia", "in the United States,
      // Britain and Canada"; not "in many countries").
      const p = view.f[k + 2] === 'the' ? k + 3 : k + 2;
      const place = view.mentionAt(p);
      if (!place || place.firstToken !== p || view.acts.actors.get(place.actor)?.type !== 'country') continue;
      const listed = view.isNP(p) ? view.groupRight(p).args.filter((m) => view.acts.actors.get(m.actor)?.type === 'country') : [];
      const places = listed.some((m) => m.actor === place.actor) ? listed : [place];
      // ("The Taliban banned in Afghanistan the education of girls": an active verb with its object after.)
      const next = view.tokens[place.endToken];
      if (place.endToken < view.end && next && ['DET', 'NOUN', 'ADJ', 'PROPN', 'NUM'].includes(next.pos)) continue;
      const banned = bannedOnes(view, w.descriptors, k).args.filter(
        (m) => m.via !== 'demonym' && GROUPS.has(view.acts.actors.get(m.actor)?.type ?? '') && !places.some((c) => c.actor === m.actor),
      );
      if (banned.length) emit.pairs(places, banned, w.trigger, view.textOf(k, k + 1), view.modality(k, k, false));
    }
  },
};
