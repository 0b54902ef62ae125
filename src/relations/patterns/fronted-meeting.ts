// "In a phone call with Erdogan, Putin said …", "During talks with Zelensky, Biden pledged …": a
// sentence-initial adjunct naming a meeting with X is the main clause subject's meeting with X
// (PLOVER CONSULT). Words: syntax.json frontedMeeting.
import type { SentenceEndPattern } from '../pattern.js';
import type { SentenceView } from '../sentence.js';
import type { Emitter } from '../emit.js';
import type { Trigger } from '../../lexicon/relations.js';

/**
 * "After talks in Geneva, Kerry and Lavrov said …": an adjunct naming a meeting and no party (past a
 * place phrase, up to its comma) makes the members of the coordinated subject after it parties to it.
 */
function mutualMeeting(view: SentenceView, emit: Emitter, trigger: Trigger, p: number, b: number): void {
  // (Not "In the meeting, Russia and Turkey agreed": a meeting named before, whoever held it.)
  const d = view.f[p + 1]!;
  if (view.tokens[p + 1]!.pos === 'DET' && d !== 'a' && d !== 'an') return;
  if (view.tokens[p + 1]!.pos === 'PRON') return;
  let c = b;
  while (c < view.end && c < b + 8 && view.f[c] !== ',' && view.tokens[c]!.pos !== 'VERB') c++;
  if (c + 1 >= view.end || view.f[c] !== ',' || !view.isNP(c + 1)) return;
  const subj = view.groupRight(c + 1);
  let v = subj.end;
  while (v < view.end && (view.tokens[v]!.pos === 'ADV' || view.tokens[v]!.pos === 'AUX')) v++;
  if (subj.args.length > 1 && v < view.end && view.tokens[v]!.pos === 'VERB')
    emit.pairwise(subj.args, trigger, view.textOf(p, b - 1), view.modality(c + 1, b, false), false);
}

export const frontedMeeting: SentenceEndPattern = {
  name: 'fronted-meeting',
  reads: ['In a phone call with X, Y …', 'During talks with X, Y …', 'In a letter to X, Y …'],
  on: 'sentence end',
  cues: (lex) => [...lex.syntax.constructions.frontedMeeting.heads].filter((h) => !h.includes(' ')),
  run(view, emit, lex) {
    const w = lex.syntax.constructions.frontedMeeting;
    const p = view.first;
    if (!w.preps.has(view.f[p]!) || !view.isNP(p + 1)) return;
    const [a, b] = view.np(p + 1);
    const head = view.f[b - 1]!;
    if (!w.heads.has(head) && !(b - 2 > a && w.heads.has(`${view.f[b - 2]} ${head}`))) return;
    if (b + 1 >= view.end || !w.with.has(view.f[b]!) || !view.isNP(b + 1)) {
      mutualMeeting(view, emit, w.trigger, p, b);
      return;
    }
    // The comma closing the adjunct ("on Monday" may come before it); the party is named before it
    // (a group read across the comma would take the main clause's subject in).
    let c = b + 1;
    while (c < view.end && c < b + 10 && view.f[c] !== ',' && view.tokens[c]!.pos !== 'VERB') c++;
    if (view.f[c] !== ',') return;
    const met = view.argsIn(b + 1, c).args;
    if (!met.length) return;
    // The main clause's subject: the phrase right after the comma, followed by its verb.
    if (c + 1 >= view.end || !view.isNP(c + 1)) return;
    const subj = view.groupRight(c + 1);
    let v = subj.end;
    while (v < view.end && (view.tokens[v]!.pos === 'ADV' || view.tokens[v]!.pos === 'AUX')) v++;
    if (subj.args.length && v < view.end && view.tokens[v]!.pos === 'VERB')
      emit.pairs(subj.args, met, w.trigger, view.textOf(p, b - 1), view.modality(c + 1, b, false));
  },
};
