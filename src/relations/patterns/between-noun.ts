// "talks between Iran and Russia", "clashes between the YPG and the FSA", "joint flights of X and Y":
// a group after a mutual preposition is paired across the sides of its coordination. "Clashes
// between the army and rebels including the Nusra Front and the FSA": a side of unnamed fighters
// that a list names is the listed actors (as a subject is, clauses.ts listedForces).
import type { ActorMention } from '../../types.js';
import { DONE, PASS, type NounTriggerPattern } from '../pattern.js';
import type { SentenceView } from '../sentence.js';

/** Forms of "include" that open a list only after a relative pronoun ("rebels which include …"). */
const INCLUDE_FORMS = new Set(['include', 'includes', 'included']);

/**
 * The actors listed for a second side of unnamed fighters after the first side, which ends at c:
 * "and rebels including X and Y", "and a range of insurgents which include X", "and rebel groups
 * in Idlib, such as X". Empty where the second side names an actor itself or lists none.
 */
function listedSecondSide(view: SentenceView, c: number): ActorMention[] {
  if (c >= view.end || view.f[c] !== 'and' || !view.isNP(c + 1)) return [];
  let [xa, xb] = view.np(c + 1);
  // "a range of insurgents", "dozens of rebel groups": the quantity's group (the head checked below).
  if (xb + 1 < view.end && view.f[xb] === 'of' && view.isNP(xb + 1) && !view.argsIn(xa, xb).args.length) [, xb] = view.np(xb + 1);
  if (view.argsIn(xa, xb).args.length) return [];
  const head = view.f[xb - 1]!;
  const sector = view.lex.cues.sectorHeads.get(head);
  if (!view.syn.unnamedGroupHeads.has(head) && sector !== 'REB') return [];
  let y = xb;
  // "rebels in Syria including …": a place phrase after the head (a state there is a place).
  if (y + 1 < view.end && view.syn.placePreps.has(view.f[y]!) && view.isNP(y + 1)) y = view.np(y + 1)[1];
  if (y < view.end && view.f[y] === ',') y++;
  // (syntax.json listOpeners: "including", "such as", "which include"; a bare "include" is a verb here.)
  const two = y + 1 < view.end ? `${view.f[y]} ${view.f[y + 1]}` : '';
  if (view.syn.listOpeners.has(two)) y += 2;
  else if (y < view.end && view.syn.listOpeners.has(view.f[y]!) && !INCLUDE_FORMS.has(view.f[y]!)) y++;
  else return [];
  if (y >= view.end || !view.isNP(y)) return [];
  const g = view.groupRight(y);
  // ("extremists from al-Qaeda's former Syrian affiliate": a possessor names another actor.)
  const listed = g.args.filter((m) => !m.possessive);
  // "members of Nusra, al-Qaeda's affiliate in Syria and fighters from the FSA": past a place
  // phrase, a further conjunct of an armed group or its members.
  let e = g.end;
  for (let n = 0; listed.length && n < 3 && e + 1 < view.end; n++) {
    if (view.syn.placePreps.has(view.f[e]!) && view.isNP(e + 1)) e = view.np(e + 1)[1];
    if (e + 1 >= view.end || view.f[e] !== 'and' || !view.isNP(e + 1)) break;
    const [ca, cb] = view.np(e + 1);
    const next = view.groupRight(e + 1);
    const armed = next.args.length > 0 && next.args.every((m) => view.acts.actors.get(m.actor)?.type === 'armed_group');
    if (!armed || !(view.groupHeadAt(cb) || view.headIsActor(ca, cb))) break;
    listed.push(...next.args.filter((m) => !m.possessive));
    e = next.end;
  }
  return listed;
}

export const betweenNoun: NounTriggerPattern = {
  name: 'between-noun',
  reads: ['<noun> between X and Y', '<noun> of X and Y (mutualPreps)', '<noun> between X and <unnamed fighters> including Y and Z'],
  on: 'noun trigger',
  run(view, emit, _lex, m) {
    const tr = m.trigger;
    if (tr.speech || tr.sourceFrom || tr.targetFrom) return PASS;
    if (m.between.length >= 1) {
      const [s] = view.np(m.between[0]!.firstToken);
      if (s - 1 >= view.first && view.f[s - 1] === 'between') {
        const side = view.groupRight(s);
        const listed = listedSecondSide(view, side.end).filter((x) => !side.args.some((y) => y.actor === x.actor));
        if (listed.length && side.args.length) {
          emit.units([side.args, listed], tr, m.word, m.flags, tr.mutual);
          return DONE;
        }
      }
    }
    if (m.between.length < 2) return PASS;
    if (m.betweenUnits.length >= 2) emit.units(m.betweenUnits, tr, m.word, m.flags, tr.mutual);
    else emit.pairwise(m.between, tr, m.word, m.flags, tr.mutual);
    return DONE;
  },
};
