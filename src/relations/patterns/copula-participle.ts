// "The SDF is an Arab-Kurdish coalition battling the Islamic State", "Hezbollah is a militia fighting
// alongside …": a trigger participle after a group noun that is the complement of "be" is the deed of
// the copula's subject (the group described). The participle's own subject search ends at the group
// noun, which names no actor, so the deed would be no one's. Only after a group head (syntax.json
// copulaParticiple.heads): "The SDF is a threat targeting Turkey" is a judgement.
import { DONE, NEXT, PASS, type VerbTriggerPattern } from '../pattern.js';

export const copulaParticiple: VerbTriggerPattern = {
  name: 'copula-participle',
  reads: ['X is a <group> <verb>ing Y'],
  on: 'verb trigger',
  run(view, emit, lex, m) {
    const tr = m.trigger;
    const k = m.k;
    if (m.passive || m.subj.args.length || !view.f[k]!.endsWith('ing') || k - 1 <= view.first || !view.isNP(k - 1)) return PASS;
    const [a, b] = view.np(k - 1);
    if (b !== k || !lex.syntax.constructions.copulaParticiple.heads.has(view.f[b - 1]!)) return PASS;
    for (let j = a; j < b; j++) if (view.mentionAt(j) && view.isArg(view.mentionAt(j)!)) return PASS;
    const be = view.governingVerb(a);
    if (be === -1 || view.tokens[be]!.lemma !== 'be' || !view.onlyFillerBetween(be, a)) return PASS;
    const subject = view.subjectOf(be);
    if (!subject.args.length) return PASS;
    const objects = view.objectOf(k, m.len, tr);
    if (!objects.length) return NEXT;
    const sources = subject.args.filter((s) => !objects.some((o) => o.actor === s.actor));
    if (!sources.length) return NEXT;
    emit.pairs(sources, objects, tr, m.word, view.modality(subject.start, k, false));
    return DONE;
  },
};
