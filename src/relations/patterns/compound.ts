// "U.S.-backed Syrian Democratic Forces", "the Turkish-backed force": the compound's actor stands in
// the participle's relation to the phrase's head (or, without one, to the actor before the phrase).
import type { ActorMention } from '../../types.js';
import type { SentencePattern } from '../pattern.js';

export const compound: SentencePattern = {
  name: 'compound',
  reads: ['US-backed SDF', 'the Free Syrian Army (FSA), the Turkish-backed force', 'the SDF a US-backed group'],
  on: 'sentence',
  run(view, emit, lex) {
    for (const k of view.compoundTriggers) {
      const m = view.mentionAt(k)!;
      const tr = lex.relations.compounds.get(view.f[k + 2]!)!;
      const [a, b] = view.np(k + 2);
      const targets: ActorMention[] = [];
      for (let j = k + 3; j < b; j++) {
        // "Washington-backed Kurdish militias Ankara considers …": a generic head ends the phrase
        // the compound describes (its "that" lost); a name after it is no part of it. (So does one
        // ending a generic mention, "US-backed Syrian fighters pressing IS gunmen" with "pressing"
        // read as a noun; but not before the name it describes: "Iran-backed Lebanese Shia militia
        // Hizballah".)
        const head = view.f[j]!;
        const at = view.acts.tokenMention[j]!;
        const next = view.mentionAt(j + 1);
        const genericEnd =
          at !== -1 &&
          view.acts.mentions[at]!.generic &&
          view.acts.mentions[at]!.endToken === j + 1 &&
          !(next && next.firstToken === j + 1 && !next.generic && view.f[next.endToken] !== '-');
        if (
          targets.length === 0 &&
          (at === -1 || genericEnd) &&
          view.tokens[j]!.pos === 'NOUN' &&
          (lex.cues.genericHeads.has(head) || lex.cues.groupNouns.has(head))
        )
          break;
        // "the Saudi-backed Jaish al-Islam the hardline Ahrar al-Sham …": a determiner after the named
        // head opens the next phrase of a list that lost its commas.
        if (targets.length && view.tokens[j]!.pos === 'DET' && view.acts.tokenMention[j] === -1) break;
        const t = view.mentionAt(j);
        if (t && view.isArgReadTo(t, k) && !targets.includes(t)) targets.push(t);
      }
      // "A Russian-backed offensive by government forces": an operation (syntax.json objectHeads of
      // the relation) whose doer follows "by" is that doer's.
      if (!targets.length && b + 1 < view.end && view.f[b] === 'by' && view.throughHead(tr, k + 3, b) && view.isNP(b + 1))
        targets.push(...view.groupRight(b + 1).args);
      // "Syrian rebels backed by …" is the passive's; "the fighters, U.S.-backed" names no actor.
      let resolved = targets.length ? targets : (view.appositionInside(a, k) ?? view.appositionBefore(a));
      // "A US-backed alliance of Kurds and Arabs, the Syrian Democratic Forces, took …": the name set
      // off by commas after a phrase that names none.
      let e = b;
      // (Past the phrase's "of" and its members: "of Kurds and Arabs".)
      if (e + 1 < view.end && view.f[e] === 'of' && view.isNP(e + 1)) {
        e = view.np(e + 1)[1];
        while (e + 1 < view.end && view.f[e] === 'and' && view.isNP(e + 1)) e = view.np(e + 1)[1];
      }
      if (!resolved.length && e + 1 < view.end && view.f[e] === ',' && view.isNP(e + 1)) {
        const g = view.groupRight(e + 1);
        if (g.args.length && g.end < view.end && view.f[g.end] === ',' && view.headIsActor(...view.np(e + 1))) resolved = g.args;
      }
      if (!resolved.length) continue;
      // Read from the participle: "lost ground to Turkish-backed rebels" has a preposition "to"
      // before the compound, no infinitive (which would make the backing planned).
      const flags = view.modality(view.clauseStart(k), k + 2, false);
      emit.pairs(
        [m],
        resolved.filter((t) => t !== m),
        tr,
        view.textOf(k + 1, k + 2),
        flags,
      );
    }
  },
};
