// Headlines in Title Case: wink reads "Houthis Attack Saudi Oil Facilities" as one run of proper
// nouns. The nlp stage re-tags what wink, reading the headline in lower case, calls a verb; words
// it still reads as nouns ("attack", "strike", "backs") are settled here, where the actors and the
// relation lexicon are known: a capitalized word right after an actor whose form is a verb trigger
// of the lexicon (or its -s form) is that verb. The relation stage is the last reader of the parts
// of speech, so the tokens are re-tagged in place before the sentence view reads them.
import type { AnalyzedText, ArticleActors, Sentence } from '../types.js';
import type { Lexicon } from '../lexicon/load.js';
import { isTitleCase } from '../nlp/headline.js';

export function retagTitleCaseVerbs(doc: AnalyzedText, s: Sentence, acts: ArticleActors, lex: Lexicon): void {
  if (!isTitleCase(doc.tokens, s)) return;
  const verbs = lex.relations.verbs;
  for (let k = s.firstToken + 1; k < s.endToken; k++) {
    const t = doc.tokens[k]!;
    if (t.pos === 'VERB' || acts.tokenMention[k] !== -1 || acts.tokenMention[k - 1] === -1) continue;
    const f = acts.folded[k]!;
    const lemma = [f, f.endsWith('s') ? f.slice(0, -1) : '', f.endsWith('es') ? f.slice(0, -2) : ''].find((w) => w && verbs.has(w));
    if (lemma === undefined) continue;
    t.pos = 'VERB';
    t.lemma = lemma;
  }
}
