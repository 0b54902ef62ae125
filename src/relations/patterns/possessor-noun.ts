// "Turkey's support for the FSA", "Russian airstrikes against Daesh", "talks with Y", "its ally
// Russia": the noun's agent, possessor or modifier (else the clause subject) is the source, its
// prepositional object or apposition the target.
import { DONE, PASS, type NounTriggerPattern } from '../pattern.js';
import type { SentenceView } from '../sentence.js';
import type { ActorMention } from '../../types.js';

/**
 * The actors of the phrase before the preposition that opens the noun's phrase at a: set off by a
 * comma ("Syrian troops, in coordination with Russia, pounded …"), or, where no verb governs the
 * noun, the clause's opening phrase right before "in" ("Russian jets in cooperation with the Syrian
 * air force carried out …": the adjunct describes how its subject acts).
 */
function subjectBefore(view: SentenceView, a: number, gv: number): ActorMention[] {
  const c = a - 2;
  if (c < view.first || view.tokens[a - 1]!.pos !== 'ADP') return [];
  if (view.f[c] === ',') return c - 1 >= view.first && view.isNP(c - 1) ? view.groupLeft(c - 1).args : [];
  if (gv !== -1 || view.f[a - 1] !== 'in' || !view.isNP(c)) return [];
  const g = view.groupLeft(c);
  const start = Math.min(g.start, view.np(g.start)[0]);
  return view.clauseStart(start) === start ? g.args : [];
}

/**
 * "In a rebuke to Moscow, Germany expelled …", "In coordination with Russia, Syrian troops
 * pounded …": a prepositional phrase opening the sentence describes how the subject of the clause
 * after it acts.
 */
function frontedSubject(view: SentenceView, a: number, b: number): ActorMention[] {
  if (a - 1 !== view.first || view.tokens[a - 1]!.pos !== 'ADP') return [];
  let j = b;
  // (The noun's own prepositional phrase: "to Moscow", "with Russia and Iran"; a bare comma ends it.)
  while (j < view.end && view.tokens[j]!.pos === 'ADP' && view.isNP(j + 1)) {
    j = view.np(j + 1)[1];
    while (j + 1 < view.end && view.f[j] === 'and' && view.isNP(j + 1)) j = view.np(j + 1)[1];
  }
  if (j < view.end && view.f[j] === ',') j++;
  if (j >= view.end || !view.isNP(j) || !view.headIsActor(...view.np(j))) return [];
  const g = view.groupRight(j);
  let v = g.end;
  while (v < view.end && view.tokens[v]!.pos === 'ADV') v++;
  return v < view.end && (view.tokens[v]!.pos === 'VERB' || view.tokens[v]!.pos === 'AUX') ? g.args : [];
}

/** The first verb or auxiliary from j in its clause (within 15 tokens; not a name's word, "IS"), or -1. */
function verbAfter(view: SentenceView, j: number): number {
  for (let v = j; v < view.end && v < j + 15; v++) {
    if (view.isBreak(v)) return -1;
    if ((view.tokens[v]!.pos === 'VERB' || view.tokens[v]!.pos === 'AUX') && !view.mentionAt(v)) return v;
  }
  return -1;
}

/**
 * Does a verb of the noun's own clause follow it ("rocket fire on X caused …")? Not a plural the
 * tagger read as a verb after a noun or a name ("strikes on IS positions near Palmyra").
 */
function clauseVerbAfter(view: SentenceView, j: number): boolean {
  const v = verbAfter(view, j);
  if (v === -1) return false;
  const p = view.tokens[v - 1]!.pos;
  return !(view.f[v]!.endsWith('s') && (p === 'NOUN' || p === 'PROPN' || view.mentionAt(v - 1) !== undefined));
}

/**
 * The owners (possessor or demonym) of the noun phrase right before the scene preposition before a
 * ("the Syrian army's advance in …"), or none.
 */
function ownerOfPhraseBefore(view: SentenceView, a: number): ActorMention[] {
  const p = a - 1;
  if (p - 1 < view.first || !view.syn.scenePrepositions.has(view.f[p]!) || view.tokens[p]!.pos !== 'ADP' || !view.isNP(p - 1)) return [];
  const [pa, pb] = view.np(p - 1);
  // (A phrase that is an actor itself, "Russian forces in the fight", is read as the subject is.)
  if (pb !== p || view.headIsActor(pa, pb) || view.tokens[pb - 1]!.pos !== 'NOUN') return [];
  for (let j = pa; j < pb; j++) {
    const m = view.mentionAt(j);
    if (m?.possessive && view.isArg(m)) return [m];
    // ("the Syrian armys advance": a state's demonym, where the text lost the apostrophe.)
    if (m && m.via === 'demonym' && view.acts.actors.get(m.actor)?.type === 'country') return [m];
    const possessor = view.pronounPossessor(j);
    if (possessor) return possessor;
  }
  return [];
}

