// "Some 120 Daesh militants were destroyed near Raqqa, Konashenkov said", "Hamas targets were struck
// overnight, the Israeli military said": a force reported without its agent by a state's military voice
// (its defence ministry, army or their spokesman) was that state's own (PLOVER ASSAULT). Only passives
// with no agent of their own, and never the speaker's own side. Words: syntax.json reportedStrike.
import type { ActorMention } from '../../types.js';
import type { SentenceEndPattern } from '../pattern.js';
import type { SentenceView } from '../sentence.js';

/** The state whose military speaks in the mention m: a person whose role, or a state mention whose words, say so. */
function militaryVoice(view: SentenceView, m: ActorMention): string | undefined {
  const w = view.lex.syntax.constructions.reportedStrike;
  const d = view.acts.actors.get(m.actor);
  if (!d) return undefined;
  const said = (text: string | undefined) =>
    text !== undefined &&
    text
      .toLowerCase()
      .split(/[\s-]+/)
      .some((x) => w.voices.has(x));
  if (d.type === 'person') {
    const state = d.affiliation ? view.acts.actors.get(d.affiliation) : undefined;
    return state?.type === 'country' && said(d.role ?? view.lex.gazetteer.byKey(d.key)?.role) ? state.key : undefined;
  }
  return d.type === 'country' && (m.sector === 'MIL' || said(m.surface)) ? d.key : undefined;
}

export const reportedStrike: SentenceEndPattern = {
  name: 'reported-strike',
  reads: ['X were destroyed, <Y military voice> said', 'X were struck overnight, the Y military said'],
  on: 'sentence end',
  cues: (lex) => [...lex.syntax.constructions.reportedStrike.verbs],
  run(view, emit, lex) {
    const w = lex.syntax.constructions.reportedStrike;
    // The speaker: a verb of speech among the sentence's last words, right after its subject's name.
    let v = view.end - 1;
    while (v > view.first && view.end - v <= 6 && !(view.tokens[v]!.pos === 'VERB' && lex.cues.speechVerbs.has(view.tokens[v]!.lemma))) v--;
    if (v <= view.first || view.end - v > 6 || !lex.cues.speechVerbs.has(view.tokens[v]!.lemma)) return;
    const speaker = view.mentionAt(v - 1);
    if (!speaker || speaker.endToken !== v) return;
    const state = militaryVoice(view, speaker);
    if (!state) return;
    const trigger = w.trigger;
    for (let k = view.first + 1; k < speaker.firstToken; k++) {
      const t = view.tokens[k]!;
      if (t.pos !== 'VERB' || !w.verbs.has(t.lemma) || !view.isPassive(k, 1) || !view.hasBeAux(k)) continue;
      // (None where an agent or a force of any doer follows before the speaker: "were killed and dozens
      // injured in US-led coalition air strikes, the Russian army said".)
      let agented = false;
      for (let j = k + 1; j < speaker.firstToken && !agented; j++)
        agented = view.f[j] === 'by' || lex.relations.passiveOfAgent.has(view.f[j]!);
      if (agented) continue;
      const victims = view.subjectOf(k).args.filter((m) => m.actor !== state && view.acts.actors.get(m.actor)?.affiliation !== state);
      if (!victims.length) continue;
      const source: ActorMention = { ...speaker, actor: state, sector: 'MIL' };
      emit.pairs([source], victims, trigger, t.text, view.modality(view.clauseStart(k), k, false));
    }
  },
};
