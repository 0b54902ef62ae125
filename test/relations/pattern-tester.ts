// A pattern tester in the spirit of ESLint's RuleTester: one pattern alone, over a small fixture
// lexicon (test/fixtures/lexicon/ laid over the bundled language data), with the sentences where it
// must not fire (valid) and those where it must give exactly these events (invalid).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, loadLexicon, type Lexicon } from '../../src/lexicon/load.js';
import { analyzeText } from '../../src/nlp/analyze.js';
import { recognizeActors } from '../../src/actors/recognize.js';
import { extractWithPatterns } from '../../src/relations/extract.js';
import { relationClasses } from '../../src/relations/classes.js';
import { SentenceView } from '../../src/relations/sentence.js';
import type { Pattern } from '../../src/relations/pattern.js';
import { fixturesDir } from '../fixtures/helpers.js';

let fixture: Lexicon | undefined;

/** The bundled data with the fixture's actors and relation triggers in place of the bundled ones. */
export function fixtureLexicon(): Lexicon {
  if (fixture) return fixture;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-patterns-'));
  for (const f of fs.readdirSync(DATA_DIR)) fs.copyFileSync(path.join(DATA_DIR, f), path.join(dir, f));
  const own = path.join(fixturesDir, 'lexicon');
  for (const f of fs.readdirSync(own)) fs.copyFileSync(path.join(own, f), path.join(dir, f));
  fixture = loadLexicon({ dataDir: dir });
  fs.rmSync(dir, { recursive: true, force: true });
  return fixture;
}

/** `source relation target` lines, sorted, with ` NEG` / ` HYP` for flagged events (all are kept). */
export function eventsOf(patterns: readonly Pattern[], text: string, lex = fixtureLexicon()): string[] {
  const doc = analyzeText(text);
  const acts = recognizeActors(doc, lex);
  return extractWithPatterns(doc, acts, lex, { id: 't' }, { keepUncertain: true }, patterns)
    .map((e) => `${e.source} ${e.relation} ${e.target}${e.negated ? ' NEG' : ''}${e.hypothetical ? ' HYP' : ''}`)
    .sort();
}

/** The view of sentence `index` of `text`, and a finder for the token index of a word in it. */
export function viewOf(
  text: string,
  index = 0,
  lex = fixtureLexicon(),
): { view: SentenceView; at: (word: string, nth?: number) => number } {
  const doc = analyzeText(text);
  const acts = recognizeActors(doc, lex);
  const view = new SentenceView(doc, acts, lex, relationClasses(lex).of(doc)).read(doc.sentences[index], undefined);
  const at = (word: string, nth = 0) => {
    let seen = 0;
    for (let k = view.first; k < view.end; k++) if (doc.tokens[k].text === word && seen++ === nth) return k;
    throw new Error(`"${word}" is not in "${text}"`);
  };
  return { view, at };
}

export interface PatternCases {
  /** Sentences where the pattern must give no event. */
  valid: string[];
  /** Sentences and the exact events the pattern must give. */
  invalid: Array<{ text: string; events: string[] }>;
}

/** One describe block per pattern: its valid and invalid cases, each an `it`. */
export function patternTester(pattern: Pattern, cases: PatternCases): void {
  describe(`pattern ${pattern.name}`, () => {
    if (cases.valid.length)
      it.each(cases.valid)('gives nothing for: %s', (text) => {
        expect(eventsOf([pattern], text)).toEqual([]);
      });
    it.each(cases.invalid.map((c) => [c.text, c.events] as const))('reads: %s', (text, events) => {
      expect(eventsOf([pattern], text)).toEqual([...events].sort());
    });
  });
}