export const possessorNoun: NounTriggerPattern = {
  name: 'possessor-noun',
  reads: ["X's <noun> for Y", 'X <noun> against Y', '<noun> by X against Y', 'X held <noun> with Y', "X's <noun> Y"],
  on: 'noun trigger',
  run(view, emit, _lex, m) {
    const tr = m.trigger;
    if (tr.speech || tr.sourceFrom || tr.targetFrom || m.between.length > 1 || tr.onlyWithAgent || m.copula) return PASS;
    if (!m.target.length) return PASS;
    // "their fight against …": a possessor that is no actor still is the source; but as the verb's
    // own object ("X held their first meeting with Y", "launched its offensive on") it is the subject.
    const ownObject = m.possessed && m.gv !== -1 && m.a === m.gv + 1;
    // "protested to Washington over the arms sale to Taiwan": a topic, not the subject's act.
    const topic = m.a - 1 >= view.first && view.syn.topicPreps.has(view.f[m.a - 1]!);
    // "Turkey condemned the attack on the Syrian army": the deed is someone else's.
    // "fired missiles in retaliation for air strikes on Sanaa": the deed answered is someone else's.
    const reaction =
      (m.gv !== -1 && view.syn.reactionVerbs.has(view.tokens[m.gv]!.lemma)) ||
      (m.a - 2 >= view.first && (view.f[m.a - 1] === 'for' || view.f[m.a - 1] === 'to') && view.syn.reactionNouns.has(view.f[m.a - 2]!));
    // "Human Rights Watch said that before the April 4 attack on …", "Russia withdrew after the
    // strikes on …": an earlier or later deed that a time adjunct refers to is not the subject's.
    // ("Russia withdrew after talks with Ukraine": talks are still the subject's.)
    // ("took the town after clashes with the YPG": fighting "with" a named side is the subject's.)
    const withSide = tr.mutual && m.target.length > 0 && m.b < view.end && view.f[m.b] === 'with';
    const referred = tr.relation === 'attacks' && !withSide && m.a - 1 >= view.first && view.syn.referringPreps.has(view.f[m.a - 1]!);
    // "Abdel Rahman said rocket fire on Hezbollah positions caused casualties": a deed right after a
    // speech verb that opens the reported clause as its subject is no deed of the speaker's.
    const reported =
      tr.relation === 'attacks' &&
      m.gv !== -1 &&
      m.gv + 1 === m.a &&
      view.lex.cues.speechVerbs.has(view.tokens[m.gv]!.lemma) &&
      clauseVerbAfter(view, m.b);
    // "NATO allies Poland and Lithuania": the members of a body before an ally noun are allied with
    // each other as well as with it (patterns/ally-phrase.ts).
    if (m.symmetric && !m.agent.length && m.target.length > 1 && view.allBodies(m.modifiers))
      emit.pairwise(m.target, tr, m.word, m.flags, false);
    // "stop the Syrian army's advance in the war against ISIL": a deed in a phrase of another noun
    // that an actor owns is that owner's, not the clause subject's.
    const sceneOwners = !m.agent.length && !m.modifiers.length && !m.possessed ? ownerOfPhraseBefore(view, m.a) : [];
    let sources = m.agent.length
      ? m.agent
      : m.modifiers.length
        ? m.modifiers
        : sceneOwners.length
          ? sceneOwners
          : (m.possessed && !ownObject) || topic || reaction || tr.ownSource || referred || reported
            ? []
            : view.subjectArgs(m.gv);
    // "Syrian troops, in coordination with Russia, pounded …": an adjunct right after the subject,
    // in the mood of the clause's verb after it ("… could secure Jenin" is not done).
    let flags = m.flags;
    if (!sources.length && !m.possessed && !tr.ownSource) {
      sources = subjectBefore(view, m.a, m.gv);
      if (!sources.length && m.gv === -1) sources = frontedSubject(view, m.a, m.b);
      const v = sources.length ? verbAfter(view, m.b) : -1;
      if (v !== -1) {
        const vf = view.modality(m.b, v + 1, false);
        flags = { negated: flags.negated || vf.negated, hypothetical: flags.hypothetical || vf.hypothetical };
      }
    }
    emit.pairs(sources, m.target, tr, m.word, flags);
    if (tr.mutual) emit.pairs(m.target, sources, tr, m.word, flags);
    return DONE;
  },
};
