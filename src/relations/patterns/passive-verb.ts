// "Erdogan was hosted by Putin", "Iraqi forces aided by US-led airstrikes", "The Syrian army, backed
// by Russian airstrikes, …": the passive's agent is the source; its subject, or the phrase a reduced
// relative qualifies, the target.
import { DONE, NEXT, PASS, type VerbTriggerPattern } from '../pattern.js';
import type { SentenceView } from '../sentence.js';
import type { Lexicon } from '../../lexicon/load.js';
import type { ActorMention } from '../../types.js';

/**
 * "Turkish tanks and jets backed by planes from the coalition": a list whose last item is a bare
 * force word ("jets") or the allies of the items before it ("the Syrian army and its allies backed
 * by Russian warplanes"), qualified as a whole; the actors of the items before it.
 */
function forceListBefore(view: SentenceView, lex: Lexicon, before: number): ActorMention[] {
  // (Or their allies: "The Syrian army and its allies backed by Russian warplanes".)
  const head = before >= view.first ? view.f[before]! : '';
  const allies = lex.syntax.constructions.allyPhrase.nouns.has(head);
  if (before < view.first || !view.isNP(before) || (lex.cues.sectorHeads.get(head) !== 'MIL' && !allies)) return [];
  let c = view.np(before)[0] - 1;
  let joined = false;
  while (c >= view.first && (view.f[c] === 'and' || view.f[c] === ',')) {
    joined = true;
    c--;
  }
  return joined && c >= view.first && view.isNP(c) ? view.groupLeft(c).args : [];
}

/** Is k the sentence's first word but for adverbs ("Heavily backed by …")? */
function opensSentence(view: SentenceView, k: number): boolean {
  for (let j = view.first; j < k; j++) if (view.tokens[j]!.pos !== 'ADV') return false;
  return true;
}

/** The actors after "from" past the "by" agent that starts at j ("by the army from IS"), or none. */
function takenFrom(view: SentenceView, j: number): ActorMention[] {
  if (view.f[j] === 'by' && view.isNP(j + 1)) j = view.groupRight(j + 1).end;
  return view.f[j] === 'from' && view.isNP(j + 1) ? view.groupRight(j + 1).args : [];
}

/** The actor whose bracketed acronym comes right before a bare group noun [a, b) ("the SDF (SDF) fighters"), if any. */
function forcesAfterAcronym(view: SentenceView, lex: Lexicon, a: number, b: number): ActorMention[] {
  if (b !== a + 1 || !lex.cues.groupNouns.has(view.f[a]!) || a - 4 < view.first || view.f[a - 1] !== ')') return [];
  const inner = view.mentionAt(a - 2);
  const outer = view.f[a - 3] === '(' ? view.mentionAt(a - 4) : undefined;
  return inner && outer && inner.actor === outer.actor && view.isArg(outer) ? [outer] : [];
}

/** The actor a description [a, b) opened by "a"/"an" and naming none stands in apposition to, if any. */
function describedBefore(view: SentenceView, a: number, b: number): ActorMention[] {
  if (!(view.f[a] === 'a' || view.f[a] === 'an') || view.tokens[b - 1]!.pos !== 'NOUN') return [];
  for (let k = a; k < b; k++) if (view.mentionAt(k)) return [];
  // (Set off by a comma, or after an acronym in brackets: "The Syrian Democratic Forces (SDF) an alliance".)
  return a - 2 >= view.first && (view.f[a - 1] === ',' || view.f[a - 1] === ')') ? view.appositionBefore(a) : view.appositionSubject(a);
}

/** The possessor of a phrase of fighters [a, b) ("Haftar's forces", "the Houthis' fighters"), if any. */
function ownersOfForces(view: SentenceView, lex: Lexicon, a: number, b: number): ActorMention[] {
  const head = view.f[b - 1]!;
  if (!lex.cues.groupNouns.has(head) && lex.cues.sectorHeads.get(head) !== 'MIL') return [];
  for (let k = a; k < b - 1; k++) {
    const m = view.mentionAt(k);
    if (m?.possessive && view.isArg(m)) return [m];
  }
  return [];
}

