// The actors stage: finds the actors of one article — gazetteer forms, demonyms (modifiers and
// nouns) with their sector, capitals standing for governments, persons from titles, given names and
// appositions, unknown organizations from their head words, and back-references ("the Observatory",
// "the regime", "the alliance") — and resolves them to one actor table per article, with each
// person's role and affiliation. Datelines and places are left out; a country's rebels, opposition,
// refugees and civilians are never its state node.
import { distance } from 'fastest-levenshtein';
import type { ActorType, AnalyzedText, MentionSource, Sector, Token } from '../types.js';
import type { Lexicon } from '../lexicon/load.js';
import type { GazetteerForm, KnownActor } from '../lexicon/gazetteer.js';
import { foldKey, slugify } from '../nlp/shadow.js';
import { lostCommas } from '../nlp/analyze.js';
import { NOT_STATE_SECTORS } from '../lexicon/cues.js';
import { WordClasses } from '../nlp/word-classes.js';
import { derivedOnce, firstWords, phraseReach } from '../lexicon/derived.js';
import { Scratch } from '../nlp/scratch.js';
import { placeOf, SentencePlaces, type Place } from '../places/index.js';

/**
 * Per word id: is the word without its last letter a gazetteer key ("Syrias" → "syria")? For the
 * possessives that lost their apostrophe; UNKNOWN_STEM until asked.
 */
const UNKNOWN_STEM = 0;
const STEM_FORM = 1;
const NO_STEM_FORM = 2;
const stemForms = derivedOnce((_lex: Lexicon): number[] => []);

/** Mentions by their first token (a stable sort keeps the order of two at one token). */

/** Tokens read as places, for the article being read (one `Recognizer` runs at a time). */
const placeScratch = new Scratch((n) => new Uint8Array(n));
/** `recognizeActorsReusing`'s token → mention and role-token arrays. */
const mentionScratch = new Scratch((n) => new Int32Array(n));
const roleScratch = new Scratch((n) => new Uint8Array(n));

export type { ActorDraft, ActorMention, ArticleActors } from '../types.js';
import type { ActorDraft, ActorMention, ArticleActors } from '../types.js';

const CAP = /^\p{Lu}/u;
const MONTH = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:[a-z]*)\.?$/;
const LETTER = /\p{L}/u;
const QUOTE = /^["“”']$/;
/** Parts of speech of a capitalized word that opens prose after a keyword list ("The", "At", "An"). */
const PROSE_OPENERS = new Set(['DET', 'ADP', 'NUM', 'PRON', 'SCONJ', 'ADV']);
/** Words after "Related" that head a page's list of links ("Related News"). */
const RELATED_HEADINGS = new Set(['News', 'Coverage', 'Stories', 'Articles', 'Content', 'Posts']);
/** Parts of speech no keyword of a tag list is (see markTagLists). */
const FUNCTION_WORDS = new Set(['DET', 'ADP', 'AUX', 'PRON', 'CCONJ', 'SCONJ', 'PART']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
/** Prepositions between a role head and the body it is held at ("ambassador to the UN", "envoy at the OSCE"). */
const ROLE_OBJECT_PREPS = new Set(['to', 'of', 'at', 'for']);
/** A territory's parts: after a listed place's possessive, that place's ("Hamas countryside" is Hama's). */
const PLACE_PARTS = new Set([
  'countryside',
  'province',
  'outskirts',
  'suburbs',
  'district',
  'districts',
  'governorate',
  'neighbourhoods',
  'neighborhoods',
]);
/** Place words of a state's installations: a demonym before one's name is the state's ("the Russian Hmeimim air base"). */
const INSTALLATIONS = new Set(['base', 'airbase', 'air base', 'military base', 'airport', 'checkpoint', 'embassy', 'consulate']);

/** Is there a line break in text[from, to) (the white space between two tokens)? */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let c = from; c < to; c++) if (text.charCodeAt(c) === 10) return true;
  return false;
}

function isCap(t: Token): boolean {
  return CAP.test(t.text);
}

/** The word without one final period ("Gen." → "gen"). */
function noFinalDot(f: string): string {
  return f.charCodeAt(f.length - 1) === 46 ? f.slice(0, -1) : f;
}

/** Is the token "-" or "." (as `/^[-.]$/` tests, without a search)? */
function isDashOrDot(text: string): boolean {
  return text === '-' || text === '.';
}

/** A final "s" after some other letter ("Syrias"), or after a name's own "s" ("Damascuss"); not "s". */
function endsInS(w: string): boolean {
  return w.length > 1 && w.charCodeAt(w.length - 1) === 115;
}

/** Is there no white space between token i-1 and token i? */
function joined(tokens: Token[], i: number): boolean {
  return i > 0 && tokens[i - 1]!.end === tokens[i]!.start;
}

class Recognizer {
  readonly tokens: Token[];
  readonly text: string;
  /** The text has no comma at all: stripped of its punctuation (FA-KES), lists run on without one. */
  private readonly stripped: boolean;
  readonly folded: string[];
  readonly actors = new Map<string, ActorDraft>();
  readonly mentions: ActorMention[] = [];
  readonly tokenMention: Int32Array;
  /** Last state mentioned per sector, for "the regime", "the army". */
  private lastSector = new Map<Sector, string>();
  /** How often each state was named per sector: "the army" is the most talked-about army. */
  private sectorCounts = new Map<Sector, Map<string, number>>();
  /** Each actor's first mention (token index): back-references look only behind them. */
  private readonly firstSeen = new Map<string, number>();
  /** State last called a regime ("the Assad regime", "the Syrian regime"). */
  private lastRegime?: string;
  private personsBySurname = new Map<string, string>();
  private placeTokens: Uint8Array;
  /** Tokens of a person's title or apposition ("special envoy for Syria"): inside that person's phrase. */
  readonly roleTokens: Uint8Array;

  constructor(
    readonly doc: AnalyzedText,
    readonly lex: Lexicon,
    readonly keys: KeySteps,
    readonly surnameIndex: Map<string, KnownActor[]>,
    reuse = false,
    options: RecognizeOptions = {},
    /** Where the article's sentence places are kept (the caller's, to read them again for its events). */
    private readonly places: SentencePlaces = new SentencePlaces(lex.nonActors.placeCountries),
  ) {
    this.genericActors = options.genericActors ?? lex.genericActors ?? false;
    this.tokens = doc.tokens;
    this.text = doc.text;
    this.stripped = lostCommas(doc);
    this.folded = doc.folded;
    this.tokenMention = reuse ? mentionScratch.take(doc.tokens.length, -1) : new Int32Array(doc.tokens.length).fill(-1);
    this.placeTokens = placeScratch.take(doc.tokens.length);
    this.roleTokens = reuse ? roleScratch.take(doc.tokens.length) : new Uint8Array(doc.tokens.length);
    this.pendingAt = new Array<ActorMention | undefined>(doc.tokens.length).fill(undefined);
    this.cls = wordClasses(lex).of(doc);
    this.wordIds = doc.wordIds;
  }

  private readonly wordIds: Int32Array | undefined;
  /** Make a country's rebels, opposition, refugees and civilians actors of their own. */
  private readonly genericActors: boolean;

  /** Each token's word classes (W_* bits). */
  private readonly cls: Uint16Array;

  run(): ArticleActors {
    this.markDatelines();
    this.markTagLists();
    this.markRelatedLinks();
    for (const s of this.doc.sentences) {
      const before = this.mentions.length;
      // (Links to other stories at the page's end name no actor of this one.)
      const end = Math.min(s.endToken, this.linksFrom);
      this.gazetteerPass(s.index, s.firstToken, end);
      this.namePass(s.index, s.firstToken, end);
      this.corefPass(s.index, s.firstToken, end);
      this.retryRoles(s.index, s.firstToken, end);
      this.pairCounterparts(s.index, s.firstToken, end);
      // Keep mentions in token order within the sentence: each added one is moved back past those
      // that start after it (an insertion sort, stable as sort() is; most sentences add none or
      // one, and a splice and sort of the few cost more).
      for (let x = before + 1; x < this.mentions.length; x++) {
        const m = this.mentions[x]!;
        let y = x;
        for (; y > before && this.mentions[y - 1]!.firstToken > m.firstToken; y--) this.mentions[y] = this.mentions[y - 1]!;
        this.mentions[y] = m;
      }
      this.pendingAt.fill(undefined, s.firstToken, s.endToken);
      for (let x = before; x < this.mentions.length; x++) {
        const m = this.mentions[x]!;
        if (this.tagTokens?.[m.firstToken] === 1) m.modifier = true;
        for (let k = m.firstToken; k < m.endToken; k++) this.tokenMention[k] = x;
        if ((m.sector === 'GOV' || m.sector === 'MIL') && this.actors.get(m.actor)?.type === 'country') {
          const counts = this.sectorCounts.get(m.sector) ?? new Map<string, number>();
          counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
          this.sectorCounts.set(m.sector, counts);
          this.lastSector.set(m.sector, m.actor);
        }
      }
    }
    const bySentence: ActorMention[][] = this.doc.sentences.map(() => []);
    for (const m of this.mentions) bySentence[m.sentence]!.push(m);
    return {
      actors: this.actors,
      mentions: this.mentions,
      bySentence,
      tokenMention: this.tokenMention,
      roleTokens: this.roleTokens,
      folded: this.folded,
    };
  }

  /**
   * Pages scraped with their keywords carry them into the text: "Tags Syria Golan Heights Israeli
   * airstrike Hezballah SOHR An Israeli airstrike on …". The names listed there are keywords, not
   * anyone acting: their mentions count, but are no argument of a relation. The list runs from
   * "Tags" to the first capitalized function word ("An", "The", "At") that opens the prose. Where a
   * lower-case function word comes first ("Tags Belgium Syria coalition air raids strikes Aleppo
   * Russia has accused …", "… UN airstrikes Russia Airstrikes in opposition areas …"), the prose
   * opened at the capitalized word nearest before it, past the lower-case words of its phrase (and a
   * name's particle: "Bashar al-Assad has …"). (Keywords hold no function words, but lower-case
   * nouns the tagger may read as verbs: "strikes", "shelling".) With neither, only a sentence with
   * no verb is all keywords.
   */
  /**
   * The token at which the prose of a tag list opened, given its first lower-case function word at
   * k: the capitalized word nearest before k past lower-case nouns, adjectives and numbers (and past
   * a name's particle to the word it joins), or -1 when there is none after `start`.
   */
  private proseOpenedBefore(start: number, k: number): number {
    const { tokens } = this;
    let j = k - 1;
    // ("… al-Nusra Syrian rebels launched a huge offensive": back over the lede's verb first.)
    for (let n = 0; n < 3 && j > start && !isCap(tokens[j]!) && /^(VERB|AUX|ADV|PART)$/.test(tokens[j]!.pos); n++) j--;
    while (j > start && !isCap(tokens[j]!) && (tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'NUM')) j--;
    if (j <= start || !isCap(tokens[j]!)) return -1;
    // "Bashar al-Assad has …": back over "al-" to "Bashar".
    if (j - 3 > start && tokens[j - 1]!.text === '-' && this.cls[j - 2]! & W_PARTICLE && isCap(tokens[j - 3]!)) j -= 3;
    return j;
  }

  private markTagLists(): void {
    if (!this.text.includes('Tags')) return;
    const { tokens } = this;
    for (const s of this.doc.sentences) {
      for (let i = s.firstToken; i + 1 < s.endToken; i++) {
        if (tokens[i]!.text !== 'Tags') continue;
        let start = i + 1;
        if (tokens[start]!.text === ':') start++;
        if (start >= s.endToken || !isCap(tokens[start]!)) continue;
        let end = -1;
        let verb = false;
        for (let k = start + 1; k < s.endToken; k++) {
          const t = tokens[k]!;
          if (t.pos === 'VERB' || t.pos === 'AUX') verb = true;
          if (isCap(t) && PROSE_OPENERS.has(t.pos)) {
            end = k;
            break;
          }
          if (!isCap(t) && FUNCTION_WORDS.has(t.pos) && /^[a-z]/.test(t.text)) {
            end = this.proseOpenedBefore(start, k);
            break;
          }
        }
        if (end === -1 && !verb) end = s.endToken;
        if (end === -1) continue;
        this.tagTokens ??= new Uint8Array(tokens.length);
        this.tagTokens.fill(1, i, end);
        i = end - 1;
      }
    }
  }

  /**
   * Pages scraped with their links to other stories carry those stories' headlines into the text:
   * "Print Tweet Views 2494 Related Russian US jets had near miss over Syria …", "Source TRTWorld
   * and agencies Related News Turkey tells Israeli consul general to leave …", "Related Coverage
   * U.S. to wait and see …". What they state and whom they name are another article's: from
   * "Related" to the end of the sentence nothing is read (a lede run on after the headlines goes with
   * them). Only a capitalized "Related" before a capitalized word, inside a sentence or before
   * "News"/"Coverage".
   */
  private markRelatedLinks(): void {
    if (!this.text.includes('Related')) return;
    const { tokens } = this;
    for (const s of this.doc.sentences) {
      for (let i = s.firstToken; i + 1 < s.endToken; i++) {
        if (tokens[i]!.text !== 'Related' || !isCap(tokens[i + 1]!)) continue;
        const heading = RELATED_HEADINGS.has(tokens[i + 1]!.text);
        if (i === s.firstToken && !heading) continue;
        // At the page's end nothing of this story follows: no actor is looked for there. Inside the
        // page a lede may run on after the headlines: their names count, as a keyword list's do,
        // but act in nothing.
        if (s.index === this.doc.sentences.length - 1) this.linksFrom = i;
        else (this.tagTokens ??= new Uint8Array(tokens.length)).fill(1, i, s.endToken);
        break;
      }
    }
  }

  /**
   * Datelines say where a story was filed, not who acts: "BRUSSELS —", "VILNIUS, Lithuania (AP) —",
   * "KABUL, Aug 3 (Reuters) -", "BEIJING, March 10 (Reuters)", and in stripped texts "(AP photo)
   * BEIRUT Air strikes". A run of upper-case words opening the text, a line or a sentence after a
   * parenthesis, then an optional ", Country", an optional date and an optional "(Agency)", is one
   * when a dash or an agency follows, or when the upper-case words are a known capital or place.
   * Its tokens become places, whatever format the article came in.
   */
  private markDatelines(): void {
    const { tokens, text } = this;
    const upper = (k: number) => k < tokens.length && (this.cls[k]! & W_UPPER) !== 0;
    const dash = (k: number) => k < tokens.length && /^(?:[—–]|-{1,2})$/.test(tokens[k]!.text);
    for (let i = 0; i < tokens.length; i++) {
      // Most words are no upper-case word of three letters or more: one bit test decides.
      if (!(this.cls[i]! & W_UPPER_WORD)) continue;
      const opens = i === 0 || tokens[i - 1]!.text === ')' || hasLineBreak(text, tokens[i - 1]!.end, tokens[i]!.start);
      // Texts that lost their line breaks keep the dateline inside the text: "… (AP photo) BEIRUT
      // Air strikes", "the day before. BEIRUT Syrian government forces": an upper-case capital
      // before a capitalized word that is not upper case.
      // ("… media reports. BEIRUT (Sputnik) Clashes …": or before the agency's name in brackets.)
      const inline =
        !opens &&
        i + 1 < tokens.length &&
        ((isCap(tokens[i + 1]!) && !upper(i + 1)) || tokens[i + 1]!.text === '(') &&
        this.lex.gazetteer.lookup(tokens[i]!.text)?.kind === 'capital';
      if (!opens && !inline) continue;
      let k = i;
      while (upper(k) || (k > i && k < tokens.length && tokens[k]!.text === '-' && upper(k + 1))) k++;
      const city = text.slice(tokens[i]!.start, tokens[k - 1]!.end);
      if (
        k < tokens.length &&
        tokens[k]!.text === ',' &&
        k + 1 < tokens.length &&
        /^\p{Lu}\p{Ll}/u.test(tokens[k + 1]!.text) &&
        !MONTH.test(tokens[k + 1]!.text)
      ) {
        // ", Lithuania", ", Calif.": the state or region of the city.
        let c = k + 1;
        while (c < tokens.length && c < k + 4 && /^\p{Lu}[\p{L}.]*$/u.test(tokens[c]!.text) && !MONTH.test(tokens[c]!.text)) c++;
        k = c;
      }
      let dated = false;
      if (k < tokens.length && tokens[k]!.text === ',') {
        // ", Aug 3", ", March 10", ", 3 August".
        const m = MONTH.test(tokens[k + 1]?.text ?? '') && /^\d{1,2}$/.test(tokens[k + 2]?.text ?? '');
        const d = /^\d{1,2}$/.test(tokens[k + 1]?.text ?? '') && MONTH.test(tokens[k + 2]?.text ?? '');
        if (m || d) {
          k += 3;
          if (tokens[k]?.text === '.') k++;
          dated = true;
        }
      }
      let agency = false;
      if (k < tokens.length && tokens[k]!.text === '(') {
        let c = k + 1;
        while (c < tokens.length && c < k + 6 && tokens[c]!.text !== ')') c++;
        // "(AP)", "(Reuters)", "(AP photo)": a news agency; "ISIS (Daesh) —" is no dateline.
        const inside =
          c > k + 1
            ? (this.lex.gazetteer.lookup(tokens[k + 1]!.text) ??
              this.lex.gazetteer.lookup(text.slice(tokens[k + 1]!.start, tokens[c - 1]!.end)))
            : undefined;
        if (tokens[c]?.text === ')' && inside?.actor.media) {
          k = c + 1;
          agency = true;
        }
      }
      const dashed = dash(k);
      if (dashed) k++;
      const known = this.lex.gazetteer.lookup(city)?.kind === 'capital' || this.lex.nonActors.places.has(foldKey(city));
      if (!(dashed || agency || (known && (dated || i === 0 || tokens[i - 1]!.text === ')' || isCap(tokens[k] ?? tokens[i]!))))) continue;
      for (let x = i; x < k; x++) this.placeTokens[x] = 1;
      i = k - 1;
    }
  }

