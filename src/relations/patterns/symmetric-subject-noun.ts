// "Iran and Russia continue their political discussions": a symmetric noun with no other party
// pairs the members of the clause's coordinated subject.
import { DONE, NEXT, PASS, type NounTriggerPattern } from '../pattern.js';
import type { SentenceView } from '../sentence.js';

/** "said in a joint statement": a verb of saying (syntax.json invertedSpeechVerbs, tailReportingVerbs) and "in" before the phrase at `a`. */
function saidIn(view: SentenceView, gv: number, a: number): boolean {
  if (!view.syn.invertedSpeechVerbs.has(view.tokens[gv]!.lemma) && !view.syn.tailReportingVerbs.has(view.f[gv]!)) return false;
  let j = a - 1;
  while (j > gv && view.tokens[j]!.pos === 'ADV') j--;
  return j === gv + 1 && view.f[j] === 'in';
}

export const symmetricSubjectNoun: NounTriggerPattern = {
  name: 'symmetric-subject-noun',
  reads: ['X and Y held <noun>', 'X and Y continue their <noun>'],
  on: 'noun trigger',
  run(view, emit, _lex, m) {
    const tr = m.trigger;
    if (tr.speech || tr.sourceFrom || tr.targetFrom || m.between.length > 1 || tr.onlyWithAgent || m.copula) return PASS;
    if (!m.symmetric || m.target.length || m.agent.length) return PASS;
    // "… underscored the situation as the regime and its allies continue …": a noun that is the
    // subject of a verb of its own is not the governing verb's object.
    // ("talks hosted by Qatar", "talks held in Geneva": a participle before its preposition describes it.)
    const after = m.b < view.end ? view.tokens[m.b]! : undefined;
    // ("a joint statement condemning the strike": an -ing form right after a noun is never its verb.)
    const participle =
      after?.pos === 'VERB' && ((m.b + 1 < view.end && view.tokens[m.b + 1]!.pos === 'ADP') || view.f[m.b]!.endsWith('ing'));
    if (after && (after.pos === 'VERB' || after.pos === 'AUX') && !participle) return PASS;
    // "Russia and the regime violated the truce", "X's meeting with A, B and C followed talks": only
    // a verb of taking part (syntax.json partakingVerbs) makes its subject the noun's parties; and a
    // verb of saying whose words are the noun's ("X and Y said in a joint statement").
    if (m.gv !== -1 && !view.syn.partakingVerbs.has(view.tokens[m.gv]!.lemma) && !saidIn(view, m.gv, m.a)) return PASS;
    const subj = view.subjectArgs(m.gv);
    if (subj.length < 2) return NEXT;
    emit.pairwise(subj, tr, m.word, m.flags, false);
    return DONE;
  },
};