export const passiveVerb: VerbTriggerPattern = {
  name: 'passive-verb',
  reads: ['Y was <verb>ed by X', 'Y, <verb>ed by X', 'Y <verb>ed in X airstrikes', '<Verb>ed by X, Y …'],
  on: 'verb trigger',
  run(view, emit, lex, m) {
    if (!m.passive) return PASS;
    const tr = m.trigger;
    let agent = view.passiveAgent(m.k + m.len);
    if (!agent.length) return NEXT;
    const reduced = !view.hasBeAux(m.k);
    const before = m.k - 1 >= view.first && view.tokens[m.k - 1]!.text === ',' ? m.k - 2 : m.k - 1;
    // A reduced relative qualifies the phrase before it: "a hospital funded by MSF" qualifies the
    // hospital, not an actor named earlier in that phrase ("Tags MSF Syria Russia A hospital …").
    const qualified = before >= view.first && view.isNP(before) && view.headIsActor(...view.np(before));
    let targets = reduced ? (qualified ? view.groupLeft(before).args : forceListBefore(view, lex, before)) : m.subj.args;
    // "Hezbollah, a group backed by Iran, …", "The SDF[,] an alliance supported by US-led coalition
    // air strikes": a description in apposition to an actor, naming none itself, stands for it.
    if (reduced && !targets.length && !qualified && before >= view.first && view.isNP(before))
      targets = describedBefore(view, ...view.np(before));
    // "Haftar's forces, backed by Wagner, …": an actor's own fighters stand for it.
    if (reduced && !targets.length && !qualified && before >= view.first && view.isNP(before))
      targets = ownersOfForces(view, lex, ...view.np(before));
    // "Free Syrian Army (FSA) forces supported by the Turkish military": the actor's own fighters
    // after its acronym in brackets.
    if (reduced && !targets.length && !qualified && before >= view.first && view.isNP(before))
      targets = forcesAfterAcronym(view, lex, ...view.np(before));
    // "A Ugandan convoy was ambushed by Sudanese rebels": a subject that is a thing of an actor
    // (syntax.json objectHeads, as for an active verb's object) reaches its owner.
    if (!reduced && !targets.length) {
      let s = m.k - 1;
      while (s > view.first && (view.tokens[s]!.pos === 'AUX' || view.tokens[s]!.pos === 'ADV' || view.tokens[s]!.pos === 'PART')) s--;
      if (s >= view.first && s < m.k - 1 && view.isNP(s)) {
        const [a, b] = view.np(s);
        if (b === s + 1 && view.throughHead(tr, a, b)) targets = view.objectOwners(a, b);
      }
    }
    // "Palmyra was recaptured by the army from IS", "a town retaken by government forces from IS":
    // ground taken, whose holder follows "from". ("Hostages were freed by Qatar from the Nusra
    // Front": a release, often negotiated, is left out.)
    if (!targets.length && tr.targetPreps.has('from') && view.tokens[m.k]!.lemma !== 'free') targets = takenFrom(view, m.k + m.len);
    // "Backed by Russian jets(,) the Syrian army retook …": a participle opening the sentence
    // qualifies the subject of the clause after its agent.
    if (reduced && !targets.length && opensSentence(view, m.k) && view.f[m.k + m.len] === 'by' && view.isNP(m.k + m.len + 1)) {
      // The agent runs to the comma (or the split phrase) that opens the subject: "Backed by Russia
      // and Iran, the Syrian army …".
      let e = view.np(m.k + m.len + 1)[1];
      while ((view.f[e] === 'and' || view.f[e] === 'or') && view.isNP(e + 1)) e = view.np(e + 1)[1];
      if (view.f[e] === ',') e++;
      if (view.isNP(e)) {
        targets = view.groupRight(e).args;
        const subjectStart = e;
        agent = agent.filter((x) => x.firstToken < subjectStart);
      }
    }
    // ("IS was expelled by the army": an armed target is the next trigger's, a fight.)
    if (tr.unarmedTargets && targets.some((x) => view.isArmed(x))) return NEXT;
    emit.pairs(agent, targets, tr, m.word, m.flags);
    if (tr.mutual) emit.pairs(targets, agent, tr, m.word, m.flags);
    return DONE;
  },
};