  private covered(i: number): boolean {
    return this.tokenMention[i] !== -1 || this.pendingAt[i] !== undefined || this.placeTokens[i] === 1;
  }

  /** 1 for the tokens of a page's keyword list ("Tags Syria Idlib …"), when there is one. */
  private tagTokens: Uint8Array | undefined;
  /** The token where the links to other stories at the page's end begin (markRelatedLinks), if any. */
  private linksFrom = Number.POSITIVE_INFINITY;
  /** Mentions of the sentence being read, by token (they join tokenMention at its end). */
  private readonly pendingAt: Array<ActorMention | undefined>;
  /** Persons the name pass found before the body their apposition names (see namePass). */
  private readonly roleRetry: Array<{ d: ActorDraft; a: number; b: number }> = [];

  /** Actors named other than as a mere description ("the Turkish-Syrian border" names no actor). */
  private readonly namedActors = new Set<string>();

  /**
   * Adds the mention `fields` describe, and returns it: a new object with every field of
   * ActorMention, in one order. The two stages read mentions at hundreds of places; given objects
   * of a dozen shapes (the literals below leave out different optional fields, and some are set
   * later), V8 reads their fields by the slow path everywhere, as it does past four shapes.
   */
  private addMention(fields: ActorMention): ActorMention {
    const m: ActorMention = {
      actor: fields.actor,
      sentence: fields.sentence,
      firstToken: fields.firstToken,
      endToken: fields.endToken,
      surface: fields.surface,
      via: fields.via,
      sector: fields.sector,
      generic: fields.generic,
      possessive: fields.possessive,
      modifier: fields.modifier,
    };
    this.mentions.push(m);
    if (!m.generic) this.namedActors.add(m.actor);
    const seen = this.firstSeen.get(m.actor);
    if (seen === undefined || m.firstToken < seen) this.firstSeen.set(m.actor, m.firstToken);
    for (let k = m.firstToken; k < m.endToken; k++) this.pendingAt[k] = m;
    return m;
  }

  private draftFor(actor: KnownActor, surface: string, known = true): ActorDraft {
    let d = this.actors.get(actor.key);
    if (!d) {
      d = {
        key: actor.key,
        name: actor.name,
        type: actor.type,
        iso3: actor.iso3,
        code: actor.code,
        aliases: new Set(),
        mentions: 0,
        known,
        weak: actor.media === true,
        media: actor.media,
        affiliation: actor.affiliation,
        country: actor.country,
        role: undefined,
        // (Set later where the text states a role: every draft has all its fields from the start,
        // one shape for V8, as addMention gives its mentions.)
        roleSentence: undefined,
        affiliationStated: undefined,
      };
      this.actors.set(actor.key, d);
      if (actor.type === 'person') this.indexPerson(d);
    }
    d.mentions++;
    // "Colonel Ryan Dillon", "King Abdullah II" (forms listed with their title) name the person
    // without their title: titles are no aliases.
    if (surface !== d.name && !(d.type === 'person' && this.startsWithTitle(surface))) d.aliases.add(surface);
    return d;
  }

  private startsWithTitle(surface: string): boolean {
    const t = this.lex.titles;
    const first = noFinalDot(foldKey(surface.split(/\s+/)[0]!));
    return t.honorifics.has(first) || t.roleHeads.has(first) || t.roleModifiers.has(first) || firstWords(t.roles).has(first);
  }

  private indexPerson(d: ActorDraft): void {
    const parts = d.name.split(/\s+/);
    const last = foldKey(parts[parts.length - 1]!);
    this.personsBySurname.set(last, d.key);
    // "al-Assad" is also "Assad".
    const bare = last.replace(/^(al|el|ad|as|ash|at|ar|an|az)-/, '');
    if (bare !== last) this.personsBySurname.set(bare, d.key);
  }

  // ---- gazetteer forms ----

  private gazetteerPass(sentence: number, first: number, end: number): void {
    const { tokens } = this;
    const gaz = this.lex.gazetteer;
    for (let i = first; i < end; i++) {
      const t = tokens[i]!;
      const c = this.cls[i]!;
      if (!(c & W_LETTER_FIRST)) continue;
      const startsName = c & W_CAP || (c & W_PARTICLE && i + 1 < end && (tokens[i + 1]!.text === '-' || this.cls[i + 1]! & W_CAP));
      if (!startsName) continue;
      if (this.covered(i)) continue;
      // `key`: the folded key the form was found under (its surface's fold).
      let best: { form: GazetteerForm; key: string; j: number; possessive: boolean } | undefined;
      const limit = Math.min(end, i + gaz.maxWords + 2);
      // The folded key grows a token at a time (the same as folding the whole span: the text
      // between tokens is white space, which folds to one space).
      let node: KeyNode | null = null;
      for (let j = i + 1; j <= limit; j++) {
        if (this.covered(j - 1)) break;
        const spaced = j > i + 1 && tokens[j - 1]!.start > tokens[j - 2]!.end;
        // No key goes on after this one with a space (or at all): no longer form can match.
        if (node !== null && !(spaced ? node.spacePrefix : node.prefix)) break;
        const next: KeyNode | null =
          node === null
            ? this.keys.first(this.folded[i]!, this.wordIds ? this.wordIds[i]! : -1)
            : this.keys.step(node, spaced, this.folded[j - 1]!, this.wordIds ? this.wordIds[j - 1]! : -1);
        const form =
          next !== null && next.form ? gaz.lookupSpanIn(next.forms!, this.text, t.start, tokens[j - 1]!.end, next.key) : undefined;
        if (form && !isDashOrDot(tokens[j - 1]!.text)) best = { form, key: next!.key, j, possessive: false };
        else if (!form && endsInS(tokens[j - 1]!.text) && this.cls[j - 1]! & W_CAP && tokens[j - 1]!.text.length > 3) {
          // FA-KES and other stripped texts write possessives without the apostrophe: "Syrias",
          // "Damascuss".
          // (For one word, whether its stem is a form is remembered per word: most are none.)
          const id = node === null && this.wordIds ? this.wordIds[i]! : -1;
          const stems = id >= 0 ? stemForms(this.lex) : undefined;
          if (stems?.[id] !== NO_STEM_FORM) {
            const whole = node === null ? this.folded[i]! : node.key + (spaced ? ' ' : '') + this.folded[j - 1];
            const k2 = whole.slice(0, -1);
            const stemForm = gaz.forms.has(k2);
            if (stems) {
              while (stems.length <= id) stems.push(UNKNOWN_STEM);
              stems[id] = stemForm ? STEM_FORM : NO_STEM_FORM;
            }
            const f2 = stemForm ? gaz.lookup(this.text.slice(t.start, tokens[j - 1]!.end - 1), k2) : undefined;
            // ("the Ottomans defeat the Mamluks": after "the", a person's name plus "s" is a plural, no possessive.)
            const plural = f2?.actor.type === 'person' && i > first && this.folded[i - 1] === 'the';
            if (f2 && f2.kind !== 'demonym' && !plural) best = { form: f2, key: k2, j, possessive: true };
          }
        }
        if (next === null || !next.prefix) break;
        node = next;
      }
      if (!best) continue;
      const { form, j } = best;
      if (this.ambiguousHere(best.key, i, j, first, end)) continue;
      // "in Hamas countryside": the city Hama's, its apostrophe lost; not the group.
      if (!best.possessive && this.placePossessiveAt(best.key, j, end)) {
        for (let k = i; k < j; k++) this.placeTokens[k] = 1;
        i = j - 1;
        continue;
      }
      // "By Scott Lucas": a byline names the writer, who is no actor in the story.
      if (form.actor.type === 'person' && i > first && isCap(tokens[i - 1]!) && this.lex.nonActors.bylineCues.has(this.folded[i - 1]!))
        continue;
      // "the airstrike on al-Abbas bridge", "Khomeini airport": a person's one-word name before a place
      // word names the place.
      if (form.actor.type === 'person' && j - i === 1 && j < end && this.lex.nonActors.placeWords.has(this.folded[j]!)) {
        i = j - 1;
        continue;
      }
      // "Hassadn Rouhani": a surname form after an unknown capitalized word is left to the name pass,
      // which sees the whole name (and matches the misspelling to the known person).
      if (
        form.actor.type === 'person' &&
        i > first &&
        !this.covered(i - 1) &&
        !this.isTitleWord(i - 1) &&
        ((j - i === 1 && this.isNameToken(i - 1) && !this.describerOpens(i - 1, first)) || this.givenNameBefore(form, i, first))
      ) {
        i = j - 1;
        continue;
      }
      // A trailing hyphen-joined word continues the name ("Iran-Iraq" is two names; "Damascus-based" none).
      if (j < end && tokens[j]!.text === '-' && joined(tokens, j) && j + 1 < end && joined(tokens, j + 1)) {
        const next = this.folded[j + 1];
        if (next === 'based' || next === 'born' || next === 'bound') {
          i = j + 1;
          continue;
        }
        // "Vietnamese-led forces", "Russian-led troops": forces a state leads are its military (a
        // named coalition, "the Saudi-led coalition", is an organization of its own and matched first).
        const led = next === 'led' && form.actor.type === 'country' && !best.possessive ? this.sectorAfter(j + 2, end) : undefined;
        if (led && led.sector === 'MIL') {
          const full = this.text.slice(t.start, tokens[led.end - 1]!.end);
          const d = this.draftFor(form.actor, this.text.slice(t.start, tokens[j - 1]!.end));
          this.addMention({ actor: d.key, sentence, firstToken: i, endToken: led.end, surface: full, via: 'gazetteer', sector: 'MIL' });
          i = led.end - 1;
          continue;
        }
      }
      // "Security forces in Guinea", "the authorities in Kabul": a domestic body with no owner of
      // its own, placed in a state, is that state's; "troops from Chad", "refugees from Togo" are
      // the sector of the state they come from (a non-state one as "Togolese refugees" is).
      const placed = form.actor.type === 'country' && !best.possessive ? this.placedHead(i, j, first, end) : undefined;
      if (placed) {
        const name = this.text.slice(t.start, tokens[j - 1]!.end);
        const full = this.text.slice(tokens[placed.head]!.start, tokens[j - 1]!.end);
        const at = { sentence, firstToken: placed.head, endToken: j, surface: full, sector: placed.sector };
        if (!NOT_STATE_SECTORS.has(placed.sector)) {
          this.addMention({ ...at, actor: this.draftFor(form.actor, name).key, via: 'gazetteer' });
        } else {
          const g = this.genericActors ? this.sectorActor(form.actor, placed.sector) : undefined;
          if (g) {
            this.addMention({ ...at, actor: this.draftFor(g, full, false).key, via: 'gazetteer' });
            this.draftFor(form.actor, name);
          } else this.addMention({ ...at, actor: form.actor.key, via: 'gazetteer', generic: true });
        }
        i = j - 1;
        continue;
      }
      if (form.kind === 'capital' && this.isPlaceContext(i, j, first)) {
        for (let k = i; k < j; k++) this.placeTokens[k] = 1;
        i = j - 1;
        continue;
      }
      // "on the Lebanon-Syria border", "the Iran-Iraq frontier": two states joined by a hyphen before
      // a border word are a place.
      if (
        form.actor.type === 'country' &&
        j + 2 < end &&
        tokens[j]!.text === '-' &&
        joined(tokens, j) &&
        joined(tokens, j + 1) &&
        this.lex.nonActors.borderWords.has(this.folded[j + 2]!) &&
        this.lex.gazetteer.lookup(tokens[j + 1]!.text)?.actor.type === 'country'
      ) {
        for (let k = i; k <= j + 2; k++) this.placeTokens[k] = 1;
        i = j + 2;
        continue;
      }
      const surface = this.text.slice(t.start, tokens[j - 1]!.end);
      const possessive = best.possessive || (j < end && POSSESSIVE.has(tokens[j]!.text));
      // Sectors are parts of a state; "Hezbollah fighters" are Hezbollah. The mention then spans
      // the head too ("the Syrian government", "Russian Defence Ministry", "Syria's army").
      let sa = form.actor.type === 'country' ? this.sectorAfter(j + (j < end && POSSESSIVE.has(tokens[j]!.text) ? 1 : 0), end) : undefined;
      // ("Russias war against Ukraine": a state topic after a possessive that lost its apostrophe,
      // waged against someone, is the possessor's deed, as the relation stage reads "Russia's war";
      // the name stays a possessive. Not "Syrias border with Turkey".)
      if (
        sa &&
        best.possessive &&
        sa.sector === 'CVL' &&
        this.lex.cues.stateTopics.has(sa.phrase) &&
        (this.folded[sa.end] === 'against' || this.folded[sa.end] === 'on')
      )
        sa = undefined;
      // "French President Emmanuel Macron": a title before a name is the person's, not a sector of
      // the state (and no alias of it).
      if (
        sa &&
        sa.end < end &&
        this.lex.titles.roleHeads.has(this.folded[sa.end - 1]!) &&
        this.isNameToken(sa.end) &&
        !this.isTitleWord(sa.end)
      )
        sa = undefined;
      if (sa && form.kind === 'demonym' && this.isPlacePhrase(i, sa.phrase, first)) {
        // "in the Lithuanian capital", "near the Syrian border": a place, not the state.
        for (let k = i; k < sa.end; k++) this.placeTokens[k] = 1;
        i = sa.end - 1;
        continue;
      }
      // "Lebanese, Iranian and Iraqi Shiite militias", "Iranian and Iraqi rebels": demonyms in a
      // list share the head (and its modifiers) of the last one.
      if (!sa && form.kind === 'demonym' && form.actor.type === 'country') sa = this.sharedHeadSector(j, end);
      let sector = sa?.sector;
      if (!sector && (form.kind === 'capital' || form.kind === 'body') && form.actor.type === 'country') sector = 'GOV';
      // Rebels, opposition, refugees and civilians of a country are not its state (PETRARCH's
      // SYRREB, SYROPP, SYRREF, SYRCVL beside SYRGOV, SYRMIL): "Syrian Kurdish forces", "Afghan women".
      let notState =
        sa !== undefined && NOT_STATE_SECTORS.has(sa.sector) && !(sa.sector === 'CVL' && this.lex.cues.stateTopics.has(sa.phrase));
      if (!sa && form.kind === 'demonym' && j < end && this.lex.cues.ethnicModifiers.has(this.folded[j]!)) {
        // "Syrian Kurdish YPG", "Iraqi Sunni tribes": the demonym describes a group, not the state.
        sector = 'CVL';
        notState = true;
      }
      // "the ethnic Armenian authorities of Karabakh", "ethnic Albanian rebels": an ethnicity, not the state.
      if (form.kind === 'demonym' && i > first && this.folded[i - 1] === 'ethnic') {
        sector = 'CVL';
        notState = true;
      }
      // Demonyms as nouns: "the Americans", "the French" are the state's side; "Afghans", "an
      // American" its people.
      if (
        !sa &&
        form.actor.type === 'country' &&
        (form.kind === 'people' || (form.kind === 'demonym' && this.demonymAsNoun(i, j, first, end)))
      ) {
        if (i > first && this.folded[i - 1] === 'the') sector = 'GOV';
        else {
          sector = 'CVL';
          notState = true;
        }
      }
      // "the Palestinian Yarmuk camp", "Syrian Aleppo province": before a town's or a camp's name the
      // demonym describes the place and its people, not the state ("shelling on the Palestinian
      // Yarmuk camp" is no attack on Palestine); a state's installation stays its own ("the Russian
      // Hmeimim air base").
      if (!sa && !notState && form.kind === 'demonym' && j < end && isCap(tokens[j]!) && this.placeNameAt(j, end)) {
        sector = 'CVL';
        notState = true;
      }
      let generic = sector === 'REB' || sector === 'OPP' || sector === 'CVL' || sector === 'MED' || sector === 'REF';
      // "a Syrian school", "Russian sources": a demonym describing some other noun is not the state acting.
      // ("the Turkish-Syrian border": the same through a hyphen to the next demonym.)
      let h = j;
      while (
        h + 1 < end &&
        tokens[h]!.text === '-' &&
        joined(tokens, h) &&
        this.lex.gazetteer.lookup(tokens[h + 1]!.text)?.kind === 'demonym'
      )
        h += 2;
      if (
        !sa &&
        form.kind === 'demonym' &&
        h < end &&
        tokens[h]!.pos === 'NOUN' &&
        !this.isTitleWord(h) &&
        // ("a Syrian school", "a Palestinian hospital" are no state's, though no person is named so.)
        (!this.lex.cues.notNames.has(this.folded[h]!) || this.lex.nonActors.institutionWords.has(this.folded[h]!))
      )
        generic = true;
      // A leader's name before "regime"/"forces" stands for the state ("the Assad regime"), and so
      // do "forces loyal to Assad". With a title between ("forces loyal to President Assad") the
      // text names the person too: the state's mention is "forces loyal to" and the person's stays.
      let loyalForces: ActorMention | undefined;
      if (form.actor.type === 'person') {
        const aff = form.actor.affiliation ? this.lex.gazetteer.byKey(form.actor.affiliation) : undefined;
        const lb = aff?.type === 'country' ? this.loyalForcesBefore(i, first, aff.key) : undefined;
        if (lb && lb.to < i - 1) {
          const full = this.text.slice(tokens[lb.head]!.start, tokens[lb.to]!.end);
          const d = this.draftFor(aff!, full);
          loyalForces = this.addMention({
            actor: d.key,
            sentence,
            firstToken: lb.head,
            endToken: lb.to + 1,
            surface: full,
            via: 'coreference',
            sector: lb.sector,
          });
        }
        // "forces loyal to Assad": the name itself is the leader's, the mention the forces'.
        const untitled = lb !== undefined && lb.to === i - 1;
        const ls = untitled ? { sector: lb.sector, end: j } : this.leaderSectorAfter(j, end);
        if (ls && aff && aff.type === 'country') {
          const from = untitled ? lb.head : i;
          const full = this.text.slice(tokens[from]!.start, tokens[ls.end - 1]!.end);
          const d = this.draftFor(aff, full);
          this.addMention({
            actor: d.key,
            sentence,
            firstToken: from,
            endToken: ls.end,
            surface: full,
            via: 'coreference',
            sector: ls.sector,
          });
          if (ls.sector === 'GOV') this.lastRegime = d.key;
          i = ls.end - 1;
          continue;
        }
      }
      const mentionEnd = sa ? sa.end : j;
      const fullSurface = sa ? this.text.slice(t.start, tokens[sa.end - 1]!.end) : surface;
      const via: MentionSource =
        form.kind === 'demonym' || form.kind === 'people' ? 'demonym' : form.kind === 'capital' ? 'capital' : 'gazetteer';
      if (notState && sector) {
        // The mention stays (a generic subject blocks the relation stage's search for another
        // one) but names no node, or the sector's own actor when the user asked for them.
        const g = this.genericActors ? this.sectorActor(form.actor, sector) : undefined;
        if (g) {
          const gd = this.draftFor(g, fullSurface, false);
          this.addMention({ actor: gd.key, sentence, firstToken: i, endToken: mentionEnd, surface: fullSurface, via: 'gazetteer', sector });
          // The demonym names the state too (as "U.S." in "the U.S.-led coalition"): it is a node,
          // without this mention's relations, so that the group's `country` points into the graph.
          this.draftFor(form.actor, surface);
        } else
          this.addMention({
            actor: form.actor.key,
            sentence,
            firstToken: i,
            endToken: mentionEnd,
            surface: fullSurface,
            via,
            sector,
            generic: true,
          });
        i = mentionEnd - 1;
        continue;
      }
      const d = this.draftFor(form.actor, best.possessive && !sa ? surface.slice(0, -1) : fullSurface);
      if (best.possessive) d.aliases.add(surface);
      if (form.actor.ledBy) {
        // "The U.S.-led coalition" names both the coalition and the United States.
        const leader = this.lex.gazetteer.byKey(form.actor.ledBy);
        const lead = /^(.+?)[- ]led\b/i.exec(surface)?.[1];
        if (leader && lead) this.draftFor(leader, lead);
      }
      const possessiveAfter = sa ? mentionEnd < end && POSSESSIVE.has(tokens[mentionEnd]!.text) : possessive;
      this.addMention({
        actor: d.key,
        sentence,
        firstToken: i,
        endToken: mentionEnd,
        surface: fullSurface,
        via,
        sector,
        generic: generic || undefined,
        possessive: possessiveAfter || undefined,
        // The person only says whose forces they are.
        modifier: loyalForces ? true : undefined,
      });
      if (sector === 'GOV' && sa && this.folded[sa.end - 1] === 'regime') this.lastRegime = d.key;
      if (form.actor.type === 'person') {
        this.personRole(d, sentence, i, j, first, end);
        // ("Sergei Lavrov, the Russian foreign minister, met …": the names after the person are not
        // found yet; a description set off by a comma is read again once they are. Not the words
        // around a listed person otherwise: "the group's director Rami Abdel Rahman" keeps the
        // dictionary's body.)
        // (Or a role right after the name, its comma lost: "Anas al-Abdah president of the Syrian
        // National Coalition met …".)
        if (
          !d.affiliationStated &&
          mentionEnd + 1 < end &&
          ((tokens[mentionEnd]!.text === ',' && tokens[mentionEnd + 1]!.pos === 'DET') || this.roleWordAfter(mentionEnd, end))
        )
          this.roleRetry.push({ d, a: i, b: j });
      }
      // (The title's reading takes the forces before it for a description of the person; they act.)
      if (loyalForces) loyalForces.modifier = undefined;
      i = mentionEnd - 1;
    }
  }

