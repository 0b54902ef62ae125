// Folding of text for matching: a same-length ASCII "shadow" for wink's tokenizer, and the
// normalized key under which names are looked up in gazetteers.
import { safeKey } from '../graph/keys.js';

// Letters that NFKD does not reduce to ASCII.
const SPECIAL: Record<string, string> = {
  ı: 'i',
  İ: 'I',
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'Th',
  ß: 's',
  æ: 'a',
  Æ: 'A',
  œ: 'o',
  Œ: 'O',
  ħ: 'h',
  ŧ: 't',
  ŀ: 'l',
  ĸ: 'k',
  ŋ: 'n',
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
  '\u02bb': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u00a0': ' ',
  '\u200b': ' ',
  '\u200c': ' ',
  '\u200d': ' ',
  '\u2060': ' ',
  '\ufeff': ' ',
};

const foldCache = new Map<string, string>();
const NON_ASCII = /[^\x00-\x7f]/;
const DOUBLE_SPACE = /\s\s|[\t\n\r\f\v]/;

/** One UTF-16 unit folded to one ASCII unit (or the unit itself when no fold is known). */
function foldUnit(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return ch;
  let out = foldCache.get(ch);
  if (out !== undefined) return out;
  const special = SPECIAL[ch];
  if (special !== undefined) out = special[0]!;
  else if (code >= 0xd800 && code <= 0xdfff) out = ' ';
  else {
    const base = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    if (base.length >= 1 && base.charCodeAt(0) < 0x80) out = base[0]!;
    // Letters of other scripts become lower-case filler so they are never taken for names;
    // other symbols become spaces so they split tokens.
    else out = /\p{L}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? '0' : /\p{P}/u.test(ch) ? '-' : ' ';
  }
  foldCache.set(ch, out);
  return out;
}

/** The text with every UTF-16 unit replaced by one ASCII unit: same length, same offsets. */
export function shadowText(text: string): string {
  // Fast path: pure ASCII needs no work.
  if (!/[^\x00-\x7f]/.test(text)) return text;
  // The ASCII runs between the other units are copied whole: a string grown one unit at a time
  // was a chain of thousands of pieces for wink to flatten again.
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x80) continue;
    out += text.slice(from, i) + foldUnit(text[i]!);
    from = i + 1;
  }
  return out + text.slice(from);
}

/**
 * The lookup key of a name: diacritics folded, lower case, curly apostrophes straightened,
 * white space collapsed. Periods and hyphens are kept ("u.s.-led"), since they distinguish forms.
 */
export function foldKey(s: string): string {
  // Most words are ASCII without runs of spaces: the fast path.
  if (!NON_ASCII.test(s)) return DOUBLE_SPACE.test(s) ? s.toLowerCase().replace(/\s+/g, ' ').trim() : s.toLowerCase().trim();
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch.charCodeAt(0) < 0x80) out += ch;
    else {
      const special = SPECIAL[ch];
      out += special !== undefined ? special : ch.normalize('NFKD').replace(/[^\x00-\x7f]/g, '');
    }
  }
  return out.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * URL- and file-safe slug of a canonical name: `Recep Tayyip Erdoğan` → `recep-tayyip-erdogan`.
 * Never a name every JavaScript object has (`constructor` → `constructor-actor`): graphology keeps
 * adjacency in plain objects, where such a key breaks the graph (see graph/keys.ts).
 */
export function slugify(name: string): string {
  return safeKey(
    foldKey(name)
      .replace(/['.]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'actor',
  );
}
