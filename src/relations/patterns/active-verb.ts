// "Iran supports Hezbollah", "Turkey accused Russia of …", "threatened to attack the YPG": an active
// verb's subject is the source, its object (direct, prepositional or the infinitive's) the target.
import { SYMMETRIC_RELATIONS } from '../../types.js';
import type { ActorMention } from '../../types.js';
import { DONE, NEXT, PASS, type VerbTriggerPattern } from '../pattern.js';
import type { SentenceView } from '../sentence.js';
import { R_RELATIVE } from '../classes.js';
import type { VerbMatch } from '../triggers.js';

/**
 * "An air strike by the coalition killed 18 SDF fighters", "Israeli shelling hit Hezbollah
 * positions": a subject naming no actor whose head is a force noun (passiveAgents.ofAgent) is done
 * by the strikes' leader, demonym or agent ("by X" before the verb).
 */
/** The force noun phrase [a, b) where the subject search for the verb at v ended at start, if any. */
function forceNounPhrase(view: SentenceView, start: number, v: number): [number, number] | undefined {
  let s = start;
  // "An overnight airstrike likely carried out by the coalition struck …": the subject search
  // stopped at the agent's "by"; the force noun ends before the participle.
  if (view.f[s] === 'by') {
    let p = s - 1;
    if (p >= view.first && view.f[p] === 'out') p--;
    if (p < view.first || view.tokens[p]!.pos !== 'VERB') return undefined;
    p--;
    while (p >= view.first && view.tokens[p]!.pos === 'ADV') p--;
    if (p < view.first || !view.isNP(p)) return undefined;
    s = view.np(p)[0];
  }
  if (s < view.first || s >= v || !view.isNP(s)) return undefined;
  const [a, b] = view.np(s);
  // "an air strike late on Wednesday": an adjective after the head.
  let h = b - 1;
  while (h > a && view.tokens[h]!.pos === 'ADJ') h--;
  const of = view.lex.relations.passiveOfAgent;
  return of.has(view.f[h]!) || (h - 1 >= a && of.has(`${view.f[h - 1]} ${view.f[h]}`)) ? [a, h + 1] : undefined;
}

/**
 * "An air strike by the coalition killed 18 SDF fighters", "Israeli shelling hit Hezbollah
 * positions": a subject whose head is a force noun (passiveAgents.ofAgent) is done by the
 * strikes' leader, demonym or agent ("by X" before the verb).
 */
function forceNounSource(view: SentenceView, [a, b]: [number, number], v: number): ActorMention[] {
  const leaders = view.leadersIn(a, b);
  if (leaders.length) return leaders;
  const demonyms = view.demonymsIn(a, b);
  if (demonyms.length) return demonyms;
  // "An air strike on Tuesday by a U.S.-led coalition fighting Daesh", "strikes carried out by X":
  // the first "by" before the verb.
  for (let j = b; j < v; j++) {
    if (view.isBreak(j)) return [];
    if (view.f[j] === 'by' && view.isNP(j + 1)) return view.groupRight(j + 1).args;
    const t = view.tokens[j]!;
    if (t.pos === 'VERB' && !(view.f[j + 1] === 'by' || (view.f[j + 1] === 'out' && view.f[j + 2] === 'by'))) return [];
  }
  return [];
}

/** The sources of an attack verb: its subject's actors; a force noun's (above) where they are none or only persons not owning it (a byline glued to a headline). */
/** Is x a state named bare, neither by a demonym nor a possessive nor with a sector ("Syria")? */
function bareStateName(view: SentenceView, x: ActorMention): boolean {
  return !x.possessive && x.via !== 'demonym' && !x.sector && view.acts.actors.get(x.actor)?.type === 'country';
}

function attackSources(view: SentenceView, subj: ActorMention[], start: number, v: number): ActorMention[] {
  // ("Syria fighting kills …" with "fighting" tagged a verb: the same.)
  if (v - 1 >= view.first && view.syn.constructions.pitted.subjects.has(view.f[v - 1]!) && view.tokens[v - 1]!.pos === 'VERB')
    return subj.filter((x) => !(x.endToken === v - 1 && bareStateName(view, x)));
  const phrase = forceNounPhrase(view, start, v);
  if (!phrase) return subj;
  // ("Syria fighting kills 132 IS fighters": a state's bare name before fighting between sides, in a
  // headline, is where it happens.)
  const mutual = view.syn.constructions.pitted.subjects.has(view.f[phrase[1] - 1]!);
  const owners = subj.filter(
    (x) => (x.possessive || view.acts.actors.get(x.actor)?.type !== 'person') && !(mutual && bareStateName(view, x)),
  );
  return owners.length ? owners : forceNounSource(view, phrase, v);
}