  /**
   * "Michael Jordan", "Chad Smith", "Jordan Valley": an ambiguous form next to another capitalized
   * word that is not itself a known form is part of some other name. `key`: the form's folded key.
   */
  private ambiguousHere(key: string, i: number, j: number, first: number, end: number): boolean {
    if (!this.lex.gazetteer.ambiguous.has(key)) return false;
    if (i > first && this.lex.givenNames.has(this.folded[i - 1]!) && isCap(this.tokens[i - 1]!)) return true;
    if (j < end && isCap(this.tokens[j]!) && LETTER.test(this.tokens[j]!.text) && !this.lex.gazetteer.lookup(this.tokens[j]!.text))
      return true;
    if (
      i > first &&
      isCap(this.tokens[i - 1]!) &&
      this.tokens[i - 1]!.pos === 'PROPN' &&
      !this.lex.gazetteer.lookup(this.tokens[i - 1]!.text) &&
      this.tokenMention[i - 1] === -1 &&
      this.pendingAt[i - 1] === undefined &&
      !this.lex.titles.roleHeads.has(this.folded[i - 1]!) &&
      // ("On Monday Turkey accused …", "In July Turkey …": a date before the state, no name.)
      !this.lex.cues.timeWords.has(this.folded[i - 1]!)
    )
      return true;
    return false;
  }

  /** "in Damascus", "Damascus countryside": a capital that is a place, not a government. */
  private isPlaceContext(i: number, j: number, first: number): boolean {
    const na = this.lex.nonActors;
    // ("the base of the Damascus-backed NDF": a capital that backs or leads is its government.)
    if (j + 1 < this.tokens.length && this.folded[j] === '-' && this.lex.relations.compounds.has(this.folded[j + 1]!)) return false;
    let k = i - 1;
    while (k >= first && (this.folded[k] === 'the' || this.tokens[k]!.pos === 'ADJ' || this.tokens[k]!.pos === 'NUM')) k--;
    if (k >= first && na.placePrepositions.has(this.folded[k]!)) {
      // "a request from Damascus" is the government speaking; "a visit to Tehran" is one paid to it.
      // ("strong criticism from Moscow": an adjective between.)
      let h = k - 1;
      // ('issued "serious threats" to Damascus': past the mark that closes a quoted noun.)
      if (h > first && QUOTE.test(this.tokens[h]!.text)) h--;
      while (h > first && this.tokens[h]!.pos === 'ADJ') h--;
      const governmentFrom = this.folded[k] === 'from' && h >= first && na.governmentFrom.has(this.folded[h]!);
      const visited =
        this.folded[k] === 'to' &&
        k > first &&
        (/^(?:visit|visits|trip|trips|tour|journey)$/.test(this.folded[k - 1]!) || (h >= first && na.governmentTo.has(this.folded[h]!)));
      // ("Baku lashed out at Yerevan": a capital aimed at is its government.)
      const aimed = this.folded[k] === 'at' && k > first && na.governmentAt.has(this.folded[k - 1]!);
      if (!governmentFrom && !visited && !aimed) return true;
    }
    // ("the Israeli raid on its Tunis headquarters", "his Moscow residence": a possessor's place.)
    // (Not before people it sends or holds: "its Moscow allies", "its Kyiv ambassador".)
    if (
      k >= first &&
      this.lex.syntax.actorPossessives.has(this.folded[k]!) &&
      j < this.tokens.length &&
      this.tokens[j]!.pos === 'NOUN' &&
      !isCap(this.tokens[j]!) &&
      na.institutionWords.has(this.folded[j]!)
    )
      return true;
    if (k >= first && na.placeWords.has(this.folded[k]!) && k > first) return true; // "the city Damascus"
    if (k >= first && this.folded[k] === 'of' && k > first && na.placeWords.has(this.folded[k - 1]!)) return true;
    if (j < this.tokens.length && na.placeWords.has(this.folded[j]!)) return true;
    if (j + 1 < this.tokens.length && na.placeWords.has(`${this.folded[j]} ${this.folded[j + 1]}`)) return true;
    return false;
  }

  /** Does some gazetteer form start at token j ("Islamic State", "Syrian", "Aleppo")? */
  private formStartsAt(j: number, end: number): boolean {
    if (j >= end || !(this.cls[j]! & W_CAP)) return false;
    let node = this.keys.first(this.folded[j]!, this.wordIds ? this.wordIds[j]! : -1);
    for (let k = j + 1; node !== null; k++) {
      if (node.form) return true;
      if (k >= end) break;
      const spaced = this.tokens[k]!.start > this.tokens[k - 1]!.end;
      if (!(spaced ? node.spacePrefix : node.prefix)) break;
      node = this.keys.step(node, spaced, this.folded[k]!, this.wordIds ? this.wordIds[k]! : -1);
    }
    return false;
  }

  /** "in the Lithuanian capital": a place word after a demonym, after a place preposition. */
  private isPlacePhrase(i: number, phrase: string, first: number): boolean {
    if (!(phrase === 'capital' || this.lex.nonActors.placeWords.has(phrase))) return false;
    let k = i - 1;
    while (k >= first && (this.folded[k] === 'the' || this.tokens[k]!.pos === 'ADJ')) k--;
    return k >= first && this.lex.nonActors.placePrepositions.has(this.folded[k]!);
  }

  /**
   * The sector of the head shared by a list of demonyms, seen from the end j of one that has no head
   * of its own: only a sector that is no state (rebels, an ethnic group's forces), and spanning no
   * tokens here (the head stays with the last demonym). "Russian and Syrian forces" keeps Russia.
   */
  private sharedHeadSector(j: number, end: number): { sector: Sector; end: number; phrase: string } | undefined {
    let k = j;
    let listed = 0;
    // Separated by commas or "and", or by nothing where the text lost its commas.
    for (;;) {
      let x = k;
      if (x < end && (this.folded[x] === ',' || this.folded[x] === 'and' || this.folded[x] === 'or')) x++;
      const next = x < end ? this.lex.gazetteer.lookup(this.tokens[x]!.text) : undefined;
      if (!next || next.kind !== 'demonym' || next.actor.type !== 'country') {
        if (listed) break;
        return undefined;
      }
      k = x + 1;
      listed++;
    }
    if (!listed || k >= end) return undefined;
    const sa = this.sectorAfter(k, end);
    // "Russian and Ukrainian officials met": the state's sectors are shared too.
    if (!sa) return undefined;
    return { sector: sa.sector, end: j, phrase: sa.phrase };
  }

  /**
   * "security forces in Guinea", "refugees from Togo" (the country's name or capital at [i, j)): the
   * start and sector of the head right before "in" (a cues.json stateInHeads head: "refugees in
   * Lebanon" are not Lebanon's) or "from" (any sector head but the state's topics), where nothing
   * before the head owns it (no demonym, actor or other modifier: "Turkish troops in Syria", "UN
   * police in Mali" stay) and the name is not some place's ("in Guinea's capital").
   */
  private placedHead(i: number, j: number, first: number, end: number): { head: number; sector: Sector } | undefined {
    const prep = i - 2 >= first ? this.folded[i - 1] : undefined;
    if (prep !== 'in' && prep !== 'from') return undefined;
    if (j < end && (POSSESSIVE.has(this.tokens[j]!.text) || this.tokens[j]!.text === '-')) return undefined;
    const cues = this.lex.cues;
    for (let n = Math.min(3, i - 1 - first); n >= 1; n--) {
      const head = i - 1 - n;
      const words = this.folded.slice(head, i - 1).join(' ');
      const sector = prep === 'in' ? cues.stateInHeads.get(words) : cues.stateTopics.has(words) ? undefined : cues.sectorHeads.get(words);
      if (!sector) continue;
      if (this.covered(head) || this.covered(i - 2)) return undefined;
      if (head > first) {
        const before = this.tokens[head - 1]!;
        const b = this.folded[head - 1]!;
        // Only "the" or a clause boundary before the head: an adjective or a name owns it (a number only counts).
        if (this.covered(head - 1) || (b !== 'the' && /^(NOUN|PROPN|ADJ|X)$/.test(before.pos)) || before.text === '-') return undefined;
        if (b === 'the' && head - 1 > first && (this.covered(head - 2) || this.tokens[head - 2]!.pos === 'ADJ')) return undefined;
        // "pulled troops from Belarus", "drove the rebels from Mali": "from" goes with the verb.
        if (prep === 'from') {
          let v = head - 1;
          while (v > first && (this.tokens[v]!.pos === 'NUM' || this.tokens[v]!.pos === 'DET')) v--;
          if (this.tokens[v]!.pos === 'VERB' || this.tokens[v]!.pos === 'AUX') return undefined;
        }
      }
      return { head, sector };
    }
    return undefined;
  }

