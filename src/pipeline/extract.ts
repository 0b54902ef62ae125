// One article through the stages in their fixed order: nlp → actors → relations. Pure: the same
// article and lexicon give the same extraction, which is what caches and workers rely on.
import * as crypto from 'node:crypto';
import type { Article, ArticleActor, ArticleExtraction, ArticleMeta } from '../types.js';
import type { Lexicon } from '../lexicon/load.js';
import { analyzeTextReusing, blankedRuns, MAX_TOKEN_CHARS } from '../nlp/analyze.js';
import { recognizeActorsReusing, type RecognizeOptions } from '../actors/recognize.js';
import { extractRelations, type RelationOptions } from '../relations/extract.js';
import { BOUNDS, boundSentences, capEvents, relationSentences } from './bounds.js';
import { SentencePlaces } from '../places/index.js';

export interface ExtractOptions extends RelationOptions, RecognizeOptions {}

/** The metadata part of an article. */
export function metaOf(article: Article): ArticleMeta {
  const meta: ArticleMeta = { id: article.id };
  if (article.title !== undefined) meta.title = article.title;
  if (article.url !== undefined) meta.url = article.url;
  if (article.date !== undefined) meta.date = article.date;
  if (article.source !== undefined) meta.source = article.source;
  return meta;
}

/**
 * Actors and events of one article.
 *
 * @example extractArticle({ id: 'a', text: 'Putin met Erdoğan in Moscow.', origin: { file: 'a.txt' } }, loadLexicon()).events[0].relation // 'met'
 */
export function extractArticle(article: Article, lex: Lexicon, options: ExtractOptions = {}): ArticleExtraction {
  // The analysis and the actors' token arrays (reused buffers) do not outlive this call: nothing
  // below keeps a token or an array.
  const doc = analyzeTextReusing(article.text);
  const blanked = blankedRuns;
  // Sentences of news length only: the later stages are not linear in a sentence's length.
  const cut = boundSentences(doc);
  // (The sentence places the actors stage finds are read again for the events' places below.)
  const places = new SentencePlaces(lex.nonActors.placeCountries);
  const acts = recognizeActorsReusing(doc, lex, { genericActors: options.genericActors }, places);
  const meta = metaOf(article);
  // The relation stage gets the sentences that fit its budget (a prefix: all of them for news).
  const all = doc.sentences;
  const fit = relationSentences(doc);
  if (fit < all.length) doc.sentences = all.slice(0, fit);
  const capped = capEvents(
    extractRelations(doc, acts, lex, { id: article.id, date: article.date }, options).filter(
      (e) => acts.actors.has(e.source) && acts.actors.has(e.target),
    ),
  );
  doc.sentences = all;
  const events = capped.events;
  const notices: string[] = [];
  // Named by id only: the extraction is cached by content, and may be replayed for another file.
  const where = `actorgraph: article ${article.id}`;
  if (blanked) notices.push(`${where}: ${blanked} run(s) of more than ${MAX_TOKEN_CHARS} characters without a space skipped (not words)`);
  if (cut)
    notices.push(
      `${where}: ${cut} sentence(s) of more than ${BOUNDS.maxSentenceTokens} words or ${BOUNDS.maxSentenceNames} capitalized words cut into pieces within both`,
    );
  if (fit < all.length)
    notices.push(
      `${where}: relations read from the first ${fit} of ${all.length} sentences only (the work limit of one article; their actors all count)`,
    );
  if (capped.droppedInSentences)
    notices.push(
      `${where}: ${capped.droppedInSentences} relation(s) beyond ${BOUNDS.maxEventsPerSentence} per sentence dropped (in ${capped.sentencesCapped} sentence(s))`,
    );
  if (capped.droppedInArticle)
    notices.push(`${where}: ${capped.droppedInArticle} relation(s) beyond ${BOUNDS.maxEventsPerArticle} per article dropped`);
  // Weak actors (media, organizations found by their head word) count only when they take part.
  const involved = new Set<string>();
  for (const e of events) {
    involved.add(e.source);
    involved.add(e.target);
  }
  const actors: ArticleActor[] = [];
  for (const d of acts.actors.values()) {
    if (d.weak && !involved.has(d.key)) continue;
    if (d.mentions <= 0) continue;
    const a: ArticleActor = {
      key: d.key,
      name: d.name,
      type: d.type,
      aliases: aliasesOf(d.aliases, d.name),
      mentions: d.mentions,
      known: d.known,
    };
    if (d.iso3) a.iso3 = d.iso3;
    if (d.code) a.code = d.code;
    if (d.affiliation) a.affiliation = d.affiliation;
    if (d.country) a.country = d.country;
    if (d.role) a.role = d.role;
    actors.push(a);
  }
  actors.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  const kept = new Set(actors.map((a) => a.key));
  const out = events.filter((e) => kept.has(e.source) && kept.has(e.target));
  // Where each event happened (src/places), from its sentence; the countries of its two actors
  // choose among cities of one name. An affiliation (member_of) happens nowhere.
  // (The actors by key, for the affiliations: asked only when an event needs a place.)
  const placed = out.filter((e) => e.relation !== 'member_of');
  if (placed.length) {
    const byKey = new Map(actors.map((a) => [a.key, a]));
    const iso3 = (key: string) => {
      const a = byKey.get(key);
      const owner = a?.affiliation ?? a?.country;
      return a?.iso3 ?? (owner ? byKey.get(owner)?.iso3 : undefined);
    };
    for (const e of placed)
      Object.assign(
        e,
        places.of(
          e.text,
          [iso3(e.source), iso3(e.target)].filter((c): c is string => c !== undefined),
        ),
      );
  }
  const x: ArticleExtraction = { meta, actors, events: out, fingerprint: textFingerprint(article.text) };
  if (notices.length) x.notices = notices;
  return x;
}

/**
 * An actor's aliases but its name, sorted (as `[...aliases].filter((x) => x !== name).sort()`: for
 * strings the default order is that of their code units; one loop and no closure per actor).
 */
function aliasesOf(aliases: ReadonlySet<string>, name: string): string[] {
  const out: string[] = [];
  for (const x of aliases) if (x !== name) out.push(x);
  return out.length > 1 ? out.sort(byCodeUnits) : out;
}

function byCodeUnits(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The runs of white space that folding changes: two or more characters, or one that is not a plain
 * space. Replacing only these gives what replacing every run (`/\s+/g`) gives, without building a
 * piece of the new string at each of an article's hundreds of single spaces (3× faster).
 */
const SPACE_TO_FOLD = /\s{2,}|[^\S ]/g;
/**
 * White space other than a plain space. A text without it and without two spaces in a row has no
 * run to fold (most texts): two searches that stop at nothing are cheaper than the replacement's.
 */
const NOT_A_SPACE = /[^\S ]/;

/**
 * SHA-256 of a string, in hex. Node's one-shot `crypto.hash` (Node 20.12 and later) takes half the
 * time of a Hash object for an article's text; older Node 20 releases build the object.
 */
const sha256Hex: (s: string) => string =
  typeof crypto.hash === 'function' ? (s) => crypto.hash('sha256', s, 'hex') : (s) => crypto.createHash('sha256').update(s).digest('hex');

/** The text's identity for counting repeated articles once: white space folded, then hashed. */
export function textFingerprint(text: string): string {
  const folded = text.includes('  ') || NOT_A_SPACE.test(text) ? text.replace(SPACE_TO_FOLD, ' ') : text;
  return sha256Hex(folded.trim()).slice(0, 16);
}
