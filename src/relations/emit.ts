// Where patterns put their candidate events: one source × target pair per event, never an actor with
// itself, and never a news agency as a party (it reports). Dedupe and ordering are extract.ts's.
import type { ActorMention, ArticleActors } from '../types.js';
import type { Trigger } from '../lexicon/relations.js';
import type { Flags } from './clauses.js';

/** A candidate event of one sentence, before the article-level dedupe. */
export interface Candidate {
  source: ActorMention;
  target: ActorMention;
  trigger: Trigger;
  /** The trigger words as written. */
  word: string;
  flags: Flags;
}

export class Emitter {
  events: Candidate[] = [];

  constructor(private readonly acts: ArticleActors) {}

  /** Forgets the events of the sentence before (one emitter serves an article). */
  clear(): void {
    // A new array: setting an array's length is a slow runtime call.
    if (this.events.length) this.events = [];
  }

  /** Every source with every target. */
  pairs(sources: ActorMention[], targets: ActorMention[], trigger: Trigger, word: string, flags: Flags): void {
    // "Syrian or Russian warplanes bombed …": one of them did, the text does not say which.
    if (!flags.hypothetical && (this.disjoined(sources) || this.disjoined(targets))) flags = { ...flags, hypothetical: true };
    for (const s of sources)
      for (const t of targets) {
        if (s.actor === t.actor) continue;
        // News agencies report; they fight, back or meet no one (they may be criticized). Nor do
        // the monitors' people ("the Observatory's director … blaming the regime").
        if (this.isMedia(s) || this.speaksForMedia(s) || (this.isMedia(t) && trigger.relation !== 'opposes')) continue;
        this.events.push({ source: s, target: t, trigger, word, flags });
      }
  }

  /** Each member of a group with each after it ("Iran and Russia met"); both ways when `bothWays`. */
  pairwise(group: ActorMention[], trigger: Trigger, word: string, flags: Flags, bothWays: boolean): void {
    for (let x = 0; x < group.length; x++)
      for (let y = x + 1; y < group.length; y++) {
        this.pairs([group[x]!], [group[y]!], trigger, word, flags);
        if (bothWays) this.pairs([group[y]!], [group[x]!], trigger, word, flags);
      }
  }

  /** Pairs across the sides of a coordination, never within one side. */
  units(units: ActorMention[][], trigger: Trigger, word: string, flags: Flags, bothWays: boolean): void {
    for (let x = 0; x < units.length; x++)
      for (let y = x + 1; y < units.length; y++) {
        this.pairs(units[x]!, units[y]!, trigger, word, flags);
        if (bothWays) this.pairs(units[y]!, units[x]!, trigger, word, flags);
      }
  }

  /** Are two of these mentions joined by "or" ("Syrian or Russian jets", "Iran, Russia or Turkey")? */
  private disjoined(group: ActorMention[]): boolean {
    if (group.length < 2) return false;
    const f = this.acts.folded;
    for (const x of group)
      for (const y of group) {
        if (y.firstToken < x.endToken || y.firstToken - x.endToken > 2) continue;
        for (let k = x.endToken; k < y.firstToken; k++) if (f[k] === 'or') return true;
      }
    return false;
  }

  private isMedia(m: ActorMention): boolean {
    return this.acts.actors.get(m.actor)?.media === true;
  }

  private speaksForMedia(m: ActorMention): boolean {
    const d = this.acts.actors.get(m.actor);
    return d?.type === 'person' && d.affiliation !== undefined && this.acts.actors.get(d.affiliation)?.media === true;
  }
}
