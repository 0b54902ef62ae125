// "Israel and Hamas resumed talks hosted by Qatar", "Zelensky attended a summit hosted by Saudi
// Arabia", "talks hosted by Oman between Iran and the US" (also set off by commas): the host of a meeting meets those who
// take part in it (PLOVER CONSULT). Words: syntax.json hostedMeeting.
import type { SentenceEndPattern } from '../pattern.js';

export const hostedMeeting: SentenceEndPattern = {
  name: 'hosted-meeting',
  reads: ['X and Y held talks hosted by Z', 'X attended a summit hosted by Z', 'talks hosted by Z between X and Y'],
  on: 'sentence end',
  cues: (lex) => lex.syntax.constructions.hostedMeeting.verbs,
  run(view, emit, lex) {
    const w = lex.syntax.constructions.hostedMeeting;
    for (let k = view.first + 1; k + 2 < view.end; k++) {
      // "<meeting> hosted by X": the participle right after the meeting noun, then its agent.
      // ("the talks, hosted by Oman, between Iran and the US": the participle set off by commas.)
      const commas = view.f[k - 1] === ',' && k - 2 >= view.first;
      const noun = commas ? k - 2 : k - 1;
      if (!view.isVerbOf(k, w.verbs) || view.f[k + 1] !== 'by' || !w.heads.has(view.f[noun]!) || !view.isNP(k + 2)) continue;
      const host = view.groupRight(k + 2);
      if (!host.args.length) continue;
      const after = commas && view.f[host.end] === ',' ? host.end + 1 : host.end;
      // The parties: "between X and Y" after the host, else the subject of a verb of taking part
      // governing the meeting ("rejected the summit hosted by Switzerland" is no part in it).
      const [a] = view.np(noun);
      let parties = after + 1 < view.end && view.f[after] === 'between' && view.isNP(after + 1) ? view.groupRight(after + 1).args : [];
      let flags = {};
      // (The hosting phrase parts the noun from its "between": the parties meet each other too.)
      for (let i = 0; i < parties.length; i++) emit.pairs([parties[i]!], parties.slice(i + 1), w.trigger, view.textOf(k, k + 1), flags);
      if (!parties.length) {
        const gv = view.governingVerb(a);
        if (gv === -1 || view.tokens[gv]!.pos !== 'VERB' || !w.partaking.has(view.tokens[gv]!.lemma)) continue;
        const subj = view.subjectOf(gv);
        parties = subj.args;
        flags = view.modality(subj.start, gv, false);
      }
      const others = parties.filter((p) => !host.args.some((h) => h.actor === p.actor));
      if (others.length) emit.pairs(host.args, others, w.trigger, view.textOf(k, k + 1), flags);
    }
  },
};
