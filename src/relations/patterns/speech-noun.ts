// "The Coalition warned of crimes by the regime", "Syrian Coalition Urges …": a speech noun takes
// its speaker (the subject of a speech verb, or of a headline's verb) as source, the noun's agent
// or modifier as target, or the subject of a relative clause right after it ("the crimes the regime
// has committed").
import { DONE, NEXT, PASS, type NounTriggerPattern } from '../pattern.js';
import type { ActorMention } from '../../types.js';
import type { SentenceView } from '../sentence.js';
import { isQuoteMark } from '../classes.js';

/** Is there a clause break between tokens a and b ("… said Sunday as France raised …")? */
function breakBetween(view: SentenceView, a: number, b: number): boolean {
  for (let j = a + 1; j < b; j++) if (view.isBreak(j)) return true;
  return false;
}

/**
 * The agent of a contact relative clause right after the noun: "the crimes Russia continues to
 * commit" (the chunker may keep the agent inside the noun's phrase, after the trigger word ending
 * at last), "the atrocities the regime and its allies have been wreaking" (verbs: syntax.json
 * relativeAgentVerbs).
 */
function relativeAgent(view: SentenceView, verbs: Set<string>, last: number, b: number): ActorMention[] {
  let agents: ActorMention[] = [];
  for (let j = last + 1; j < b; j++) {
    const m = view.mentionAt(j);
    if (m && view.isArg(m) && !agents.includes(m)) agents.push(m);
  }
  let v = b;
  if (!agents.length) {
    if (b >= view.end || !view.isNP(b) || !view.headIsActor(...view.np(b))) return [];
    const g = view.groupRight(b);
    agents = g.args;
    v = g.end;
  } else if (v + 1 < view.end && view.f[v] === 'and' && view.isNP(v + 1)) {
    // "the crimes Russia and its allies commit".
    const g = view.groupRight(v + 1);
    agents = [...agents, ...g.args];
    v = g.end;
  }
  while (v < view.end && (view.tokens[v]!.pos === 'AUX' || view.tokens[v]!.pos === 'ADV' || view.tokens[v]!.lemma === 'be')) v++;
  return v < view.end && view.tokens[v]!.pos === 'VERB' && verbs.has(view.tokens[v]!.lemma) ? agents : [];
}

/**
 * The speaker of a quotation the noun at a stands in, named after it: '"These crimes by the regime
 * are …" Sean Spicer told a briefing', '"…" said Hywel Williams'. None where the noun is outside a
 * quotation (an odd number of quotation marks before it opens one) or no speech verb follows its end.
 */
function quoteSpeaker(view: SentenceView, speechVerbs: Set<string>, a: number): ActorMention[] {
  let quotes = 0;
  for (let j = view.first; j < a; j++) if (isQuoteMark(view.f[j]!)) quotes++;
  if (quotes % 2 === 0) return [];
  let c = a + 1;
  while (c < view.end && !isQuoteMark(view.f[c]!)) c++;
  for (let v = c + 1; v < view.end && v <= c + 8; v++) {
    if (isQuoteMark(view.f[v]!)) return [];
    if (view.tokens[v]!.pos !== 'VERB' || !speechVerbs.has(view.tokens[v]!.lemma)) continue;
    const subject = view.subjectOf(v).args;
    if (subject.length || v + 1 >= view.end || !view.isNP(v + 1)) return subject;
    // '"…" said Hywel Williams': the speaker after the verb.
    const [x, y] = view.np(v + 1);
    return view.argsIn(x, y).args;
  }
  return [];
}

export const speechNoun: NounTriggerPattern = {
  name: 'speech-noun',
  reads: ['X warned of <noun> by Y', 'X condemned Y <noun>', 'X said the <noun> Y has committed …', '"<noun> by Y …" X said'],
  on: 'noun trigger',
  run(view, emit, lex, m) {
    if (!m.trigger.speech) return PASS;
    const spoken = m.gv !== -1 && lex.cues.speechVerbs.has(view.tokens[m.gv]!.lemma);
    const headline = spoken ? -1 : view.headlineVerb(m.a);
    const quoted = spoken || headline !== -1 ? [] : quoteSpeaker(view, lex.cues.speechVerbs, m.a);
    if (!spoken && headline === -1 && !quoted.length) return NEXT;
    const targets = m.agent.length
      ? m.agent
      : m.modifiers.length
        ? m.modifiers
        : relativeAgent(view, lex.syntax.relativeAgentVerbs, m.last, m.b);
    if (!targets.length) return NEXT;
    // ("The Coalition said that the UN continues to ignore Russia's crimes": the speaker is the
    // speech verb's subject, not that of the verb governing the noun.)
    const reported =
      !spoken &&
      m.gv !== -1 &&
      headline !== -1 &&
      headline < m.gv &&
      lex.cues.speechVerbs.has(view.tokens[headline]!.lemma) &&
      !breakBetween(view, headline, m.gv);
    const speaker = quoted.length ? quoted : m.gv === -1 ? view.subjectBeforeNP(m.a) : view.subjectOf(reported ? headline : m.gv).args;
    emit.pairs(speaker, targets, m.trigger, m.word, m.flags);
    return DONE;
  },
};