  /** Sector named by the head noun right after a state mention ("Syrian government", "Syrian fighter jets"). */
  private sectorAfter(j: number, end: number): { sector: Sector; end: number; phrase: string } | undefined {
    const heads = this.lex.cues.sectorHeads;
    const max = this.lex.cues.maxHeadWords;
    // Skip one modifier ("Syrian Arab Army", "Syrian fighter jets", "Syrian government forces").
    const starts = firstWords(heads);
    for (let skip = 0; skip <= 1; skip++) {
      const from = j + skip;
      // The modifier skipped is no name of its own: "Syria Islamic State", "BEIRUT Syrian
      // government", "Syria Aleppo airstrike" (texts that lost their punctuation) are two things.
      if (skip === 1 && (this.formStartsAt(j, end) || this.lex.nonActors.places.has(this.folded[j]!))) break;
      if (from < end && starts.has(this.folded[from]!)) {
        for (let n = phraseReach(heads, this.folded, from, Math.min(max, end - from)); n >= 1; n--) {
          if (this.covered(from + n - 1)) continue;
          const phrase = this.folded.slice(from, from + n).join(' ');
          const s = heads.get(phrase);
          if (!s) continue;
          // ("Afghan border posts", "Syrian border officials": a state topic modifying a noun that is
          // none is no topic; the phrase's head, past it, says what of the state is meant.)
          const after = from + n;
          if (
            skip === 0 &&
            s === 'CVL' &&
            after < end &&
            this.tokens[after]!.pos === 'NOUN' &&
            this.lex.cues.stateTopics.has(phrase) &&
            !this.lex.cues.stateTopics.has(this.folded[after]!) &&
            !heads.has(this.folded[after]!)
          )
            break;
          // "Syrian Kurdish forces", "Iraqi Sunni officials": an ethnic or insurgent part of the country.
          // Its phrase is then no state topic either ("Syria Kurd town").
          if (skip === 1 && this.lex.cues.ethnicModifiers.has(this.folded[j]!))
            return { sector: s === 'MIL' ? 'REB' : s === 'GOV' ? 'OPP' : s === 'MED' ? 'CVL' : s, end: from + n, phrase: '' };
          return { sector: s, end: from + n, phrase };
        }
      }
      if (from >= end) break;
      const pos = this.tokens[from]!.pos;
      if (!(pos === 'ADJ' || pos === 'PROPN' || pos === 'NOUN')) break;
      // ("Norway mediated talks between …": a past form of a verb the relation stage reads, tagged an
      // adjective, is that verb; "Syrias embattled leader" is a phrase.)
      // ("Russia launches airstrikes on …": so is a present read as a plural noun.)
      if ((pos === 'ADJ' || pos === 'NOUN') && from === j && j > 0 && this.relationVerbForm(this.folded[from]!) && !this.isDemonymAt(j - 1))
        break;
    }
    return undefined;
  }

  /**
   * Is f the regular past or the present -s of a verb the relation stage reads ("mediated",
   * "launches")? Not a noun the relation stage reads too ("attacks", "strikes").
   */
  private relationVerbForm(f: string): boolean {
    const ed = f.endsWith('ed');
    if (!ed && !f.endsWith('s')) return false;
    if (!ed && this.lex.relations.nouns.has(f)) return false;
    const verbs = this.lex.relations.verbs;
    const mediation = this.lex.syntax.constructions.mediation.verbs;
    for (const stem of [f.slice(0, -1), f.slice(0, -2)]) if (verbs.has(stem) || mediation.has(stem)) return true;
    return false;
  }

  /** Does a role word start at k, past an article and an adjective ("president of", "the chief negotiator")? */
  private roleWordAfter(k: number, end: number): boolean {
    const t = this.lex.titles;
    let r = k;
    if (r < end && (this.folded[r] === 'the' || this.folded[r] === 'a' || this.folded[r] === 'an')) r++;
    if (r < end && this.tokens[r]!.pos === 'ADJ') r++;
    if (r >= end) return false;
    const f = noFinalDot(this.folded[r]!);
    return t.roleHeads.has(f) || t.roles.has(f);
  }

  /** Is the token at k a known demonym ("Syrian")? */
  private isDemonymAt(k: number): boolean {
    return this.lex.gazetteer.lookup(this.tokens[k]!.text)?.kind === 'demonym';
  }

  /**
   * "the French said", "the Dutch and the Belgians": an adjective demonym after "the" with no noun
   * of its own is the noun ("the French" = France's side).
   */
  private demonymAsNoun(i: number, j: number, first: number, end: number): boolean {
    if (i <= first || this.folded[i - 1] !== 'the') return false;
    if (j >= end) return true;
    const next = this.tokens[j]!;
    if (POSSESSIVE.has(next.text)) return true;
    if (next.text === '-' && joined(this.tokens, j)) return false;
    return next.pos !== 'NOUN' && next.pos !== 'PROPN' && next.pos !== 'ADJ' && next.pos !== 'NUM';
  }

  /**
   * The generic actor of a country's non-state sector ("Syrian rebels"), for the genericActors
   * option. It carries its country, as CAMEO/PETRARCH codes it: `country` (the state's node key) and
   * the code of the country and sector (SYRREB, SYROPP, SYRREF, SYRCVL).
   */
  private sectorActor(state: KnownActor, sector: Sector): KnownActor | undefined {
    const spec = this.lex.cues.sectorActors.get(sector);
    if (!spec) return undefined;
    const adj = demonymOf(this.lex).get(state.key) ?? state.name;
    const name = `${adj} ${spec.label}`;
    const g: KnownActor = { key: slugify(name), name, type: spec.type, country: state.key };
    if (state.iso3) g.code = `${state.iso3}${sector}`;
    return g;
  }

  /**
   * "forces loyal to (President) X", "the regime of (President) X", "the forces of X" before the name
   * at i: where the head ("forces") and the word before the name ("to", "of") are, and the head's
   * sector; or undefined.
   */
  private loyalForcesBefore(i: number, first: number, state: string): { head: number; to: number; sector: Sector } | undefined {
    let k = i - 1;
    while (k >= first && this.isTitleWord(k) && !this.covered(k)) k--;
    // "the forces of Syria's President Assad", "forces loyal to Syrian President Assad": the state
    // itself (its possessive or its demonym) may name the leader's office.
    const mark = k > first && POSSESSIVE.has(this.tokens[k]!.text);
    const named = k >= first ? this.pendingAt[mark ? k - 1 : k] : undefined;
    if (named?.actor === state && (mark || named.possessive || /s$/i.test(named.surface) || named.via === 'demonym'))
      k = named.firstToken - 1;
    if (k - 1 < first) return undefined;
    if (this.folded[k] === 'of') {
      const sector = this.lex.cues.leaderHeads.get(this.folded[k - 1]!);
      return sector && !this.covered(k - 1) ? { head: k - 1, to: k, sector } : undefined;
    }
    if (k - 2 < first || this.folded[k] !== 'to' || this.folded[k - 1] !== 'loyal') return undefined;
    const head = k - 2;
    return this.lex.cues.leaderHeads.get(this.folded[head]!) === 'MIL' && !this.covered(head) ? { head, to: k, sector: 'MIL' } : undefined;
  }

  private leaderSectorAfter(j: number, end: number): { sector: Sector; end: number } | undefined {
    let k = j;
    if (k < end && POSSESSIVE.has(this.tokens[k]!.text)) k++;
    if (k < end) {
      const f = this.folded[k]!;
      const s = this.lex.cues.leaderHeads.get(f);
      if (s) return { sector: s, end: k + 1 };
      // "the Assad regimes UN representative": the head with its apostrophe lost, before a name or title.
      const lost = f.endsWith('s') ? this.lex.cues.leaderHeads.get(f.slice(0, -1)) : undefined;
      if (lost && k + 1 < end && (isCap(this.tokens[k + 1]!) || this.isTitleWord(k + 1))) return { sector: lost, end: k + 1 };
    }
    return undefined;
  }

  // ---- names found by cues ----

  private isTitleWord(i: number): boolean {
    const t = this.lex.titles;
    const f = noFinalDot(this.folded[i]!);
    return t.roleHeads.has(f) || t.roleModifiers.has(f) || t.honorifics.has(f) || t.roles.has(f);
  }

  /**
   * "Ibrahim al-Assad", "Abu Islam al-Baghdadi": a surname form ("al-Assad", several tokens) after a
   * given name, or after a kunya's two words, belongs to whoever that whole name is.
   */
  private givenNameBefore(form: GazetteerForm, i: number, first: number): boolean {
    const given = this.lex.givenNames;
    if (!isCap(this.tokens[i - 1]!) || given.has(foldKey(form.surface.split(/[\s-]+/)[0] ?? ''))) return false;
    if (given.has(this.folded[i - 1]!)) return true;
    return i - 1 > first && given.has(this.folded[i - 2]!) && isCap(this.tokens[i - 2]!) && !this.covered(i - 2);
  }

  /** "Close Assad ally Russia", "Key regime ally Iran": a describer capitalized as the sentence's first word, no name. */
  private describerOpens(k: number, first: number): boolean {
    return k === first && !!(this.cls[k]! & W_DESCRIBER);
  }

  private isNameToken(i: number): boolean {
    const t = this.tokens[i]!;
    const c = this.cls[i]!;
    if (!(c & W_CAP) || !(c & W_LETTER)) return false;
    if (t.pos === 'PUNCT' || t.pos === 'SYM' || t.pos === 'NUM') return false;
    if (c & W_NON_ACTOR) return false;
    // ("Blaming Assad Trump says …": a headline's gerund, read as the verb, is no part of a name.)
    if (t.pos === 'VERB' && this.folded[i]!.endsWith('ing')) return false;
    return true;
  }