/**
 * "The YPG, which the US backs, …", "Kataib Hezbollah, which Iran funds, attacked …": the object of
 * a verb (the match m) whose subject opens a relative clause with "which"/"that"/"whom" is the
 * antecedent, where no object follows the verb (at e).
 */
function relativeObject(view: SentenceView, m: VerbMatch, e: number): ActorMention[] {
  // (The tests that need no subject come first: the subject search is costly, and most verbs
  // without an object are in no relative clause.)
  if (!view.hasRelativeWord()) return [];
  while (e < view.end && view.tokens[e]!.pos === 'ADV') e++;
  if (e < view.end && view.isNP(e) && view.tokens[e]!.pos !== 'ADP') return [];
  const start = m.subj.start;
  // (A pronoun's subject is no clause of its own: "medical centres that it supports".)
  if (view.tokens[start]?.pos === 'PRON') return [];
  const p = start - 1;
  if (p <= view.first || !(view.cls[p]! & R_RELATIVE)) return [];
  const w = view.f[p];
  if (w !== 'which' && w !== 'that' && w !== 'whom') return [];
  // The antecedent: the phrase right before the pronoun (past a comma), not a preposition's object
  // ("territory in Syria and Iraq that it seized" is the territory).
  const c = view.antecedentEnd(p);
  if (c < view.first || !view.isNP(c) || view.tokens[c]!.pos === 'PRON') return [];
  const g = view.groupLeft(c);
  if (g.start - 1 >= view.first && view.tokens[g.start - 1]!.pos === 'ADP') return [];
  return g.args;
}

/**
 * The "its"/"their" right after the verb at e (past adverbs) before the name of forces or places
 * held ("its headquarters", "their positions"; not "its targets", the attacker's own choice), or -1.
 */
function ownPossessiveAt(view: SentenceView, e: number): number {
  while (e < view.end && view.tokens[e]!.pos === 'ADV') e++;
  if (e + 1 >= view.end || (view.f[e] !== 'its' && view.f[e] !== 'their') || view.tokens[e]!.pos !== 'PRON') return -1;
  const head = view.f[view.np(e + 1)[1] - 1]!;
  return view.lex.cues.groupNouns.has(head) && head !== 'targets' ? e : -1;
}

export const activeVerb: VerbTriggerPattern = {
  name: 'active-verb',
  reads: ['X <verb>s Y', 'X <verb>s against Y', 'X threatened to <verb> Y', 'Y, which X considers …', 'an air strike by X <verb>ed Y'],
  on: 'verb trigger',
  run(view, emit, _lex, m) {
    const tr = m.trigger;
    if (m.passive || tr.mutual || SYMMETRIC_RELATIONS.has(tr.relation)) return PASS;
    // The object first: most verb triggers have no actor for an object, and then their subject
    // need not be looked for (the subject is needed first only for a relative's antecedent).
    let objects = view.objectOf(m.k, m.len, tr);
    if (!objects.length && tr.requires.size) objects = view.verbObjects(m.k, m.len, tr, m.subj);
    if (!objects.length && tr.direct) objects = relativeObject(view, m, m.k + m.len);
    if (tr.capitalIsPlace) objects = objects.filter((x) => x.via !== 'capital');
    // ("expelled IS from Zuhur": an armed target is the next trigger's, a fight.)
    if (tr.unarmedTargets && objects.some((x) => view.isArmed(x))) return NEXT;
    const own = tr.relation === 'attacks' ? ownPossessiveAt(view, m.k + m.len) : -1;
    if (!objects.length && own === -1) return NEXT;
    const sources = tr.relation === 'attacks' ? attackSources(view, m.subj.args, m.subj.start, m.k) : m.subj.args;
    if (!sources.length) return NEXT;
    // "Ahrar al-Sham said Nusra Front fighters attacked its headquarters": force is not used on one's
    // own things; "its" stands for the actor named before the attackers.
    // (Not after a pronoun for the attackers: which of the two "it" and "its" stand for is a guess.)
    if (own !== -1 && view.tokens[m.subj.start]!.pos !== 'PRON' && objects.every((o) => sources.some((x) => x.actor === o.actor)))
      objects = view.resolvePronoun(own, view.f[own] === 'their' ? 'plural' : 'singular', new Set(sources.map((x) => x.actor)));
    if (!objects.length) return NEXT;
    emit.pairs(sources, objects, tr, m.word, m.flags);
    return DONE;
  },
};
