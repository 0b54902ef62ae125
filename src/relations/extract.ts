// The relations stage: turns the sentences of one article, with their actor mentions, into events
// (source, relation, target) backed by the sentence. Each sentence is read once into a view
// (sentence.ts) and by the registry's patterns (patterns/); here the candidates become event
// records: symmetric relations in key order, one event per pair, relation and sentence.
import type { ActorMention, AnalyzedText, ArticleActors, RelationEvent, Sector, Sentence } from '../types.js';
import { restoreCommas } from './commas.js';
import { lostCommas } from '../nlp/analyze.js';
import { SYMMETRIC_RELATIONS } from '../types.js';
import type { Lexicon } from '../lexicon/load.js';
import { isQuoteMark, R_REFERS, relationClasses } from './classes.js';
import { SentenceView } from './sentence.js';
import { Emitter, type Candidate } from './emit.js';
import type { Pattern } from './pattern.js';
import { registryOf, scanSentence } from './scan.js';
import { PATTERNS } from './patterns/index.js';
import { retagAcronymActors, retagVerbsReadAsNouns, retagTitleCaseVerbs } from './headline-verbs.js';

/** Options of the relation stage. */
export interface RelationOptions {
  /** Keep negated and hypothetical events (flagged) instead of dropping them. */
  keepUncertain?: boolean;
}

export const DEFAULTS: Required<RelationOptions> = { keepUncertain: false };

/**
 * Can sentence s give an event: does it name two different actors, or one and a word by which it
 * refers to another in the previous sentence's subject (a pronoun, "the two sides")? Those are
 * the only ways the previous subject takes part (phrases.ts resolvePronoun, clauses.ts).
 */
function twoActorsPossible(mentions: ActorMention[], previous: ActorMention[] | undefined, cls: Uint16Array, s: Sentence): boolean {
  const one = mentions[0]!.actor;
  for (const m of mentions) if (m.actor !== one) return true;
  if (!previous?.some((m) => m.actor !== one)) return false;
  for (let k = s.firstToken; k < s.endToken; k++) if (cls[k]! & R_REFERS) return true;
  return false;
}

/**
 * Does the sentence open a quotation it does not close ('"Hamas is a terrorist group. …," Netanyahu
 * said')? Its speaker, named where the quotation closes, may be the other actor (patterns/attribution.ts).
 */
function opensUnclosedQuote(doc: AnalyzedText, s: Sentence): boolean {
  if (!isQuoteMark(doc.tokens[s.firstToken]!.text)) return false;
  for (let k = s.firstToken + 1; k < s.endToken; k++) if (isQuoteMark(doc.tokens[k]!.text)) return false;
  return true;
}

/** Does the sentence open with a pair reference ("The two sides …", "But both sides …")? */
function opensWithPairReference(doc: AnalyzedText, s: Sentence, lex: Lexicon, cls: Uint16Array): boolean {
  const refs = lex.cues.pairReferences;
  // (The words are joined only where the last one is a reference's head, R_REFERS: most sentences
  // open with none.)
  for (let a = s.firstToken; a <= s.firstToken + 1 && a < s.endToken; a++)
    for (let n = 2; n <= 3 && a + n <= s.endToken; n++)
      if (cls[a + n - 1]! & R_REFERS && refs.has(doc.folded.slice(a, a + n).join(' '))) return true;
  return false;
}

/**
 * "SYRGOV", "RUSMIL", "IRN": a state endpoint's code as in PETRARCH's actor dictionaries; an
 * organization's or armed group's own code ("PSE" for Hamas, "IMG", "IGO"), without a sector.
 */
function actorCode(acts: ArticleActors, key: string, sector: Sector | undefined): string | undefined {
  const actor = acts.actors.get(key);
  const iso3 = actor?.iso3;
  if (!iso3) return actor?.code;
  return sector === 'GOV' || sector === 'MIL' ? `${iso3}${sector}` : iso3;
}

/** "source\u0000target" of the sentence's certain `supports` events whose target is named with no sector (a state). */
function supportedStates(events: readonly Candidate[]): Set<string> | undefined {
  let out: Set<string> | undefined;
  for (const e of events)
    if (e.trigger.relation === 'supports' && !e.flags.negated && !e.flags.hypothetical)
      (out ??= new Set()).add(`${e.source.actor}\u0000${e.target.actor}`);
  return out;
}

/**
 * The events of one article. Negated and hypothetical events are dropped unless `keepUncertain`,
 * then kept with their flag. `member_of` events come from the persons' stated roles.
 *
 * @example extractRelations(doc, actors, lex, meta).map((e) => `${e.source} ${e.relation} ${e.target}`)
 */