  private namePass(sentence: number, first: number, end: number): void {
    const particles = this.lex.cues.nameParticles;
    let i = first;
    while (i < end) {
      if (
        this.covered(i) ||
        this.describerOpens(i, first) ||
        !(
          this.isNameToken(i) ||
          (this.cls[i]! & W_PARTICLE && i + 2 < end && this.tokens[i + 1]!.text === '-' && joined(this.tokens, i + 1))
        )
      ) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < end && !this.covered(j)) {
        const t = this.tokens[j]!;
        if (this.isNameToken(j)) j++;
        else if (
          (t.text === '-' || t.text === "'" || t.text === '’') &&
          joined(this.tokens, j) &&
          j + 1 < end &&
          joined(this.tokens, j + 1) &&
          !this.covered(j + 1) &&
          (this.isNameToken(j + 1) || particles.has(this.folded[j + 1]!))
        )
          j += 2;
        else if (
          particles.has(this.folded[j]!) &&
          j + 1 < end &&
          !this.covered(j + 1) &&
          (this.isNameToken(j + 1) || this.tokens[j + 1]!.text === '-')
        )
          j++;
        else break;
      }
      this.classifyRun(sentence, i, j, first, end);
      i = j;
    }
  }

  /**
   * "X - chief of the so-called "Al-Mostafa Brigades"", "X, the group's deputy director": the body a
   * person's apposition names may be a name or a back-reference found after the person, so the roles
   * of the persons the name pass found are read again once the sentence's passes are done.
   */
  private retryRoles(sentence: number, first: number, end: number): void {
    const retry = this.roleRetry.splice(0);
    for (const r of retry) if (!r.d.affiliationStated) this.personRole(r.d, sentence, r.a, r.b, first, end);
  }

  /** Splits a run of capitalized words into titles, persons and organizations. */
  private classifyRun(sentence: number, i: number, j: number, first: number, end: number): void {
    const { titles } = this.lex;
    // Leading titles and honorifics: "Deputy Foreign Minister", "Colonel", "Ayatollah Seyyed".
    let k = i;
    let titled = false;
    const roleStarts = firstWords(titles.roles);
    for (;;) {
      let matched = 0;
      if (k < j && roleStarts.has(this.folded[k]!)) {
        for (let n = phraseReach(titles.roles, this.folded, k, Math.min(titles.maxRoleWords, j - k)); n >= 1; n--) {
          if (titles.roles.has(this.folded.slice(k, k + n).join(' '))) {
            matched = n;
            break;
          }
        }
      }
      let strong = matched > 0;
      if (!matched) {
        const f = k < this.folded.length ? noFinalDot(this.folded[k]!) : undefined;
        if (f !== undefined && (titles.honorifics.has(f) || titles.roleHeads.has(f) || titles.roleModifiers.has(f))) {
          matched = 1;
          strong = titles.honorifics.has(f) || titles.roleHeads.has(f);
        }
      }
      if (!matched || k + matched > j) break;
      // "Press Releases", "Foreign Affairs": modifiers alone do not make a title.
      if (strong) titled = true;
      k += matched;
      if (k >= j) break;
    }
    // "Secretary-General": a hyphen left over from a title.
    while (k < j && !LETTER.test(this.tokens[k]!.text)) k++;
    if (k >= j) return;
    // Title words after a name ("Peter Salama Executive Director") end the name.
    let nameEnd = k;
    while (nameEnd < j) {
      const f = this.folded[nameEnd]!;
      if (nameEnd > k && (titles.roleHeads.has(f) || titles.roles.has(f)) && !(this.cls[nameEnd]! & W_GIVEN)) break;
      nameEnd++;
    }
    // ("Kevin Kennedy Regional Humanitarian Coordinator": the title's modifiers before its head,
    // past a name of two words at least.)
    if (nameEnd < j)
      while (nameEnd - 2 > k && titles.roleModifiers.has(this.folded[nameEnd - 1]!) && !(this.cls[nameEnd - 1]! & W_GIVEN)) nameEnd--;
    for (const [a, b] of this.splitAtGivenNames(k, nameEnd)) this.classifySegment(sentence, a, b, titled && a === k, first, end);
    if (nameEnd < j) this.classifyRun(sentence, nameEnd, j, first, end);
  }

  /** "Sergei Lavrov Yusuf bin Alawi" are two names: a given name after a complete name starts a new one. */
  private splitAtGivenNames(a: number, b: number): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    const cls = this.cls;
    let start = a;
    for (let k = a + 1; k < b; k++) {
      // (Given names and name particles are word classes: W_GIVEN, W_PARTICLE.)
      const prevGiven = cls[k - 1]! & W_GIVEN || this.tokens[k - 1]!.text === '-' || cls[k - 1]! & W_PARTICLE;
      if (cls[k]! & W_GIVEN && !prevGiven && k - start >= 2 && this.isNameToken(k)) {
        out.push([start, k]);
        start = k;
      }
    }
    out.push([start, b]);
    return out;
  }

  private classifySegment(sentence: number, a: number, b: number, titled: boolean, first: number, end: number): void {
    const { tokens, folded, lex } = this;
    const na = lex.nonActors;
    // ("Speaking to Syrian state TV Barazi said": a word that is no name before the name.)
    if (b - a >= 2 && !titled && lex.cues.notNames.has(folded[a]!) && !na.institutionWords.has(folded[a]!)) {
      this.classifySegment(sentence, a + 1, b, titled, first, end);
      return;
    }
    const surface = this.text.slice(tokens[a]!.start, tokens[b - 1]!.end);
    // One word: its word classes say (W_PLACE, W_NON_ACTOR), with no lookup in the large tables.
    const key = b === a + 1 ? undefined : foldKey(surface);
    if (key === undefined ? this.cls[a]! & (W_PLACE | W_NON_ACTOR) : na.places.has(key) || na.words.has(key)) return;
    // (The words with a letter: W_LETTER, counted without a list of them.)
    let wordCount = 0;
    for (let k = a; k < b; k++) if (this.cls[k]! & W_LETTER) wordCount++;
    // Organizations and armed groups by their head or first word.
    const last = folded[b - 1]!;
    const firstWord = folded[a]!;
    const prevIsState = a > first && this.tokenMention[a - 1] === -1 && this.pendingStateBefore(a);
    if (
      wordCount >= 2 &&
      !prevIsState &&
      (lex.cues.orgHeads.has(last) || lex.cues.armedHeads.has(last) || lex.cues.armedPrefixes.has(firstWord))
    ) {
      if (!this.hasPlaceWord(a, b) && !titled) {
        const type: ActorType = lex.cues.armedHeads.has(last) || lex.cues.armedPrefixes.has(firstWord) ? 'armed_group' : 'organization';
        const actor: KnownActor = { key: slugify(surface), name: surface, type };
        const d = this.draftFor(actor, surface, false);
        if (!d.known) d.weak = true;
        this.addMention({ actor: d.key, sentence, firstToken: a, endToken: b, surface, via: 'name' });
        return;
      }
    }
    // Persons.
    const before = a > first ? folded[a - 1]! : '';
    // "By Scott Lucas", "REUTERS/Jason Reed": bylines and photo credits.
    const byline = (lex.nonActors.bylineCues.has(before) && a - 1 >= first && isCap(tokens[a - 1]!)) || tokens[a - 1]?.text === '/';
    if (byline) return;
    const placeBefore = na.placePrepositions.has(before) || (before === 'of' && a - 2 >= first && na.placeWords.has(folded[a - 2]!));
    const placeAfter = b < end && na.placeWords.has(folded[b]!);
    const roleBefore = this.roleBefore(a, first);
    const given = (this.cls[a]! & W_GIVEN) !== 0;
    const speechAfter = b < end && lex.cues.speechVerbs.has(tokens[b]!.lemma) && tokens[b]!.pos === 'VERB';
    const apposition = this.appositionRoleAfter(b, end);
    // A name seen before in this article, or a known person under a variant spelling.
    const existing = this.existingPerson(a, b);
    // "A, B and C" after a person named or titled: the list goes on naming persons.
    const listed = wordCount >= 2 && this.personListedBefore(a, first);
    const cue =
      titled ||
      roleBefore ||
      apposition ||
      listed ||
      (given && wordCount >= 2) ||
      (speechAfter && wordCount >= 2) ||
      existing !== undefined;
    if (!cue || (placeBefore && !roleBefore && existing === undefined) || placeAfter) return;
    // "Omar Ibn al-Khattab Mosque", "Aleppo University Hashim": a building or institution.
    for (let k = a; k < b; k++) if (na.institutionWords.has(folded[k]!) && !existing) return;
    // A run ending in "Command", "Ministry", "Council" is an institution, not a person.
    if (lex.cues.notNames.has(last) && !existing) return;
    if (wordCount === 1 && !existing && !titled && !roleBefore) return;
    // "Defence Ministry", "Police Command", "Press Releases": a title word before a common noun.
    if (wordCount === 1 && !existing && this.isCommonHead(b - 1)) return;
    let d: ActorDraft;
    if (existing)
      d = this.draftFor(existing, surface, existing.key !== slugify(surface) || this.lex.gazetteer.byKey(existing.key) !== undefined);
    else {
      const known = this.fuzzyKnownPerson(a, b);
      d = known
        ? this.draftFor(known, surface)
        : this.draftFor(
            {
              key: slugify(surface),
              name: surface,
              type: 'person',
              affiliation: wordCount === 1 ? this.sharedAffiliation(last) : undefined,
            },
            surface,
            false,
          );
    }
    const ls = this.leaderSectorAfter(b, end);
    if (ls && d.affiliation && this.actors.get(d.affiliation)?.type === 'country') {
      const full = this.text.slice(tokens[a]!.start, tokens[ls.end - 1]!.end);
      const state = this.actors.get(d.affiliation)!;
      state.mentions++;
      state.aliases.add(full);
      this.addMention({
        actor: d.affiliation,
        sentence,
        firstToken: a,
        endToken: ls.end,
        surface: full,
        via: 'coreference',
        sector: ls.sector,
      });
      d.mentions--;
      if (d.mentions <= 0) d.aliases.delete(surface);
      return;
    }
    this.addMention({ actor: d.key, sentence, firstToken: a, endToken: b, surface, via: titled || roleBefore ? 'title' : 'name' });
    this.personRole(d, sentence, a, b, first, end);
    if (!d.affiliationStated) this.roleRetry.push({ d, a, b });
  }

  /** Are the words of the capitalized run at a all proper nouns, hyphens or particles, up to its end ("Alyauddin Al-Shishani", not a headline's "Used Chemical Weapons")? */
  private properNounsOnly(a: number): boolean {
    let k = a;
    for (; k < this.tokens.length && (isCap(this.tokens[k]!) || this.tokens[k]!.text === '-' || this.cls[k]! & W_PARTICLE); k++)
      if (this.tokens[k]!.pos !== 'PROPN' && this.tokens[k]!.text !== '-' && !(this.cls[k]! & W_PARTICLE)) return false;
    return k > a;
  }

  /**
   * Is the name at a the next item of a list whose item before is a person ("A, B", "A and B"; in a
   * text stripped of its commas, "A B and C": right after the person)?
   */
  private personListedBefore(a: number, first: number): boolean {
    let k = a - 1;
    if (k >= first && this.stripped && this.mentionAt(k)?.endToken === a && this.actors.get(this.mentionAt(k)!.actor)?.type === 'person')
      return this.properNounsOnly(a);
    if (k < first || (this.folded[k] !== ',' && this.folded[k] !== 'and')) return false;
    k--;
    if (k >= first && this.folded[k] === ',' && this.folded[k + 1] === 'and') k--;
    const m = k >= first ? this.mentionAt(k) : undefined;
    return !!m && m.endToken === k + 1 && this.actors.get(m.actor)?.type === 'person';
  }

  private isCommonHead(k: number): boolean {
    const f = this.folded[k]!;
    const c = this.lex.cues;
    if (c.notNames.has(f) || c.orgHeads.has(f) || c.armedHeads.has(f) || c.sectorHeads.has(f) || c.groupNouns.has(f)) return true;
    if (this.lex.nonActors.placeWords.has(f)) return true;
    // Inflected forms ("Kills", "Releases") are words, not names.
    const t = this.tokens[k]!;
    return t.pos === 'VERB' || (t.lemma !== f && t.lemma + 's' === f);
  }

  private pendingStateBefore(a: number): boolean {
    const m = this.pendingAt[a - 1];
    return !!m && m.endToken === a && this.actors.get(m.actor)?.type === 'country';
  }

  /**
   * Is the form `key` ending at j a listed place's possessive that lost its apostrophe, the place
   * being a name apart ("Hamas" of Hama, not the group)? So when a word of a territory's part
   * follows, past one modifier ("in Hamas countryside", "Hamas northwestern countryside"; a group
   * has compounds and positions too, not a countryside), or, in a story set in that
   * place's country (its places: `homeState`), an adjective that starts no title or body of the
   * actor's ("Hamas recent upsurge", not "Hamas military wing" or "Hamas political bureau").
   */
  private placePossessiveAt(key: string, j: number, end: number): boolean {
    if (j >= end || key.charCodeAt(key.length - 1) !== 115 || isCap(this.tokens[j]!)) return false;
    const stem = key.slice(0, -1);
    const na = this.lex.nonActors;
    if (!na.places.has(stem)) return false;
    const f = this.folded;
    if (PLACE_PARTS.has(f[j]!) || (j + 1 < end && !isCap(this.tokens[j + 1]!) && PLACE_PARTS.has(f[j + 1]!))) return true;
    if (this.tokens[j]!.pos !== 'ADJ') return false;
    const c = this.lex.cues;
    for (let k = j; k < Math.min(end, j + 3); k++) {
      const w = f[k]!;
      if (this.isTitleWord(k) || c.groupNouns.has(w) || c.orgHeads.has(w) || c.armedHeads.has(w) || c.sectorHeads.has(w)) return false;
    }
    const home = this.homeState();
    return !!home && this.lex.gazetteer.byKey(home)?.iso3 === na.placeCountries.get(stem);
  }

  /**
   * Does the name of a town or a camp start at h: a listed place ("Yarmouk", "Deir ez-Zor"), or up
   * to three capitalized words before a place word ("Yarmuk camp", "Hama countryside")? Not a
   * state's installation ("Hmeimim air base", "Mezzeh military airport").
   */
  private placeNameAt(h: number, end: number): boolean {
    const na = this.lex.nonActors;
    let k = h;
    while (k < end && k - h < 3 && isCap(this.tokens[k]!) && !this.formStartsAt(k, end)) k++;
    const word = k < end ? this.folded[k]! : '';
    const two = k + 1 < end ? `${word} ${this.folded[k + 1]}` : '';
    if (INSTALLATIONS.has(word) || INSTALLATIONS.has(two) || (k + 1 < end && INSTALLATIONS.has(this.folded[k + 1]!))) return false;
    if (na.places.has(this.folded[h]!) || (h + 1 < end && na.places.has(`${this.folded[h]} ${this.folded[h + 1]}`))) return true;
    return k > h && (na.placeWords.has(word) || na.placeWords.has(two));
  }

  private hasPlaceWord(a: number, b: number): boolean {
    for (let k = a; k < b; k++)
      if (this.lex.nonActors.placeWords.has(this.folded[k]!) || this.lex.nonActors.places.has(this.folded[k]!)) return true;
    return false;
  }

  /** A role word right before the name ("leader Recep Tayyip Erdoğan", "counterpart, Ilham Aliyev"). */
  private roleBefore(a: number, first: number): boolean {
    let k = a - 1;
    const comma = k >= first && this.tokens[k]!.text === ',';
    if (comma) k--;
    if (k < first) return false;
    const f = noFinalDot(this.folded[k]!);
    const t = this.lex.titles;
    if (t.roleHeads.has(f) || t.honorifics.has(f) || t.roles.has(f) || (f.endsWith('s') && t.roleHeads.has(f.slice(0, -1)))) return true;
    // ("Ukraine's ambassador to the UN, Sergiy Kyslytsya": a role head and its "to/of/at" actor before the comma.)
    if (!comma || !this.covered(k)) return false;
    let j = k;
    while (j > first && this.covered(j)) j--;
    if (this.folded[j] === 'the') j--;
    return j - 1 >= first && ROLE_OBJECT_PREPS.has(this.folded[j]!) && t.roleHeads.has(noFinalDot(this.folded[j - 1]!));
  }

  /** ", Russia's deputy foreign minister" / ", UN special envoy" after a name. */
  private appositionRoleAfter(b: number, end: number): boolean {
    let k = b;
    if (k < end && this.tokens[k]!.text === ',') k++;
    else return false;
    const t = this.lex.titles;
    for (let n = 0; n < 5 && k < end; n++, k++) {
      const f = this.folded[k]!;
      if (t.roleHeads.has(f)) return true;
      if (this.tokens[k]!.text === ',' || this.tokens[k]!.pos === 'VERB') return false;
    }
    return false;
  }

  /** A person of this article (or the gazetteer) that this name refers to: surname alone, or full. */
  private existingPerson(a: number, b: number): KnownActor | undefined {
    const lastWord = this.folded[b - 1]!;
    // "Prince Saud al-Faisal … Prince Saud also urged …": after an honorific of a given name, one
    // name is the article's one person of that first name.
    if (b - a === 1 && a - 1 >= 0 && this.lex.titles.givenNameHonorifics.has(this.folded[a - 1]!)) {
      let found: ActorDraft | undefined;
      for (const d of this.actors.values()) {
        if (d.type !== 'person' || foldKey(d.name.split(/\s+/)[0]!) !== lastWord || d.name.indexOf(' ') === -1) continue;
        if (found && found.key !== d.key) return undefined;
        found = d;
      }
      if (found) return { key: found.key, name: found.name, type: found.type, affiliation: found.affiliation };
    }
    const key =
      this.personsBySurname.get(lastWord) ?? (lastWord.endsWith('s') ? this.personsBySurname.get(lastWord.slice(0, -1)) : undefined);
    if (!key) return undefined;
    const d = this.actors.get(key);
    if (!d) return undefined;
    // Only if the given names agree, where both have them (no merging of two different Rahmans).
    const names = this.tokens
      .slice(a, b - 1)
      .map((t) => foldKey(t.text))
      .filter((w) => LETTER.test(w));
    const theirs = d.name.split(/\s+/).slice(0, -1).map(foldKey);
    if (names.length && theirs.length && distance(names.join(' '), theirs.join(' ')) > 2 && !theirs.join(' ').includes(names.join(' ')))
      return undefined;
    return { key: d.key, name: d.name, type: d.type, affiliation: d.affiliation };
  }

  /**
   * "President Bush", "Prime Minister Gandhi": a titled surname that several known persons share
   * (so no alias of any) is none of them, but serves the state or body they all served.
   */
  private sharedAffiliation(surname: string): string | undefined {
    const cands = this.surnameIndex.get(surname);
    if (!cands || cands.length < 2) return undefined;
    const aff = cands[0]!.affiliation;
    return aff && cands.every((c) => c.affiliation === aff) ? aff : undefined;
  }

  /** A gazetteer person with the same surname and a given name within two edits ("Hassadn Rouhani"). */
  private fuzzyKnownPerson(a: number, b: number): KnownActor | undefined {
    const words = this.folded.slice(a, b).filter((w) => LETTER.test(w));
    if (words.length < 2) return undefined;
    const surname = words[words.length - 1]!;
    const given = words.slice(0, -1).join(' ');
    for (const cand of this.surnameIndex.get(surname) ?? []) {
      const cw = foldKey(cand.name).split(' ');
      const cgiven = cw.slice(0, -1).join(' ');
      if (cgiven && distance(given, cgiven) <= Math.min(2, Math.floor(cgiven.length / 3))) return cand;
    }
    return undefined;
  }

  // ---- roles and affiliations ----

  /**
   * The role and affiliation stated around a person mention: "Russian Deputy Foreign Minister X",
   * "Russia's special envoy for Syria X", "UN special envoy for Syria X", "Observatory chief X",
   * "the director of the SOHR X", "X, Russia's deputy foreign minister", "X Executive Director of the WHO".
   */
  private personRole(d: ActorDraft, sentence: number, a: number, b: number, first: number, end: number): void {
    const t = this.lex.titles;
    const isRoleWord = (k: number) => {
      const f = noFinalDot(this.folded[k]!);
      return (
        t.roleHeads.has(f) ||
        t.roleModifiers.has(f) ||
        t.honorifics.has(f) ||
        t.roles.has(f) ||
        (f.endsWith('s') && t.roleHeads.has(f.slice(0, -1)))
      );
    };
    // Leftwards: role words, with "of/for/on/and/the" and capitalized words inside the role.
    let k = a - 1;
    if (k >= first && this.tokens[k]!.text === ',') k--;
    let roleStart = -1;
    let roleEnd = -1;
    let portfolioEnd = -1;
    let affiliation: string | undefined;
    let ofAffiliation: string | undefined;
    let steps = 0;
    const prevWord = (x: number) => {
      let p = x - 1;
      while (p >= first && (this.folded[p] === 'the' || this.folded[p] === 'a')) p--;
      return p >= first ? p : -1;
    };
    while (k >= first && steps < 14) {
      steps++;
      // "Secretary-General": a hyphen inside a role.
      if (
        roleStart !== -1 &&
        this.tokens[k]!.text === '-' &&
        joined(this.tokens, k) &&
        k + 1 < a &&
        joined(this.tokens, k + 1) &&
        k - 1 >= first &&
        isRoleWord(k - 1)
      ) {
        k--;
        continue;
      }
      // A word of a named body is that body ("European Council President": Council is no role
      // word); a state's sector head still is one ("Russia's special envoy").
      if (isRoleWord(k) && (this.mentionAt(k)?.sector !== undefined || !this.mentionAt(k))) {
        if (roleEnd === -1) roleEnd = portfolioEnd !== -1 ? portfolioEnd : k + 1;
        roleStart = k;
        k--;
        continue;
      }
      const f = this.folded[k];
      const tok = this.tokens[k]!;
      const m = this.mentionAt(k);
      if (m) {
        const actor = this.actors.get(m.actor);
        if (!actor || m.generic) break;
        const p = prevWord(m.firstToken);
        const pw = p === -1 ? '' : this.folded[p];
        if (
          actor.type !== 'person' &&
          pw === 'for' &&
          roleStart === -1 &&
          p - 1 >= first &&
          t.servesFor.has(noFinalDot(this.folded[p - 1]!))
        ) {
          // "Spokesman for Ahrar al-Sham Abu Yusef": whom a spokesman or an adviser serves.
          ofAffiliation ??= m.actor;
          m.modifier = true;
          if (portfolioEnd === -1) portfolioEnd = m.endToken;
          k = p - 1;
          continue;
        }
        // (After a role word or another body of the role only: "During a visit to Moscow, Assad …"
        // names the place visited; "representative of Malaysia to the UN Ramlan Ibrahim" a posting.)
        if (
          actor.type !== 'person' &&
          (pw === 'for' || pw === 'on' || pw === 'in' || pw === 'to') &&
          p - 1 >= first &&
          (isRoleWord(p - 1) || roleStart !== -1 || this.mentionAt(p - 1) !== undefined)
        ) {
          // "special envoy for Syria": the state after "for" is the portfolio, not the employer.
          m.modifier = true;
          if (portfolioEnd === -1 && roleStart === -1) portfolioEnd = m.endToken;
          k = p - 1;
          continue;
        }
        if (actor.type !== 'person' && pw === 'of' && roleStart === -1 && p - 1 >= first && isRoleWord(p - 1)) {
          // "the director of the Syrian Observatory for Human Rights Rami Abdel Rahman".
          ofAffiliation ??= m.actor;
          m.modifier = true;
          if (portfolioEnd === -1) portfolioEnd = m.endToken;
          k = p - 1;
          continue;
        }
        // Without a role word only a demonym or a possessive names the employer ("Iranian Zarif",
        // "Russia's Lavrov"): "Russia Assad's main ally" is a list that lost its commas.
        const bare = roleStart === -1 && m.via !== 'demonym' && !m.possessive;
        // "… to defeat Daesh Secretary of State Rex Tillerson said": a name run into a listed
        // person's title (the text lost its punctuation) is no employer where the dictionary gives
        // the person a state and the name is a group's.
        const known = this.lex.gazetteer.byKey(d.key)?.affiliation;
        const runIn =
          roleStart !== -1 &&
          m.via !== 'demonym' &&
          !m.possessive &&
          known !== undefined &&
          known !== m.actor &&
          actor.type === 'armed_group' &&
          this.lex.gazetteer.byKey(known)?.type === 'country';
        if (runIn) break;
        // ("the US journalist James Foley": a trade's nationality.)
        const trade = actor.type === 'country' && roleStart !== -1 && t.privateRoles.has(noFinalDot(this.folded[roleEnd - 1]!));
        if (trade) break;
        if (actor.type !== 'person' && (roleStart !== -1 || (m.endToken === a && !bare))) {
          // "Russian Deputy Foreign Minister", "Russia's special envoy", "UN special envoy", "Iranian Zarif".
          affiliation = m.actor;
          m.modifier = true;
          // "Syria's UN ambassador Bashar Jaafari": a state's posting to the body.
          if (actor.type === 'organization' && roleStart !== -1 && t.postings.has(this.folded[roleEnd - 1]!)) {
            const p = prevWord(m.firstToken);
            const sm = p === -1 ? undefined : this.mentionAt(POSSESSIVE.has(this.tokens[p]!.text) && p - 1 >= first ? p - 1 : p);
            const known = this.lex.gazetteer.byKey(d.key)?.affiliation;
            if (sm && this.actors.get(sm.actor)?.type === 'country') {
              affiliation = sm.actor;
              sm.modifier = true;
            } else if (known && this.lex.gazetteer.byKey(known)?.type === 'country') affiliation = known;
          }
          break;
        }
        if (
          actor.type === 'person' &&
          roleStart !== -1 &&
          m.actor !== d.key &&
          m.endToken < end &&
          POSSESSIVE.has(this.tokens[m.endToken]!.text)
        ) {
          // "the Leader's advisor": the employer of the person named.
          affiliation = actor.affiliation;
          m.modifier = true;
        }
        break;
      }
      if (POSSESSIVE.has(tok.text) || f === 'the') {
        k--;
        continue;
      }
      if (
        roleStart !== -1 &&
        (f === 'of' ||
          f === 'for' ||
          f === 'on' ||
          (f === 'and' && k - 1 >= first && !this.mentionAt(k - 1)) ||
          (isCap(tok) && tok.pos !== 'VERB'))
      ) {
        k--;
        continue;
      }
      if (roleStart === -1 && portfolioEnd === -1 && isCap(tok) && tok.pos !== 'VERB' && k >= a - 8 && !this.covered(k)) {
        // Capitalized words of a long title: "High Representative for Foreign Affairs and Security Policy".
        k--;
        continue;
      }
      if (roleStart === -1 && (f === 'for' || f === 'and' || f === 'of' || f === 'on') && k >= a - 8) {
        k--;
        continue;
      }
      // (Not a lower-case word before a capitalized title: "… to this human crisis Foreign Minister
      // Prince Saud said" ends the role at "Foreign".)
      if (
        roleStart !== -1 &&
        (tok.pos === 'ADJ' || tok.pos === 'NOUN') &&
        k >= roleStart - 3 &&
        !(isCap(this.tokens[roleStart]!) && !isCap(tok))
      ) {
        k--;
        continue;
      }
      break;
    }
    if (roleStart !== -1 && roleEnd === -1) roleEnd = a;
    // Titles inside the name run ("Foreign Minister Mohammad Javad Zarif") were stripped: find them.
    if (roleStart === -1) {
      let s = a;
      while (s - 1 >= first && isRoleWord(s - 1) && isCap(this.tokens[s - 1]!)) s--;
      if (s < a) {
        roleStart = s;
        roleEnd = a;
      }
    }
    // Rightwards apposition: "X, Russia's deputy foreign minister", "X Executive Director of the WHO ...".
    // (Also after a rank alone: "Colonel Ahmed Saud, a member of the FSA military council".)
    let rankOnly = roleStart !== -1 && roleStart < a && !affiliation;
    for (let k = roleStart; rankOnly && k < roleEnd; k++) rankOnly = t.honorifics.has(noFinalDot(this.folded[k]!));
    if (roleStart === -1 || rankOnly) {
      let r = b;
      // "X, Russia's deputy foreign minister", "X - chief of the so-called "Y"".
      if (
        r < end &&
        (this.tokens[r]!.text === ',' ||
          (/^(?:[-–—]|--)$/.test(this.tokens[r]!.text) && r > 0 && this.tokens[r]!.start > this.tokens[r - 1]!.end))
      )
        r++;
      // "Lama Fakih the New York-based watchdogs deputy": an apposition whose comma was stripped.
      else if (r < end && this.folded[r] === 'the') {
        /* the loop reads on from "the" */
      }
      // "X was also the Emir of al-Nusra Front", "X is the group's leader": a copula states it too.
      else if (r < end && (this.tokens[r]!.lemma === 'be' || this.tokens[r]!.lemma === 'become') && this.tokens[r]!.pos !== 'NOUN') {
        r++;
        while (r < end && this.tokens[r]!.pos === 'ADV') r++;
      }
      let rs = -1;
      let re = -1;
      // "X, who heads Jaish al-Islam", "X, who has led the group since 2015": the clause's verb is
      // the role.
      let leading = false;
      // (Or right after the name, where a stripped text lost the comma: "Fares al-Bayoush who heads …".)
      if (r + 1 < end && this.folded[r] === 'who') {
        let v = r + 1;
        while (v < end && (this.tokens[v]!.pos === 'AUX' || this.tokens[v]!.pos === 'ADV')) v++;
        if (v < end && t.leadingVerbs.has(this.folded[v]!)) {
          rs = v;
          re = v + 1;
          r = v + 1;
          leading = true;
        }
      }
      // The body named in the apposition, and the mentions that only describe the person: taken
      // only where a role word is there too ("Khaled Oweis Amman newsroom" is a byline, not a role).
      let rightAffiliation: string | undefined;
      const described: ActorMention[] = [];
      // (Past "in"/"at" the words are the body's: "a researcher at Human Rights Watch".)
      let inBody = false;
      for (let n = 0; n < 10 && r < end; n++, r++) {
        if (isRoleWord(r) && !inBody) {
          // (After a leading verb, the words up to the body are its object's: "led the political
          // office of …"; the role stays the verb.)
          if (!leading) {
            if (rs === -1) rs = r;
            re = r + 1;
          }
          continue;
        }
        // "X, the New York-based watchdog's deputy", "the Iran-backed group's leader": a compound
        // describing the body (whose state is no employer).
        const compoundEnd = rs === -1 ? this.compoundAfter(r, end) : -1;
        if (compoundEnd !== -1) {
          r = compoundEnd - 1;
          continue;
        }
        const m = this.mentionAt(r);
        // "X, the US envoy for Syria": a state's mention that takes in the role word is both.
        // (Set off: "Sputnik Mikhail Alayeddin Syrian Army Reportedly …" is a photo credit before a headline.)
        const setOff =
          m !== undefined && m.firstToken > b && (this.folded[m.firstToken - 1] === 'the' || this.folded[m.firstToken - 1] === ',');
        if (
          m &&
          setOff &&
          rs === -1 &&
          !leading &&
          m.sector !== undefined &&
          m.endToken - 1 > r &&
          isRoleWord(m.endToken - 1) &&
          !m.generic
        ) {
          rs = m.endToken - 1;
          re = m.endToken;
          rightAffiliation ??= m.actor;
          described.push(m);
          r = m.endToken - 1;
          continue;
        }
        if (m) {
          const actor = this.actors.get(m.actor);
          if (actor && actor.type !== 'person' && !m.generic) {
            // The word before the name, past quotes and "so-called" ("chief of the so-called "Y"").
            let pk = m.firstToken - 1;
            for (;;) {
              if (pk > first && QUOTE.test(this.tokens[pk]!.text)) pk--;
              else if (pk - 2 >= first && this.soCalledAt(pk - 2)) pk -= 3;
              // ("negotiator for the main opposition High Negotiations Committee": describing words.)
              else if (
                pk > first &&
                rs !== -1 &&
                pk >= re &&
                (this.tokens[pk]!.pos === 'ADJ' ||
                  this.mentionAt(pk)?.generic ||
                  this.folded[pk] === 'opposition' ||
                  this.lex.cues.ethnicModifiers.has(this.folded[pk]!))
              )
                pk--;
              else break;
            }
            const prev = this.folded[pk];
            // ("X, a spokesman for Ahrar al-Sham": whom a spokesman serves; "envoy for Syria": a portfolio.)
            const serves = prev === 'for' && rs !== -1 && t.servesFor.has(noFinalDot(this.folded[re - 1]!));
            if ((prev === 'for' || prev === 'on') && !serves) {
              // (A portfolio only describes the person: "the UN envoy for Syria, met Lavrov".)
              if (rs !== -1) described.push(m);
              r = m.endToken - 1;
              continue;
            }
            if (serves) rightAffiliation ??= m.actor;
            const bodyHead = prev !== undefined && (this.lex.cues.orgHeads.has(prev) || this.lex.cues.armedHeads.has(prev));
            // ("an official in Syria's reconciliation ministry", "a fellow at the Brookings Institution".)
            const within = rs !== -1 && (prev === 'in' || prev === 'at');
            // (Or right after a leading verb: "who heads Jaish al-Islam".)
            const led = pk === re - 1 && t.leadingVerbs.has(this.folded[pk]!);
            // ("a senior Nusra Front commander": a body between a rank and the role it describes.)
            const describesRole = m.endToken < end && isRoleWord(m.endToken);
            if (rs === -1 || prev === 'of' || prev === 'the' || bodyHead || within || led || describesRole) rightAffiliation ??= m.actor;
            described.push(m);
            r = m.endToken - 1;
            if (rs !== -1) break;
            continue;
          }
          // ("X leader of Syrian rebel group Ahrar al-Sham": an unnamed group's words inside the role.)
          if (m.generic && rs !== -1) {
            r = m.endToken - 1;
            continue;
          }
          break;
        }
        const f = this.folded[r];
        const tok = this.tokens[r]!;
        if (r + 2 < end && this.soCalledAt(r)) {
          r += 2;
          continue;
        }

        // (Past "for" after a spokesman or a negotiator, the words are the body's, not the role's.)
        if (f === 'for' && rs !== -1 && t.servesFor.has(noFinalDot(this.folded[re - 1]!))) inBody = true;
        if (
          POSSESSIVE.has(tok.text) ||
          f === 'the' ||
          f === 'of' ||
          f === 'for' ||
          f === 'a' ||
          f === 'an' ||
          f === 'so-called' ||
          /^["“”]$/.test(tok.text)
        )
          continue;
        if (rs !== -1 && (tok.pos === 'ADJ' || isCap(tok))) continue;
        // "X, MSF's medical manager", "X the Syrian National Coalition's (SNC) vice-president": a
        // body named first, then its role past adjectives or the body's acronym in brackets.
        if (rs === -1 && rightAffiliation !== undefined) {
          if (tok.pos === 'ADJ') continue;
          if (tok.text === '(' && r + 2 < end && this.tokens[r + 2]!.text === ')') {
            r += 2;
            continue;
          }
        }
        // "a military commander and spokesman for …": roles joined by "and"; "leader of the rebel
        // group …": the body's head noun before its name.
        if (rs !== -1 && f === 'and' && r + 1 < end && isRoleWord(r + 1)) continue;
        if (rs !== -1 && (f === 'in' || f === 'at') && r === re) {
          inBody = true;
          continue;
        }
        if (rs !== -1 && (this.lex.cues.orgHeads.has(f!) || this.lex.cues.armedHeads.has(f!))) continue;
        // ("negotiator for the main opposition High Negotiations Committee", "a commander in the
        // Islamist rebel group …": words describing the body.)
        if (rs !== -1 && (f === 'opposition' || this.lex.cues.ethnicModifiers.has(f!))) continue;
        // ("the chief of staff of the Free Syrian Army", "head of intelligence at …": the role's own
        // portfolio before the body's preposition.)
        if (
          rs !== -1 &&
          !leading &&
          tok.pos === 'NOUN' &&
          this.folded[r - 1] === 'of' &&
          r + 1 < end &&
          (this.folded[r + 1] === 'of' || this.folded[r + 1] === 'at' || this.folded[r + 1] === 'in')
        ) {
          re = r + 1;
          continue;
        }
        break;
      }
      if (rs !== -1) {
        roleStart = rs;
        roleEnd = re;
      }
      // ("Fadi al-Shami of the Tarhrir al-Sham Brigade": "of" right after the name says it too.)
      if (rs !== -1 || (rightAffiliation && this.folded[b] === 'of')) {
        affiliation ??= rightAffiliation;
        for (const m of described) m.modifier = true;
      }
    }
    affiliation ??= ofAffiliation;
    // "Homs Governor Talal Barazi", "the governor of Kharkiv": an office over a place serves the
    // place's state, where the story names it.
    if (!affiliation && roleStart !== -1) affiliation = this.placeOfficeState(roleStart, roleEnd, first, end);
    // "Colonel Fadlullah Naji of the al-Sham Legion", "Commander Ahmed Hassan of the Houthis": a title
    // before the name, the body after "of".
    if (!affiliation && roleStart !== -1 && roleStart < a && b + 1 < end && this.folded[b] === 'of') {
      const m = this.mentionAt(this.folded[b + 1] === 'the' ? b + 2 : b + 1);
      const actor = m && !m.generic ? this.actors.get(m.actor) : undefined;
      if (m && actor && actor.type !== 'person') {
        affiliation = m.actor;
        m.modifier = true;
      }
    }
    if (roleStart !== -1) {
      const [x, y] = roleStart < a ? [roleStart, a] : [b, roleEnd];
      for (let r = x; r < y; r++) this.roleTokens[r] = 1;
      const role = this.text.slice(this.tokens[roleStart]!.start, this.tokens[roleEnd - 1]!.end).replace(/[,\s]+$/, '');
      const honorificOnly =
        roleEnd - roleStart === 1 && t.honorifics.has(noFinalDot(this.folded[roleStart]!)) && !t.roleHeads.has(this.folded[roleStart]!);
      if (!honorificOnly) {
        if (!d.role || d.roleSentence === undefined) {
          // "Iranian counterpart Hassan Rouhani": a relational word, no office; the known office stays.
          const relational = /^(counterparts?|colleagues?|hosts?|guests?|partners?)$/i.test(role);
          if (!relational) d.role = role;
          else d.role ??= this.lex.gazetteer.byKey(d.key)?.role;
          d.roleSentence = sentence;
        }
      }
    }
    if (affiliation && affiliation !== d.key) {
      const aff = this.actors.get(affiliation);
      if (aff && aff.type !== 'person' && !d.affiliationStated) {
        d.affiliation = affiliation;
        d.affiliationStated = true;
        d.roleSentence ??= sentence;
        if (aff.weak) aff.weak = false;
      }
    }
  }

  /**
   * The state of the place an office in [rs, re) is over (titles.json placeOffices): a place name
   * right before the role, or after its "of" ("the governor of Aleppo province"), if the article
   * names that state.
   */
  private placeOfficeState(rs: number, re: number, first: number, end: number): string | undefined {
    let office = false;
    for (let k = rs; k < re && !office; k++) office = this.lex.titles.placeOffices.has(noFinalDot(this.folded[k]!));
    if (!office) return undefined;
    // The lexicon's places first ("Deir Ezzor"), then the places gazetteer (a capitalized name).
    const stateOf = (a: number, b: number): string | undefined => {
      const code =
        this.lex.nonActors.placeCountries.get(this.folded.slice(a, b).join(' ')) ??
        (isCap(this.tokens[a]!)
          ? placeOf(`in ${this.text.slice(this.tokens[a]!.start, this.tokens[b - 1]!.end)}`)?.placeCountry
          : undefined);
      const state = code ? stateByIso3(this.lex).get(code) : undefined;
      return state && this.actors.has(state) ? state : undefined;
    };
    let state: string | undefined;
    // A place right before the office ("Homs Governor"), or after its "of" ("Governor of Aleppo").
    for (let n = 1; n <= 2 && !state && rs - n >= first; n++) state = stateOf(rs - n, rs);
    for (let o = rs; o <= re && o + 1 < end && !state; o++) {
      if (this.folded[o] !== 'of') continue;
      const p = this.folded[o + 1] === 'the' ? o + 2 : o + 1;
      for (let n = 2; n >= 1 && !state; n--) if (p + n <= end) state = stateOf(p, p + n);
    }
    return state;
  }

  private mentionAt(k: number): ActorMention | undefined {
    const idx = this.tokenMention[k]!;
    if (idx !== -1) return this.mentions[idx];
    return this.pendingAt[k];
  }

  /**
   * "his Russian, Omani, Syrian and Algerian counterparts Sergei Lavrov, Yusuf bin Alawi, Walid
   * al-Muallem and Mourad Medelci (respectively)": a list of states before a plural role, then as
   * many persons: paired in order. The states only describe the persons.
   */
  private pairCounterparts(sentence: number, first: number, end: number): void {
    const t = this.lex.titles;
    for (let r = first + 1; r < end; r++) {
      if (!(this.cls[r]! & W_ROLE_PLURAL)) continue;
      // States before the plural role word.
      const states: ActorMention[] = [];
      let k = r - 1;
      while (k >= first && t.roleModifiers.has(this.folded[k]!)) k--;
      while (k >= first) {
        const m = this.mentionAt(k);
        if (m && this.actors.get(m.actor)?.type === 'country' && m.via === 'demonym') {
          states.unshift(m);
          k = m.firstToken - 1;
          continue;
        }
        if (this.folded[k] === 'and' || this.folded[k] === ',') {
          k--;
          continue;
        }
        break;
      }
      if (states.length < 2) {
        if (!states.length) this.listUnderPluralRole(sentence, first, end, k, r);
        continue;
      }
      const persons = this.personsListedFrom(r + 1, end);
      // With no persons after the role ("Russian and Ukrainian officials met"), the states act.
      if (!persons.length) continue;
      for (const m of states) m.modifier = true;
      if (persons.length !== states.length) continue;
      // (A loop, not forEach: a closure over `states` made V8 allocate this loop body's scope at
      // every token of every sentence, plural role word or not.)
      for (let x = 0; x < persons.length; x++) {
        const d = this.actors.get(persons[x]!.actor)!;
        d.affiliation = states[x]!.actor;
        d.affiliationStated = true;
        d.role ??= this.lex.gazetteer.byKey(d.key)?.role;
        d.roleSentence = sentence;
      }
    }
  }

  /**
   * Where the names after a plural role start, past a description of the persons set off before them
   * (", natives of the North Caucasus, A, B and C", or without its commas): a plural noun, its "of"
   * and a phrase with no verb, up to the first person; else j.
   */
  private pastPersonsDescription(j: number, end: number): number {
    let x = j < end && this.folded[j] === ',' ? j + 1 : j;
    if (x + 2 >= end || this.tokens[x]!.pos !== 'NOUN' || !this.folded[x]!.endsWith('s') || this.folded[x + 1] !== 'of') return j;
    for (x += 2; x < end && x - j <= 10; x++) {
      const m = this.mentionAt(x);
      if (m && this.actors.get(m.actor)?.type === 'person') return this.folded[x - 1] === ',' || m.firstToken === x ? x : j;
      const pos = this.tokens[x]!.pos;
      if (pos === 'VERB' || pos === 'AUX' || this.folded[x] === 'and') return j;
    }
    return j;
  }

  /** The persons listed from token j on ("A, B and C"), up to the first word that is none of them. */
  private personsListedFrom(j: number, end: number): ActorMention[] {
    const persons: ActorMention[] = [];
    while (j < end) {
      const m = this.mentionAt(j);
      if (m && this.actors.get(m.actor)?.type === 'person') {
        persons.push(m);
        j = m.endToken;
      } else if (this.folded[j] === 'and' || this.folded[j] === ',') j++;
      else break;
    }
    return persons;
  }

  /**
   * "influential Daesh field commanders A, B and C", "Hamas leaders X and Y": an organization or
   * armed group before a plural role, then persons: each serves it. k is the token before the role's
   * modifiers, r the plural role word.
   */
  private listUnderPluralRole(sentence: number, first: number, end: number, k: number, r: number): void {
    const m = k >= first ? this.mentionAt(k) : undefined;
    const body = m && !m.generic ? this.actors.get(m.actor) : undefined;
    if (!body || (body.type !== 'organization' && body.type !== 'armed_group')) return;
    const persons = this.personsListedFrom(this.pastPersonsDescription(r + 1, end), end);
    if (persons.length < 2) return;
    m!.modifier = true;
    const role = this.text.slice(this.tokens[k + 1]!.start, this.tokens[r]!.end);
    for (const p of persons) {
      const d = this.actors.get(p.actor)!;
      if (d.affiliationStated) continue;
      d.affiliation = body.key;
      d.affiliationStated = true;
      d.role ??= role;
      d.roleSentence = sentence;
    }
  }

  // ---- back-references ----

  /** An ally or backer noun ("ally", "allies", "backer", "supporters": the nouns ally-phrase and backer-noun read). */
  private allyNoun(f: string): boolean {
    const c = this.lex.syntax.constructions;
    return c.allyPhrase.nouns.has(f) || c.backerNoun.nouns.has(f);
  }

  private corefPass(sentence: number, first: number, end: number): void {
    const cues = this.lex.cues;
    for (let i = first; i < end; i++) {
      if (this.covered(i)) continue;
      const f = this.folded[i]!;
      const prev = i > first ? this.folded[i - 1] : '';
      const prevIsActor = i > first && (this.tokenMention[i - 1] !== -1 || this.pendingAt[i - 1] !== undefined);
      if (prevIsActor) continue;
      // Most words start no back-reference: one set lookup decides.
      if (!(this.cls[i]! & W_COREF_START)) continue;
      const tok = this.tokens[i]!;
      // "the regime", "government forces", "the army": the state last named in that role.
      let sector: Sector | undefined;
      let n = 0;
      if (firstWords(cues.corefSectors).has(f)) {
        for (let w = phraseReach(cues.corefSectors, this.folded, i, Math.min(3, end - i)); w >= 1; w--) {
          const s = cues.corefSectors.get(this.folded.slice(i, i + w).join(' '));
          if (s) {
            sector = s;
            n = w;
            break;
          }
        }
      }
      // "the regimes allies", "the armys air force": a possessive that lost its apostrophe (FA-KES
      // and other stripped texts), before a lower-case noun (not "the regimes of Iran and Syria").
      let lost = false;
      // (Or before a demonym, a mention of its own: "the regimes Lebanese ally".)
      const demonymNext = i + 1 < end && (this.tokenMention[i + 1] !== -1 || this.pendingAt[i + 1] !== undefined);
      if (!sector && prev === 'the' && f.length > 3 && f.endsWith('s') && i + 1 < end && (!isCap(this.tokens[i + 1]!) || demonymNext)) {
        const s = cues.corefSectors.get(f.slice(0, -1));
        const next = this.tokens[i + 1]!.pos;
        const describer = next === 'ADJ' || (next === 'PROPN' && demonymNext);
        if (s && (next === 'NOUN' || (describer && i + 2 < end && this.tokens[i + 2]!.pos === 'NOUN'))) {
          sector = s;
          n = 1;
          lost = true;
        }
      }
      const base = lost ? f.slice(0, -1) : f;
      // ("Key regime ally Iran", "a staunch regime backer": after a describer, a modifier of a noun.)
      const described =
        n === 1 && !!(this.cls[i - 1]! & W_DESCRIBER) && i + 1 < end && this.tokens[i + 1]!.pos === 'NOUN' && !isCap(this.tokens[i + 1]!);
      // ("those of government ally Russia", "regime supporters Russia and Iran": before an ally or
      // backer noun that a name follows, the word holds that noun whatever comes before it.)
      const holdsAlly = n === 1 && !!sector && i + 2 < end && isCap(this.tokens[i + 2]!) && this.allyNoun(this.folded[i + 1]!);
      // ("the military base of Hezbollah": an adjective before a common noun describes a thing.)
      const describes = n === 1 && tok.pos === 'ADJ' && i + 1 < end && this.tokens[i + 1]!.pos === 'NOUN' && !holdsAlly;
      // ("al-Nasr Army Idlib Army Freedom Brigade": a capitalized sector word after a capitalized word
      // that is no actor ends a name of its own, not a reference to a state's; but "Homs Army units
      // killed …" is a place that lost its comma before the army's units.)
      const endsName =
        isCap(tok) &&
        i > first &&
        isCap(this.tokens[i - 1]!) &&
        !this.lex.cues.timeWords.has(prev!) &&
        !(i + 1 < end && this.tokens[i + 1]!.pos === 'NOUN' && !isCap(this.tokens[i + 1]!));
      if (
        sector &&
        !describes &&
        !endsName &&
        (prev === 'the' ||
          prev === 'its' ||
          prev === '' ||
          isCap(tok) ||
          n > 1 ||
          prev === 'by' ||
          prev === 'and' ||
          described ||
          holdsAlly ||
          // ("seized most remaining government strongholds", "shelled regime positions".)
          (n === 1 && i + 1 < end && this.lex.cues.groupNouns.has(this.folded[i + 1]!) && this.tokens[i + 1]!.pos === 'NOUN') ||
          // ("captured government-held positions", "the regime-controlled west of the city".)
          (n === 1 &&
            i + 2 < end &&
            this.tokens[i + 1]!.text === '-' &&
            joined(this.tokens, i + 1) &&
            this.lex.syntax.ownerCompounds.has(this.folded[i + 2]!)) ||
          // ("Separately Saturday regime army said …": a day or month that lost its comma.)
          (i > first && this.lex.cues.timeWords.has(prev!) && isCap(this.tokens[i - 1]!)))
      ) {
        // "government forces", "pro-regime troops" are a government's own, at home: the state the
        // article is about (named most), or the one last called a regime; not the one whose troops it
        // named last ("American special forces are advising them … Moscow … in support of government
        // forces").
        const homeForces = sector === 'MIL' && n > 1 && /(?:^|-)(?:government|regime)$/.test(base);
        // ("regime forces" with no state called a regime yet: none; the state named most is as
        // likely a foreign one whose jets support them.)
        // With no state called a regime yet, "regime forces" and "the regime" are the state whose
        // places the story is set in ("Russian-backed regime forces are battling IS near Hama", "a
        // deal between the regime and rebels" in a story of Aleppo where Russia is named most);
        // "the regime" with no place, the state named most. "Government forces" fight at home: in
        // the state of the sentence's place ("In Iraq a statement said government forces repelled
        // …"), else of the story's; the states the sentence names are more often their backers
        // ("Moscow has waged an air campaign in support of government forces", "Russian and
        // government airstrikes").
        const target =
          sector === 'GOV' && base === 'regime'
            ? (this.lastRegime ?? this.homeState() ?? this.mostMentionedState(i))
            : homeForces && base.endsWith('regime')
              ? (this.lastRegime ?? this.homeState())
              : homeForces
                ? (this.stateOfPlace(sentence) ??
                  this.homeState() ??
                  this.stateOfSentence(sentence, i, true) ??
                  this.mostMentionedState(i) ??
                  this.salient(sector))
                : (this.stateOfSentence(sentence, i) ??
                  this.homeInRole() ??
                  this.salient(sector) ??
                  this.salient(sector === 'GOV' ? 'MIL' : 'GOV') ??
                  this.mostMentionedState(i));
        if (target) {
          const d = this.actors.get(target) ?? this.draftFor(this.lex.gazetteer.byKey(target)!, this.lex.gazetteer.byKey(target)!.name);
          const surface = this.text.slice(tok.start, this.tokens[i + n - 1]!.end);
          // No alias: "the regime", "the army" are no names of the state (and would match some
          // other state wherever the back-reference went astray).
          d.mentions++;
          this.addMention({
            actor: target,
            sentence,
            firstToken: i,
            endToken: i + n,
            surface,
            via: 'coreference',
            sector,
            // ("Russia, the regime's main ally": the back-reference's own possessive, as a name's.)
            possessive: lost || (i + n < end && POSSESSIVE.has(this.tokens[i + n]!.text)) || undefined,
          });
          i += n - 1;
          continue;
        }
      }
      // "Turkish howitzers fired on the militants", "its air campaign against the jihadists": the one
      // jihadist group of the last three sentences (cues.json jihadistReferences).
      if (prev === 'the' && cues.jihadistReferences.words.has(f) && (tok.pos === 'NOUN' || tok.pos === 'PROPN')) {
        const target = this.jihadistReferredBy(sentence, i);
        // ("the militants stronghold of Raqqa": a possessive that lost its apostrophe before a noun.)
        const next = i + 1 < end ? this.tokens[i + 1]! : undefined;
        if (target)
          this.addBackReference(target, sentence, i, !!next && (POSSESSIVE.has(next.text) || (next.pos === 'NOUN' && !isCap(next))));
        continue;
      }
      // "the Observatory", "the coalition", "the monitor": the organization last named with that head.
      if (tok.pos === 'NOUN' || tok.pos === 'PROPN') {
        const bare = f.endsWith('s') && !this.lex.cues.orgHeads.has(f) ? f.slice(0, -1) : f;
        if (!(cues.orgHeads.has(bare) || cues.armedHeads.has(bare) || cues.genericReferences.has(bare) || bare === 'monitor')) continue;
        // "the military alliance", "the Islamist group": one adjective between; or one compound
        // ("the New York-based watchdog", "the Iran-backed group").
        const adjThe =
          (i - 2 >= first &&
            this.tokens[i - 1]!.pos === 'ADJ' &&
            !this.covered(i - 1) &&
            (this.folded[i - 2] === 'the' || this.folded[i - 2] === 'its')) ||
          this.theCompoundBefore(i, first);
        if (!(prev === 'the' || prev === 'its' || prev === '' || isCap(tok) || adjThe)) continue;
        const named = adjThe ? undefined : this.lastOrgWithHead(bare, sentence, i);
        // "the alliance" (NATO), "the bloc" (the EU), "the group" (Hezbollah): the one actor of the
        // last three sentences that the word can refer to; none when two could.
        // "the watchdogs deputy": a plural before a role word is a possessive that lost its apostrophe.
        const lostApostrophe = f !== bare && i + 1 < end && this.isTitleWord(i + 1);
        const target =
          named ?? ((f === bare || lostApostrophe) && (prev === 'the' || adjThe) ? this.referredBy(bare, sentence, i) : undefined);
        if (target) this.addBackReference(target, sentence, i, f !== bare || (i + 1 < end && POSSESSIVE.has(this.tokens[i + 1]!.text)));
      }
    }
  }

  /** A one-word back-reference at token i ("the group", "the militants") to the actor `target`. */
  private addBackReference(target: string, sentence: number, i: number, possessive: boolean): void {
    this.actors.get(target)!.mentions++;
    this.addMention({
      actor: target,
      sentence,
      firstToken: i,
      endToken: i + 1,
      surface: this.tokens[i]!.text,
      via: 'coreference',
      possessive: possessive || undefined,
    });
  }

  /** The tokenizer splits "so-called" into three tokens: do they start at k? */
  private soCalledAt(k: number): boolean {
    return this.folded[k] === 'so' && this.folded[k + 1] === '-' && this.folded[k + 2] === 'called';
  }

  /** Is the token at k the "-" of "New York-based", "Iran-backed" (joined both sides, a participle after)? */
  private participleJoinAt(k: number): boolean {
    return this.tokens[k]?.text === '-' && joined(this.tokens, k) && joined(this.tokens, k + 1) && this.folded[k + 1]!.endsWith('ed');
  }

  /** The end of "New York-based", "Iran-backed" starting at r: up to three capitalized words, then the join; else -1. */
  private compoundAfter(r: number, end: number): number {
    let k = r;
    while (k < end && k - r < 3 && isCap(this.tokens[k]!)) k++;
    return k > r && k + 1 < end && this.participleJoinAt(k) ? k + 2 : -1;
  }

  /** "the New York-based watchdog", "the Iran-backed group": "the" or "its", that compound, the noun at i. */
  private theCompoundBefore(i: number, first: number): boolean {
    if (i - 3 < first || !this.participleJoinAt(i - 2)) return false;
    let k = i - 3;
    while (k >= first && i - 3 - k < 3 && isCap(this.tokens[k]!) && this.folded[k] !== 'the' && this.folded[k] !== 'its') k--;
    return k < i - 3 && k >= first && (this.folded[k] === 'the' || this.folded[k] === 'its');
  }

  /**
   * "Hezbollah is a close ally of the Syrian government and has sent fighters to bolster the army":
   * the one state whose government or forces this sentence named before token i.
   */
  private stateOfSentence(sentence: number, i: number, anyMention = false): string | undefined {
    let found: string | undefined;
    for (let x = this.mentions.length - 1; x >= 0; x--) {
      const m = this.mentions[x]!;
      if (m.sentence !== sentence) break;
      if (m.firstToken >= i) continue;
      // (With `anyMention`, "In Iraq a Defense Ministry statement said government forces repelled …":
      // a state named in any way, a place too.)
      if (!anyMention && (m.generic || m.via === 'coreference' || (m.sector !== 'GOV' && m.sector !== 'MIL'))) continue;
      if (this.actors.get(m.actor)?.type !== 'country') continue;
      if (found !== undefined && found !== m.actor) return undefined;
      found = m.actor;
    }
    return found;
  }

  /**
   * "The army", "the government" that the sentence does not own: the story's state (its places) when
   * the story has already named it as a government or an army ("Syrian troops", "regime forces"),
   * before the state named most in that role (in a story of Aleppo, Russia's jets and generals).
   */
  private homeInRole(): string | undefined {
    const home = this.homeState();
    return home && (this.sectorCounts.get('MIL')?.has(home) || this.sectorCounts.get('GOV')?.has(home)) ? home : undefined;
  }

  /** The state of the place the sentence names ("In Iraq …", "near Mosul"), as `homeState` reads places. */
  private stateOfPlace(sentence: number): string | undefined {
    const p = this.placeOfSentence(sentence);
    return p?.placeCountry && !p.place.endsWith(' border') ? stateByIso3(this.lex).get(p.placeCountry) : undefined;
  }

  /** The places of the sentences asked so far (null: none), as placeOf reads them with the lexicon's places. */
  private readonly sentencePlaces = new Map<number, Place | null>();

  private placeOfSentence(sentence: number): Place | undefined {
    let p = this.sentencePlaces.get(sentence);
    if (p === undefined) {
      const s = this.doc.sentences[sentence]!;
      p = this.places.of(this.text.slice(this.tokens[s.firstToken]!.start, this.tokens[s.endToken - 1]!.end)) ?? null;
      this.sentencePlaces.set(sentence, p);
    }
    return p ?? undefined;
  }

  /** Memo of homeState: '' for none. */
  private home: string | undefined;

  /**
   * The state whose places (places/: "in Idlib", "near Aleppo") the article names most, or
   * undefined; computed once, when a back-reference first needs it.
   */
  private homeState(): string | undefined {
    if (this.home === undefined) {
      const counts = new Map<string, number>();
      const listed = this.lex.nonActors.placeCountries;
      for (const s of this.doc.sentences) {
        const p = this.placeOfSentence(s.index);
        // (A border is two states' place: "near the Lebanon border" says nothing of whose regime.)
        if (!p?.placeCountry || p.place.endsWith(' border')) continue;
        // A place of the lexicon's lists (towns and provinces of the wars, "in Idlib", "near Deir
        // Ezzor") counts twice: statements are made in capitals ("told reporters in Moscow"), the
        // fighting is in the provinces.
        counts.set(p.placeCountry, (counts.get(p.placeCountry) ?? 0) + (listed.has(foldKey(p.place)) ? 2 : 1));
      }
      let best: string | undefined;
      let n = 0;
      for (const [c, k] of [...counts].sort()) if (k > n) [best, n] = [c, k];
      this.home = (best && stateByIso3(this.lex).get(best)) ?? '';
    }
    return this.home || undefined;
  }

  /** The state named most often so far in the article, among those named before token i. */
  private mostMentionedState(i: number): string | undefined {
    let best: string | undefined;
    let n = 0;
    for (const d of this.actors.values())
      if (d.type === 'country' && d.mentions > n && (this.firstSeen.get(d.key) ?? i) < i && this.namedActors.has(d.key))
        [best, n] = [d.key, d.mentions];
    return best;
  }

  /** The state most often named in this sector so far; the most recent one on a tie. */
  private salient(sector: Sector): string | undefined {
    const counts = this.sectorCounts.get(sector);
    if (!counts) return undefined;
    const last = this.lastSector.get(sector);
    let best: string | undefined;
    let n = 0;
    for (const [k, c] of counts) if (c > n || (c === n && k === last)) [best, n] = [k, c];
    return best;
  }

  /** The one organization or armed group of the last three sentences that `word` ("bloc") can mean. */
  private referredBy(word: string, sentence: number, at: number): string | undefined {
    const byType = this.lex.cues.genericReferences.get(word);
    const found = new Set<string>();
    for (let x = this.mentions.length - 1; x >= 0; x--) {
      const m = this.mentions[x]!;
      if (m.sentence < sentence - 2) break;
      // A back-reference points back, and not to the agency that reports the story.
      if (m.generic || m.via === 'coreference' || m.firstToken > at) continue;
      const d = this.actors.get(m.actor);
      if (!d || d.type === 'person' || d.type === 'country' || d.media) continue;
      if (this.lex.gazetteer.byKey(d.key)?.refs?.includes(word) || byType?.has(d.type)) found.add(d.key);
    }
    return found.size === 1 ? [...found][0] : undefined;
  }

  /**
   * The one armed group of the last three sentences (before token `at` in its own) whose code is a
   * jihadist one (cues.json jihadistReferences), where no other armed group is named there.
   */
  private jihadistReferredBy(sentence: number, at: number): string | undefined {
    const codes = this.lex.cues.jihadistReferences.codes;
    let found: string | undefined;
    for (let x = this.mentions.length - 1; x >= 0; x--) {
      const m = this.mentions[x]!;
      if (m.sentence < sentence - 2) break;
      if (m.generic || m.via === 'coreference' || (m.sentence === sentence && m.firstToken > at)) continue;
      const d = this.actors.get(m.actor);
      if (d?.type !== 'armed_group') continue;
      if (!d.code || !codes.has(d.code) || (found !== undefined && found !== d.key)) return undefined;
      found = d.key;
    }
    return found;
  }

  /** The words of organization names, as `lastOrgWithHead` reads them (it reads every mention's again at each call). */
  private readonly nameWords = new Map<string, string[]>();

  private lastOrgWithHead(head: string, sentence: number, at: number): string | undefined {
    for (let x = this.mentions.length - 1; x >= 0; x--) {
      // A back-reference points back: not to a name later in its own sentence ("The coalition
      // supports the SDF, which includes members of the Syrian Arab Coalition").
      if (this.mentions[x]!.sentence === sentence && this.mentions[x]!.firstToken > at) continue;
      const d = this.actors.get(this.mentions[x]!.actor);
      if (!d || d.type === 'person' || d.type === 'country') continue;
      let words = this.nameWords.get(d.name);
      if (!words) this.nameWords.set(d.name, (words = foldKey(d.name).split(/[\s-]+/)));
      if (words.includes(head)) return d.key;
      if (head === 'monitor' && (words.includes('observatory') || words.includes('monitor'))) return d.key;
    }
    return undefined;
  }
}

