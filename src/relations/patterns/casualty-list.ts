// "Among the killed were A, B and C", "A and B were among the dead": the named persons listed fell
// in the attack that this sentence or the one before reports, by that attack's source. The attack is
// an `attacks` event already read there, else an active attack verb of relations.json with an actor
// before it ("the Syrian Army targeted a bunker, killing a number of them"). Words: syntax.json
// casualtyList.
import type { ActorMention, AnalyzedText, ArticleActors, RelationEvent, Sentence } from '../../types.js';
import type { Lexicon } from '../../lexicon/load.js';
import type { ArticlePattern } from '../pattern.js';

/** Does sentence s say "among the <head>" / "among those <head>"? */
function listsTheFallen(acts: ArticleActors, lex: Lexicon, first: number, end: number): boolean {
  const heads = lex.syntax.constructions.casualtyList.heads;
  const f = acts.folded;
  for (let k = first; k + 2 < end; k++)
    if (f[k] === 'among' && (f[k + 1] === 'the' || f[k + 1] === 'those') && heads.has(f[k + 2]!)) return true;
  return false;
}

/** The attacker of the last active attack verb of sentence s with an actor before it. */
function attackerByVerb(doc: AnalyzedText, acts: ArticleActors, lex: Lexicon, s: number): ActorMention | undefined {
  const sent = doc.sentences[s];
  if (!sent) return undefined;
  let found: ActorMention | undefined;
  let actor: ActorMention | undefined;
  for (let k = sent.firstToken; k < sent.endToken; k++) {
    const x = acts.tokenMention[k]!;
    if (x !== -1) {
      const m = acts.mentions[x]!;
      if (!m.generic && !m.modifier && acts.actors.get(m.actor)?.type !== 'person') actor = m;
      continue;
    }
    const t = doc.tokens[k]!;
    if (t.pos !== 'VERB' || !actor) continue;
    // Passives ("was killed") and participles as nouns ("among the killed") name the fallen.
    const prev = k - 1 >= sent.firstToken ? doc.tokens[k - 1]! : undefined;
    if (prev && (prev.lemma === 'be' || prev.pos === 'DET')) continue;
    if (lex.relations.verbs.get(t.lemma)?.some((tr) => tr.relation === 'attacks')) found = actor;
  }
  return found;
}

/**
 * The persons sentence s names who may be among the fallen. (A function of its own: its closures
 * over s would otherwise make V8 allocate the sentence loop's scope for every sentence.)
 */
function fallenNamed(doc: AnalyzedText, acts: ArticleActors, lex: Lexicon, s: Sentence): ActorMention[] {
  // "… were among the dead, Abdel Rahman said": the speaker reports the fallen, he is none of them.
  const speaks = (m: ActorMention) => m.endToken < s.endToken && lex.cues.speechVerbs.has(doc.tokens[m.endToken]!.lemma);
  return acts.bySentence[s.index]!.filter((m) => !m.generic && !m.modifier && acts.actors.get(m.actor)?.type === 'person' && !speaks(m));
}

export const casualtyList: ArticlePattern = {
  name: 'casualty-list',
  reads: ['Among the killed were A, B and C', 'A and B were among the dead'],
  on: 'article',
  run(doc, acts, meta, out, lex) {
    const w = lex.syntax.constructions.casualtyList;
    const added: RelationEvent[] = [];
    for (const s of doc.sentences) {
      // Most sentences name no person and list no fallen: the mentions first, then the word scan.
      if (!acts.bySentence[s.index]!.some((m) => acts.actors.get(m.actor)?.type === 'person')) continue;
      if (!listsTheFallen(acts, lex, s.firstToken, s.endToken)) continue;
      const persons = fallenNamed(doc, acts, lex, s);
      if (!persons.length) continue;
      let attack: RelationEvent | undefined;
      for (const e of out)
        if (e.relation === 'attacks' && e.sentence <= s.index && e.sentence >= s.index - 1 && (!attack || e.sentence >= attack.sentence))
          attack = e;
      const byVerb = attack ? undefined : (attackerByVerb(doc, acts, lex, s.index) ?? attackerByVerb(doc, acts, lex, s.index - 1));
      const source = attack?.source ?? byVerb?.actor;
      if (!source) continue;
      const sourceSector = attack ? attack.sourceSector : (byVerb?.sector ?? undefined);
      const seen = new Set<string>();
      for (const p of persons) {
        const person = acts.actors.get(p.actor);
        if (p.actor === source || seen.has(p.actor) || person?.affiliation === source) continue;
        seen.add(p.actor);
        added.push({
          article: meta.id,
          source,
          target: p.actor,
          relation: w.trigger.relation,
          category: w.trigger.category,
          quad: w.trigger.quad,
          sentence: s.index,
          text: doc.text.slice(s.start, s.end),
          start: s.start,
          end: s.end,
          date: meta.date,
          trigger: 'among the killed',
          sourceSector,
          sourceCode: attack?.sourceCode,
        });
      }
    }
    out.push(...added);
  },
};