export function extractRelations(
  doc: AnalyzedText,
  acts: ArticleActors,
  lex: Lexicon,
  meta: { id: string; date?: string },
  options: RelationOptions = {},
): RelationEvent[] {
  return extractWithPatterns(doc, acts, lex, meta, options, PATTERNS);
}

/** `extractRelations` with another list of patterns (the pattern tester's: one pattern alone). */
export function extractWithPatterns(
  doc: AnalyzedText,
  acts: ArticleActors,
  lex: Lexicon,
  meta: { id: string; date?: string },
  options: RelationOptions,
  patterns: readonly Pattern[],
): RelationEvent[] {
  // (A text stripped of its commas is read with the commas its names and verbs make plain.)
  if (lostCommas(doc)) {
    const restored = restoreCommas(doc, acts, lex);
    try {
      return extractFrom(restored.doc, restored.acts, lex, meta, options, patterns);
    } finally {
      restored.undo();
    }
  }
  return extractFrom(doc, acts, lex, meta, options, patterns);
}

function extractFrom(
  doc: AnalyzedText,
  acts: ArticleActors,
  lex: Lexicon,
  meta: { id: string; date?: string },
  options: RelationOptions,
  patterns: readonly Pattern[],
): RelationEvent[] {
  const keep = options.keepUncertain ?? DEFAULTS.keepUncertain;
  const reg = registryOf(patterns);
  const cls = relationClasses(lex).of(doc);
  const out: RelationEvent[] = [];
  const seen = new Set<string>();
  let prevSubject: ActorMention[] | undefined;
  const view = new SentenceView(doc, acts, lex, cls);
  const emit = new Emitter(acts);
  for (const s of doc.sentences) {
    const none = acts.bySentence[s.index]!.length === 0;
    // ("The two sides agreed …" names no actor but stands for the last sentence's pair.)
    if (none && !(prevSubject?.length === 2 && opensWithPairReference(doc, s, lex, cls))) {
      prevSubject = undefined;
      continue;
    }
    // Every argument is a mention of this sentence or the previous sentence's subject (through a
    // pronoun), and an event needs two different actors: with fewer, no trigger can give one, and
    // the verbs the tagger read as nouns need not be found.
    const triggers = none || twoActorsPossible(acts.bySentence[s.index]!, prevSubject, cls, s) || opensUnclosedQuote(doc, s);
    retagAcronymActors(doc, s, acts, lex, cls);
    if (triggers) {
      retagTitleCaseVerbs(doc, s, acts, lex);
      retagVerbsReadAsNouns(doc, s, acts, lex, cls);
    }
    view.read(s, prevSubject);
    emit.clear();
    scanSentence(view, emit, lex, reg, triggers);
    prevSubject = view.sentenceSubject() ?? prevSubject;
    // (Cut out only for a sentence with events: most have none.)
    const text = emit.events.length ? doc.text.slice(s.start, s.end) : '';
    const backed = emit.events.length > 1 ? supportedStates(emit.events) : undefined;
    for (const e of emit.events) {
      // "Russia launches airstrikes on Syria in support of Assad's regime": a state its attacker is
      // said to back in the same sentence is the place struck, not the one attacked.
      if (backed && e.trigger.relation === 'attacks' && !e.target.sector && backed.has(`${e.source.actor}\u0000${e.target.actor}`))
        continue;
      if (!keep && (e.flags.negated || e.flags.hypothetical)) continue;
      let source = e.source.actor;
      let target = e.target.actor;
      if (SYMMETRIC_RELATIONS.has(e.trigger.relation) && target < source) [source, target] = [target, source];
      // "Russia stood by its ally with President Putin": a person and the state they serve are one side.
      if (acts.actors.get(source)?.affiliation === target || acts.actors.get(target)?.affiliation === source) continue;
      const key = `${source}\u0000${e.trigger.relation}\u0000${target}\u0000${s.index}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const swapped = source !== e.source.actor;
      const sourceSector = (swapped ? e.target.sector : e.source.sector) ?? undefined;
      const targetSector = (swapped ? e.source.sector : e.target.sector) ?? undefined;
      out.push({
        article: meta.id,
        source,
        target,
        relation: e.trigger.relation,
        category: e.trigger.category,
        quad: e.trigger.quad,
        sentence: s.index,
        text,
        start: s.start,
        end: s.end,
        date: meta.date,
        trigger: e.word,
        sourceSector,
        targetSector,
        sourceCode: actorCode(acts, source, sourceSector),
        targetCode: actorCode(acts, target, targetSector),
        negated: e.flags.negated || undefined,
        hypothetical: e.flags.hypothetical || undefined,
      });
    }
  }
  for (const p of reg.article) p.run(doc, acts, meta, out, lex);
  return out;
}
