// "Dozens of Nusra Front militants were killed, including Sami al-Ahmad and Muhammad Mandil",
// "ten Hamas members were arrested, among them A and B": the persons named after the introducer
// (cues.json groupNouns.listIntroducers) are some of the group's members just mentioned ("<group>
// <member noun>", "<member noun> of/from <group>", with the member nouns of groupNouns), so each
// serves that group. Persons whose role the text states elsewhere keep it.
import type { ActorMention, AnalyzedText, ArticleActors } from '../../types.js';
import type { Lexicon } from '../../lexicon/load.js';
import type { ArticlePattern } from '../pattern.js';
import { derivedOnce } from '../../lexicon/derived.js';
import { WordClasses } from '../../nlp/word-classes.js';

/** The introducers by their first word: most tokens start none, and one lookup says so. */
const introducersByFirst = derivedOnce((lex: Lexicon): Map<string, string[][]> => {
  const map = new Map<string, string[][]>();
  for (const words of lex.cues.memberListIntroducers) {
    const list = map.get(words[0]!) ?? [];
    list.push(words);
    map.set(words[0]!, list);
  }
  return map;
});

/** Per word: 1 if it starts an introducer (memoized per word of wink's vocabulary: one array read per token). */
const introducerStarts = derivedOnce((lex: Lexicon): WordClasses => {
  const byFirst = introducersByFirst(lex);
  return new WordClasses((_text, folded) => (byFirst.has(folded) ? 1 : 0));
});

/** Token index just after an introducer that starts at k, or -1. */
function introducerEnd(acts: ArticleActors, byFirst: Map<string, string[][]>, k: number, end: number): number {
  const candidates = byFirst.get(acts.folded[k]!);
  if (!candidates) return -1;
  for (const words of candidates) {
    if (k + words.length > end) continue;
    let n = 0;
    while (n < words.length && acts.folded[k + n] === words[n]) n++;
    if (n === words.length) return k + n;
  }
  return -1;
}

/** The group whose members the words before token k name: "<group> militants", "members of (the) <group>". */
function groupBefore(acts: ArticleActors, lex: Lexicon, first: number, k: number): string | undefined {
  const nouns = lex.cues.groupNouns;
  const f = (i: number) => (i >= first && i < k ? acts.folded[i]! : '');
  for (let i = k - 1; i >= first; i--) {
    const x = acts.tokenMention[i]!;
    if (x === -1) continue;
    const m = acts.mentions[x]!;
    const type = acts.actors.get(m.actor)?.type;
    if (m.generic || (type !== 'organization' && type !== 'armed_group')) {
      i = m.firstToken;
      continue;
    }
    let b = m.firstToken - 1;
    if (f(b) === 'the') b--;
    const ofGroup = (f(b) === 'of' || f(b) === 'from') && nouns.has(f(b - 1));
    return nouns.has(f(m.endToken)) || ofGroup ? m.actor : undefined;
  }
  return undefined;
}

/** The persons listed from token k on: "A, B and C", "the Palestinian A and B". */
function listedPersons(doc: AnalyzedText, acts: ArticleActors, k: number, end: number): ActorMention[] {
  const persons: ActorMention[] = [];
  for (let i = k; i < end; i++) {
    const x = acts.tokenMention[i]!;
    if (x !== -1) {
      const m = acts.mentions[x]!;
      if (acts.actors.get(m.actor)?.type === 'person' && !m.modifier) persons.push(m);
      else if (!m.modifier) break;
      i = m.endToken - 1;
      continue;
    }
    const t = doc.tokens[i]!;
    const f = acts.folded[i]!;
    if (f === ',' || f === 'and' || t.pos === 'DET' || t.pos === 'ADJ' || acts.roleTokens[i] === 1) continue;
    // "the Chechen Omar Khalid": a word describing the person named next.
    const next = i + 1 < end ? acts.tokenMention[i + 1]! : -1;
    if (next !== -1 && acts.actors.get(acts.mentions[next]!.actor)?.type === 'person') continue;
    break;
  }
  return persons;
}

export const memberList: ArticlePattern = {
  name: 'member-list',
  reads: ['<group> militants …, including A and B', 'members of <group> …, among them A'],
  on: 'article',
  run(doc, acts, meta, out, lex) {
    const seen = new Set<string>();
    const byFirst = introducersByFirst(lex);
    const starts = introducerStarts(lex);
    for (const s of doc.sentences) {
      // Persons of a group are listed: a sentence that names no person, or no organization or armed
      // group, has no list to read, and its words are not looked at (most sentences are such).
      let namesPerson = false;
      let namesGroup = false;
      for (const m of acts.bySentence[s.index]!) {
        const type = acts.actors.get(m.actor)?.type;
        if (type === 'person') namesPerson = true;
        else if (type === 'organization' || type === 'armed_group') namesGroup = true;
      }
      if (!namesPerson || !namesGroup) continue;
      // (Word by word in these sentences only: few sentences name both.)
      for (let k = s.firstToken; k < s.endToken; k++) {
        if (!starts.at(doc, k)) continue;
        const from = introducerEnd(acts, byFirst, k, s.endToken);
        if (from === -1) continue;
        const persons = listedPersons(doc, acts, from, s.endToken);
        if (!persons.length) continue;
        const group = groupBefore(acts, lex, s.firstToken, k);
        if (!group) continue;
        for (const p of persons) {
          const d = acts.actors.get(p.actor);
          // A known affiliation or a stated role is the member-of pattern's to give; a nationality
          // alone ("the Palestinian Sami al-Ahmad") does not say which group the person fought for.
          if (!d || d.known || (d.affiliation !== undefined && d.role !== undefined) || d.affiliation === group || seen.has(p.actor))
            continue;
          seen.add(p.actor);
          out.push({
            article: meta.id,
            source: p.actor,
            target: group,
            relation: 'member_of',
            category: 'AFFILIATE',
            quad: null,
            sentence: s.index,
            text: doc.text.slice(s.start, s.end),
            start: s.start,
            end: s.end,
            date: meta.date,
            trigger: doc.text.slice(doc.tokens[k]!.start, doc.tokens[from - 1]!.end),
          });
        }
      }
    }
  },
};