/** Each state's first demonym ("Syrian"), naming its sector actors. */
/** ISO 3166-1 alpha-3 code → the state's gazetteer key. */
const stateByIso3 = derivedOnce((lex: Lexicon): Map<string, string> => {
  const m = new Map<string, string>();
  for (const a of lex.gazetteer.actors.values()) if (a.type === 'country' && a.iso3 && !m.has(a.iso3)) m.set(a.iso3, a.key);
  return m;
});

const demonymOf = derivedOnce((lex: Lexicon): Map<string, string> => {
  const out = new Map<string, string>();
  for (const list of lex.gazetteer.forms.values())
    for (const f of list) if (f.kind === 'demonym' && !f.caseSensitive && !out.has(f.actor.key)) out.set(f.actor.key, f.surface);
  return out;
});

/** First words of back-references: sector nouns and organization heads. */
const corefStartsOf = derivedOnce((lex: Lexicon): Set<string> => {
  const set = new Set<string>(['monitor', 'monitors']);
  for (const k of lex.cues.corefSectors.keys()) {
    set.add(k.split(' ')[0]!);
    // ("the regimes allies": a one-word back-reference's possessive that lost its apostrophe.)
    if (!k.includes(' ')) set.add(`${k}s`);
  }
  for (const w of lex.cues.jihadistReferences.words) set.add(w);
  for (const w of [...lex.cues.orgHeads, ...lex.cues.armedHeads, ...lex.cues.genericReferences.keys()]) {
    set.add(w);
    set.add(`${w}s`);
  }
  return set;
});

