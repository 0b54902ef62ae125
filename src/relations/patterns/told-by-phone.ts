// "Kerry told Syrian Foreign Minister Walid al-Muallem in a call on Saturday that …", "Erdogan assured
// Putin by phone that …": telling an actor something in a call or a letter is a meeting with it
// (guidelines: calls and letters are met; PLOVER CONSULT). Telling alone is no meeting ("told Iran to
// stop" is a demand, "told reporters" an audience): the adjunct naming the call must follow the
// addressee right away. Words: syntax.json toldByPhone.
import type { SentenceEndPattern } from '../pattern.js';

export const toldByPhone: SentenceEndPattern = {
  name: 'told-by-phone',
  reads: ['X told Y in a call …', 'X assured Y by phone …', 'X informed Y in a letter …'],
  on: 'sentence end',
  cues: (lex) => [...lex.syntax.constructions.toldByPhone.heads].filter((h) => !h.includes(' ')),
  run(view, emit, lex) {
    const w = lex.syntax.constructions.toldByPhone;
    for (let v = view.first; v + 3 < view.end; v++) {
      // ("informed" may be tagged an adjective.)
      if (!view.isVerbOf(v, w.verbs) || !view.isNP(v + 1)) continue;
      const addressee = view.groupRight(v + 1);
      const p = addressee.end;
      if (!addressee.args.length || p + 1 >= view.end || !w.preps.has(view.f[p]!)) continue;
      // The adjunct's head: "in a call", "by phone", "over the telephone", "in a brief phone call".
      let h = p + 1;
      while (h < view.end && h < p + 4 && (view.tokens[h]!.pos === 'DET' || view.tokens[h]!.pos === 'ADJ')) h++;
      if (h >= view.end || view.tokens[h]!.pos === 'VERB') continue;
      const two = h + 1 < view.end ? `${view.f[h]} ${view.f[h + 1]}` : '';
      if (!w.heads.has(view.f[h]!) && !w.heads.has(two)) continue;
      // The teller: the actor right before the verb ("… access John Kerry reportedly told …": a
      // quotation that lost its marks runs into the speaker), else the verb's subject.
      let s = v - 1;
      while (s > view.first && view.tokens[s]!.pos === 'ADV') s--;
      const near = view.mentionAt(s) && view.isNP(s) ? view.groupLeft(s) : undefined;
      const subj = near?.args.length ? near : view.subjectOf(v);
      if (!subj.args.length) continue;
      const flags = view.modality(Math.max(view.clauseStart(v), subj.start), v, false);
      emit.pairs(subj.args, addressee.args, w.trigger, view.textOf(v, w.heads.has(two) ? h + 1 : h), flags);
    }
  },
};
