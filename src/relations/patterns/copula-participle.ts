// "The SDF is an Arab-Kurdish coalition battling the Islamic State", "The SDF, an alliance backed by
// US air strikes, surrounded Tabaqa": a trigger participle right after a group noun that describes an
// actor (the complement of "be", or an apposition after a comma) is about the actor described: an
// -ing participle is its deed, a passive one ("backed by X") done to it. The participle's own search
// ends at the group noun, which names no actor, so the relation would be lost. Only after a group
// head (syntax.json copulaParticiple.heads): "Hamas is a threat attacking Israel" is a judgement.
import type { ActorMention } from '../../types.js';
import { DONE, NEXT, PASS, type VerbTriggerPattern } from '../pattern.js';

export const copulaParticiple: VerbTriggerPattern = {
  name: 'copula-participle',
  reads: ['X is a <group> <verb>ing Y', 'X, a <group> <verb>ed by Y, …'],
  on: 'verb trigger',
  run(view, emit, lex, m) {
    const tr = m.trigger;
    const k = m.k;
    // (The group head first: it rejects nearly every verb, and the participle's subject, asked
    // below, is a search.)
    if (k - 1 <= view.first || !view.isNP(k - 1)) return PASS;
    const [a, b] = view.np(k - 1);
    if (b !== k || !lex.syntax.constructions.copulaParticiple.heads.has(view.f[b - 1]!)) return PASS;
    const active = !m.passive && view.f[k]!.endsWith('ing') && !m.subj.args.length;
    // (A reduced passive only: "an alliance backed by …", not "an alliance was backed by …".)
    const passive = m.passive && !view.hasBeAux(k);
    if (!(active || passive)) return PASS;
    for (let j = a; j < b; j++) if (view.mentionAt(j) && view.isArg(view.mentionAt(j)!)) return PASS;
    // The actor described: the copula's subject, or the phrase the description is set off from.
    let described: ActorMention[] = [];
    let from = a;
    const be = view.governingVerb(a);
    if (be !== -1 && view.tokens[be]!.lemma === 'be' && view.onlyFillerBetween(be, a)) {
      const subject = view.subjectOf(be);
      described = subject.args;
      from = subject.start;
    } else if (a - 1 > view.first && (view.f[a - 1] === ',' || view.f[a - 1] === ')') && (view.f[a] === 'a' || view.f[a] === 'an'))
      // (Or after an acronym in parentheses that lost the comma: "the SDF (SDF) an alliance backed by".)
      described = view.appositionBefore(a);
    if (!described.length) return PASS;
    const others = passive ? view.passiveAgent(k + m.len) : view.objectOf(k, m.len, tr);
    const [sources, targets] = passive ? [others, described] : [described, others];
    const left = sources.filter((s) => !targets.some((t) => t.actor === s.actor));
    if (!left.length || !targets.length) return NEXT;
    emit.pairs(left, targets, tr, m.word, view.modality(from, k, false));
    return DONE;
  },
};