// ---- word classes (see nlp/word-classes.ts) ----
const W_CAP = 1;
const W_LETTER_FIRST = 2;
const W_LETTER = 4;
const W_PARTICLE = 8;
const W_NON_ACTOR = 16;
const W_COREF_START = 32;
const W_ROLE_PLURAL = 64;
/** All in upper case ("BEIRUT", "U.S.", "AL-QAEDA"): a dateline's city may be. */
const W_UPPER = 128;
/** W_UPPER with three letters or more ("KABUL", not "US"). */
const W_UPPER_WORD = 256;
/** A describer ("key", "close", "staunch": cues.json describers). */
const W_DESCRIBER = 512;
/** A place of non-actors.json (`nonActors.places`). */
const W_PLACE = 1024;
/** A given name (`lex.givenNames`: "Sergei", "Yusuf"). */
const W_GIVEN = 2048;
const UPPER_WORD = /^\p{Lu}[\p{Lu}'’.-]+$/u;
const NOT_LETTER = /[^\p{L}]/gu;

const wordClasses = derivedOnce((lex: Lexicon): WordClasses => {
  const corefStarts = corefStartsOf(lex);
  return new WordClasses((text, f) => {
    let c = 0;
    if (CAP.test(text)) c |= W_CAP;
    if (LETTER.test(text[0] ?? '')) c |= W_LETTER_FIRST;
    if (LETTER.test(text)) c |= W_LETTER;
    if (lex.cues.nameParticles.has(f)) c |= W_PARTICLE;
    if (lex.nonActors.words.has(f)) c |= W_NON_ACTOR;
    if (corefStarts.has(f)) c |= W_COREF_START;
    if (lex.cues.describers.has(f)) c |= W_DESCRIBER;
    if (lex.nonActors.places.has(f)) c |= W_PLACE;
    if (lex.givenNames.has(f)) c |= W_GIVEN;
    if (f.endsWith('s') && lex.titles.roleHeads.has(f.slice(0, -1))) c |= W_ROLE_PLURAL;
    if (UPPER_WORD.test(text)) {
      c |= W_UPPER;
      if (text.replace(NOT_LETTER, '').length >= 3) c |= W_UPPER_WORD;
    }
    return c;
  });
});

/** A gazetteer key, or a proper prefix of one, as KeySteps hands it out. */
export interface KeyNode {
  key: string;
  /** Is it a form's key? */
  form: boolean;
  /**
   * The gazetteer's forms of the key when it is one (the gazetteer's own list): read from the node
   * just reached instead of looked up again in the table of all forms.
   */
  forms?: GazetteerForm[];
  /** Does a longer key start with it (and then a space)? */
  prefix: boolean;
  spacePrefix: boolean;
  /**
   * Remembered steps: the next node after a folded word (with or without a space), or null; by the
   * word's id where it has one (a number is hashed without reading the word's string).
   */
  spaced?: Map<string | number, KeyNode | null>;
  joined?: Map<string | number, KeyNode | null>;
}

/**
 * The gazetteer's keys as the recognizer grows them a token at a time ("u.s." + "-" + "led"): each
 * step from a key and a folded word to the longer key is asked once and remembered on the key's
 * node, so the text's spans are never concatenated and hashed again (that was the stage's largest
 * cost). The first word's node is remembered per word of wink's vocabulary.
 */
export class KeySteps {
  /** Every form key and every proper prefix of one. */
  private readonly nodes = new Map<string, KeyNode>();
  private firstById: Array<KeyNode | null | undefined> = [];
  private withSteps: KeyNode[] = [];
  private remembered = 0;
  static readonly MAX_REMEMBERED = 1 << 20;

  constructor(forms: ReadonlyMap<string, GazetteerForm[]>) {
    const node = (key: string): KeyNode => {
      let n = this.nodes.get(key);
      if (!n) {
        // (Every field from the start, the later ones undefined: one object shape for V8 to read.)
        n = { key, form: false, forms: undefined, prefix: false, spacePrefix: false, spaced: undefined, joined: undefined };
        this.nodes.set(key, n);
      }
      return n;
    };
    for (const [key, list] of forms) {
      const n = node(key);
      n.form = true;
      n.forms = list;
      for (let n = 1; n < key.length; n++) {
        const p = node(key.slice(0, n));
        p.prefix = true;
        if (key[n] === ' ') p.spacePrefix = true;
      }
    }
  }

  /** The node of a one-word span (`id`: the word's id, AnalyzedText.wordIds, or -1), or null. */
  first(word: string, id: number): KeyNode | null {
    if (id < 0) return this.nodes.get(word) ?? null;
    let n = this.firstById[id];
    if (n === undefined) {
      while (this.firstById.length <= id) this.firstById.push(undefined);
      n = this.nodes.get(word) ?? null;
      this.firstById[id] = n;
    }
    return n;
  }

  /** The node of `node`'s key followed by `word` (after a space or not; `id`: the word's id, or -1), or null. */
  step(node: KeyNode, spaced: boolean, word: string, id = -1): KeyNode | null {
    let table = spaced ? node.spaced : node.joined;
    if (table === undefined) {
      if (this.remembered >= KeySteps.MAX_REMEMBERED) this.forget();
      table = new Map();
      if (spaced) node.spaced = table;
      else node.joined = table;
      this.withSteps.push(node);
    }
    const at = id >= 0 ? id : word;
    let out = table.get(at);
    if (out === undefined) {
      out = this.nodes.get(spaced ? `${node.key} ${word}` : node.key + word) ?? null;
      table.set(at, out);
      this.remembered++;
    }
    return out;
  }

  private forget(): void {
    for (const n of this.withSteps) n.spaced = n.joined = undefined;
    this.withSteps = [];
    this.remembered = 0;
  }
}

/** Per-lexicon indexes the recognizer needs (built once). */
export interface RecognizerIndex {
  keys: KeySteps;
  surnames: Map<string, KnownActor[]>;
}

export const recognizerIndex = derivedOnce((lex: Lexicon): RecognizerIndex => {
  const keys = new KeySteps(lex.gazetteer.forms);
  const surnames = new Map<string, KnownActor[]>();
  for (const a of lex.gazetteer.actors.values()) {
    if (a.type !== 'person') continue;
    const words = foldKey(a.name).split(' ');
    const last = words[words.length - 1]!;
    const list = surnames.get(last) ?? [];
    list.push(a);
    surnames.set(last, list);
  }
  return { keys, surnames };
});

/**
 * Finds and resolves the actors of one analyzed article.
 *
 * @example recognizeActors(analyzeText('Putin met Erdoğan.'), loadLexicon()).actors.has('vladimir-putin') // true
 */
export function recognizeActors(doc: AnalyzedText, lex: Lexicon, options: RecognizeOptions = {}): ArticleActors {
  const idx = recognizerIndex(lex);
  return new Recognizer(doc, lex, idx.keys, idx.surnames, false, options).run();
}

/** Options of `recognizeActors`. */
export interface RecognizeOptions {
  /**
   * A country's rebels, opposition, refugees and civilians ("Syrian rebels") become generic actors
   * of their own ("syrian-rebels") instead of being left out (default: the lexicon's setting, from
   * an aliases file's `genericActors`, else false). They are never the state.
   */
  genericActors?: boolean;
}

/**
 * `recognizeActors` for the build's hot path: the result's `tokenMention` and `roleTokens` are this
 * thread's buffers, valid until the next call (as `analyzeTextReusing`'s tokens are). `places`
 * keeps the sentence places the stage reads (made with the lexicon's places), for the caller to
 * read again.
 */
export function recognizeActorsReusing(
  doc: AnalyzedText,
  lex: Lexicon,
  options: RecognizeOptions = {},
  places?: SentencePlaces,
): ArticleActors {
  const idx = recognizerIndex(lex);
  return new Recognizer(doc, lex, idx.keys, idx.surnames, true, options, places).run();
}
