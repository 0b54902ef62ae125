// wink's token records read directly. wink keeps a document's tokens in one flat array, four
// numbers per token (word id, normal or contraction, lemma and part of speech, flags); its
// public `out(its.…)` makes a new array per property in a pass over every token, and the nlp stage
// asked for three (word ids, contraction flags, parts of speech): a twentieth of its own cost.
// Reading the records needs wink's internal document data, which wink hands only to its own `its`
// helpers: one helper of ours is added to the set wink allows, and it keeps the data it is given.
// The layout is wink 2.4's: it is checked against the public API on the first document of each
// engine, and on any difference (another wink version) the public API is used instead.
import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';

type WinkNLP = ReturnType<typeof winkNLP>;
type WinkDoc = ReturnType<WinkNLP['readDoc']>;

/** What is read of wink's document data (`rdd` in wink's sources). */
interface DocData {
  tokens: number[];
  numOfTokens: number;
  sentences: Array<[number, number, ...number[]]>;
}

/**
 * The records of one document: token i's word id at `records[TK_SIZE * i]` (wink's `its.uniqueId`),
 * its contraction flag as `records[TK_SIZE * i + 1] > CONTRACTION_ABOVE` (`its.contractionFlag`),
 * its part of speech `posName(raw, i)` (`its.pos`); `sentences` give each sentence's first and last
 * token (`its.span`).
 */
export interface RawTokens {
  readonly records: readonly number[];
  readonly count: number;
  readonly sentences: ReadonlyArray<readonly number[]>;
  /** wink's part-of-speech names by code, filled as codes are met (the same string objects as `its.pos`). */
  readonly posNames: Array<string | undefined>;
  /** The document's tokens, to ask wink a name not met yet. */
  readonly all: ReturnType<WinkDoc['tokens']>;
  readonly nlp: WinkNLP;
}

export const TK_SIZE = 4;
/** Bits of the third number that hold the part of speech, and where they start (wink's constants). */
const POS_MASK = 0x3f00000;
const BITS_FOR_LEMMA = 20;
/** A second number above this marks a contraction's part (wink's `its.contractionFlag`). */
export const CONTRACTION_ABOVE = 65535;

/** The part of speech of token i (`its.pos`). */
export function posName(raw: RawTokens, i: number): string {
  const code = (raw.records[TK_SIZE * i + 2]! & POS_MASK) >>> BITS_FOR_LEMMA;
  let name = raw.posNames[code];
  if (name === undefined) {
    // (wink's own string object, asked once per code.)
    name = raw.all.itemAt(i).out(raw.nlp.its.pos) as string;
    raw.posNames[code] = name;
  }
  return name;
}

interface Reader {
  /** wink's part-of-speech names by code (the model's list, the same string objects). */
  posNames: Array<string | undefined>;
  grab: (index: number, rdd: DocData) => number;
  /** Set by `grab` (wink calls it with the document's data). */
  data: DocData | undefined;
  /** Checked against the public API on a document (undefined: not yet). */
  ok: boolean | undefined;
}

const readers = new WeakMap<WinkNLP, Reader | null>();

function readerOf(nlp: WinkNLP): Reader | null {
  let r = readers.get(nlp);
  if (r !== undefined) return r;
  r = null;
  try {
    const require = createRequire(import.meta.url);
    const allowed = require('wink-nlp/src/allowed.js') as { its4token?: Set<unknown> };
    const constants = require('wink-nlp/src/constants.js') as { tkSize?: number; posMask?: number; bits4lemma?: number };
    if (
      allowed.its4token instanceof Set &&
      constants.tkSize === TK_SIZE &&
      constants.posMask === POS_MASK &&
      constants.bits4lemma === BITS_FOR_LEMMA
    ) {
      const reader: Reader = {
        posNames: [],
        grab: (_index, rdd) => {
          reader.data = rdd;
          return 0;
        },
        data: undefined,
        ok: undefined,
      };
      allowed.its4token.add(reader.grab);
      r = reader;
    }
  } catch {
    r = null;
  }
  readers.set(nlp, r);
  return r;
}

/** The public API's reading of `doc`, for the check. */
function publicReading(nlp: WinkNLP, doc: WinkDoc): { pos: string[]; ids: number[]; contractions: boolean[]; spans: number[][] } {
  const its = nlp.its;
  const all = doc.tokens();
  return {
    pos: all.out(its.pos),
    ids: all.out(its.uniqueId) as number[],
    contractions: all.out(its.contractionFlag) as boolean[],
    spans: doc.sentences().out(its.span) as number[][],
  };
}

/**
 * The token records of `doc` (read by `nlp`; `all`: its `tokens()`, where the caller has them), or
 * undefined where they cannot be read: then the caller uses the public API.
 */
export function rawTokens(nlp: WinkNLP, doc: WinkDoc, all: ReturnType<WinkDoc['tokens']> = doc.tokens()): RawTokens | undefined {
  const reader = readerOf(nlp);
  if (!reader || reader.ok === false) return undefined;
  if (all.length() === 0) return undefined;
  reader.data = undefined;
  (all.itemAt(0) as { out(f: unknown): unknown }).out(reader.grab);
  const data = reader.data as DocData | undefined;
  reader.data = undefined;
  if (!data || !Array.isArray(data.tokens) || data.numOfTokens !== all.length() || !Array.isArray(data.sentences)) {
    reader.ok = false;
    return undefined;
  }
  const raw: RawTokens = { records: data.tokens, count: data.numOfTokens, sentences: data.sentences, posNames: reader.posNames, all, nlp };
  if (reader.ok === undefined) {
    const p = publicReading(nlp, doc);
    let same = p.ids.length === raw.count && p.spans.length === raw.sentences.length;
    for (let i = 0; same && i < raw.count; i++)
      same =
        p.pos[i] === posName(raw, i) &&
        p.ids[i] === raw.records[TK_SIZE * i] &&
        p.contractions[i] === raw.records[TK_SIZE * i + 1]! > CONTRACTION_ABOVE;
    for (let s = 0; same && s < p.spans.length; s++)
      same = p.spans[s]![0] === raw.sentences[s]![0] && p.spans[s]![1] === raw.sentences[s]![1];
    reader.ok = same;
    if (!same) return undefined;
  }
  return raw;
}
