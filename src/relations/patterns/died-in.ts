// "Four Turkish soldiers died in an attack by PKK militants", "two Israeli soldiers died in a Hezbollah
// ambush": those who died or perished in a force the phrase names the doer of fell to that doer, as
// the passive "were killed in …" reads (PLOVER ASSAULT). Words: syntax.json diedIn; the force nouns
// and their agents as for passives (relations.json passiveAgents).
import type { SentenceEndPattern } from '../pattern.js';

export const diedIn: SentenceEndPattern = {
  name: 'died-in',
  reads: ['X died in an attack by Y', "X died in Y's shelling", 'X perished in Y airstrikes'],
  on: 'sentence end',
  cues: (lex) => [...lex.syntax.constructions.diedIn.verbs],
  run(view, emit, lex) {
    const w = lex.syntax.constructions.diedIn;
    for (let k = view.first + 1; k + 2 < view.end; k++) {
      const t = view.tokens[k]!;
      if (t.pos !== 'VERB' || !w.verbs.has(t.lemma)) continue;
      // The force right after the verb ("died in an attack by …", "died in Israeli strikes"), as a
      // passive's agent is read; none past another phrase ("died in hospital of wounds").
      if (view.f[k + 1] !== 'in') continue;
      const doers = view.passiveAgent(k + 1);
      if (!doers.length) continue;
      const fallen = view.subjectOf(k);
      const victims = fallen.args.filter((m) => !doers.some((x) => x.actor === m.actor));
      if (!victims.length) continue;
      emit.pairs(doers, victims, w.trigger, t.text, view.modality(view.clauseStart(k), k, false));
    }
  },
};
