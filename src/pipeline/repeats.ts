// Repeated texts in the events table (issue 16): an article whose text (white space folded: its
// `fingerprint`) another article already had is one article counted again, as GDELT counts
// NumArticles/NumSources. Its events are written once, at the first copy's place in article order,
// with `articles` (copies) and `sources` (their distinct outlets); the later copies write none, as
// the graph counts their events once (graph/accumulate.ts). The counts of a text are known only
// once every article is read, so both builds count first (`add` over all articles in order) and
// write after (`eventsOf`).
import type { ArticleExtraction, RelationEvent } from '../types.js';

interface Text {
  /** Index of the first article with the text. */
  first: number;
  articles: number;
  /** Distinct sources of its copies (articles without one add none). */
  sources: string[];
}

export class RepeatedTexts {
  readonly #texts = new Map<string, Text>();
  #next = 0;

  /** Counts the article at the next index (call in article order, once each). */
  add(x: Pick<ArticleExtraction, 'meta' | 'fingerprint'>): void {
    const i = this.#next++;
    if (x.fingerprint === undefined) return;
    const source = x.meta.source;
    const t = this.#texts.get(x.fingerprint);
    if (!t) {
      this.#texts.set(x.fingerprint, { first: i, articles: 1, sources: source ? [source] : [] });
      return;
    }
    t.articles++;
    if (source && !t.sources.includes(source)) t.sources.push(source);
  }

  /** Index of the first article with the text of `x` (its own index when it is unique). */
  firstOf(x: Pick<ArticleExtraction, 'fingerprint'>, index: number): number {
    return x.fingerprint === undefined ? index : (this.#texts.get(x.fingerprint)?.first ?? index);
  }

  /**
   * The events the article at `index` writes to events.jsonl: none for a later copy of a text, its
   * own with `articles` and `sources` for the first copy of a repeated one, its own as they are
   * otherwise (the keys are left out for a text read once: 1 article, and its source if it has one).
   */
  eventsOf(x: ArticleExtraction, index: number): RelationEvent[] {
    const t = x.fingerprint === undefined ? undefined : this.#texts.get(x.fingerprint);
    if (!t || t.articles === 1) return x.events;
    if (t.first !== index) return [];
    return x.events.map((e) => ({ ...e, articles: t.articles, sources: t.sources.length }));
  }
}
