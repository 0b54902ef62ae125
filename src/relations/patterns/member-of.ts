// "Russian Foreign Minister Sergei Lavrov", "his Turkish counterpart Mevlut Cavusoglu": a person's
// title, role or counterpart stated in the text (the actors stage's roleSentence) says whom they serve.
// A listed person (people.json) whose state or organization the article also names serves it as the
// dictionary says, even where this article states no title ("Konashenkov said … Russian forces"): the
// evidence is the person's first mention and the trigger names the dictionary's role, so an analyst
// sees where the affiliation comes from.
import type { ActorDraft, ActorMention } from '../../types.js';
import type { ArticlePattern } from '../pattern.js';

export const memberOf: ArticlePattern = {
  name: 'member-of',
  reads: [
    '<state> <title> <person>',
    "<state>'s <title>, <person>",
    'his <state> counterpart <person>',
    '<listed person> … <their state or organization>',
  ],
  on: 'article',
  run(doc, acts, meta, out, lex) {
    let firstMention: Map<string, ActorMention> | undefined;
    for (const d of acts.actors.values()) {
      if (d.type !== 'person' || !d.affiliation) continue;
      let sentence = d.roleSentence;
      let trigger = d.role ?? 'counterpart';
      if (sentence === undefined) {
        if (!servesNamedActor(d, acts.actors)) continue;
        firstMention ??= firstMentions(acts.mentions);
        const m = firstMention.get(d.key);
        if (!m || m.modifier) continue;
        sentence = m.sentence;
        trigger = `listed role: ${lex.gazetteer.byKey(d.key)?.role ?? 'affiliation'}`;
      }
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
        trigger,
      });
    }
  },
};

/** A dictionary person whose affiliation the article itself names as an actor (not only as a modifier). */
function servesNamedActor(d: ActorDraft, actors: Map<string, ActorDraft>): boolean {
  if (!d.known) return false;
  const body = actors.get(d.affiliation ?? '');
  return body !== undefined && body.type !== 'person' && !body.weak;
}

/** Each actor's first mention, preferring one that is no mere modifier or keyword ("Tags … Assad …"). */
function firstMentions(mentions: readonly ActorMention[]): Map<string, ActorMention> {
  const first = new Map<string, ActorMention>();
  for (const m of mentions) {
    const had = first.get(m.actor);
    if (!had || (had.modifier && !m.modifier)) first.set(m.actor, m);
  }
  return first;
}
