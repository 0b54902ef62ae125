// "Russian Foreign Minister Sergei Lavrov", "his Turkish counterpart Mevlut Cavusoglu": a person's
// title, role or counterpart stated in the text (the actors stage's roleSentence) says whom they serve.
import type { ArticlePattern } from '../pattern.js';

export const memberOf: ArticlePattern = {
  name: 'member-of',
  reads: ['<state> <title> <person>', "<state>'s <title>, <person>", 'his <state> counterpart <person>'],
  on: 'article',
  run(doc, acts, meta, out) {
    for (const d of acts.actors.values()) {
      if (d.type !== 'person' || !d.affiliation || d.roleSentence === undefined) continue;
      const sentence = d.roleSentence ?? 0;
      const s = doc.sentences[sentence];
      if (!s) continue;
      out.push({
        article: meta.id,
        source: d.key,
        target: d.affiliation,
        relation: 'member_of',
        category: 'AFFILIATE',
        quad: null,
        sentence,
        text: doc.text.slice(s.start, s.end),
        start: s.start,
        end: s.end,
        date: meta.date,
        trigger: d.role ?? 'counterpart',
      });
    }
  },
};
