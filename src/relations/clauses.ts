// The sentence view, second layer: clauses. Clause boundaries, the subject of a verb (across
// relative pronouns, coordinated verb phrases and appositions), the verb governing a noun, and the
// modality (negation, hypothesis) of a trigger in its clause.
import type { ActorMention, Sentence } from '../types.js';
import { isQuoteMark, R_CLAUSE_BREAK, R_HYPOTHETICAL, R_MODAL, R_NEGATION, R_RELATIVE, verbBeforeTimePhrase } from './classes.js';
import { PhraseView } from './phrases.js';
import { firstWords } from '../lexicon/derived.js';

/** "the first … to": an ordinal description of the copula's subject. */
const ORDINALS = new Set(['first', 'only', 'last', 'second', 'latest']);
/** Parts of speech that open the thing agreed to ("agreed to a ceasefire"), which no infinitive's verb is. */
const AGREED_TO_THING = new Set(['DET', 'NOUN', 'ADJ', 'PROPN', 'NUM']);

/** Dashes that set off a clause as commas do. */
const DASHES = new Set(['-', '–', '—']);

/** A year ("In 2015 Turkey shot down …"): the head of a time phrase. */
const YEAR = /^(?:19|20)\d\d$/;

export interface Flags {
  negated?: boolean;
  hypothetical?: boolean;
}

export interface Subject {
  args: ActorMention[];
  start: number;
}

export class ClauseView extends PhraseView {
  isBreak(k: number): boolean {
    const t = this.tokens[k]!;
    if (t.text === ';' || t.text === ':') return true;
    if (!(this.cls[k]! & R_CLAUSE_BREAK)) return false;
    // "as", "after", "since" are prepositions as often as conjunctions: only the conjunction breaks.
    // "has since wrested": after an auxiliary it is an adverb.
    // ("fighting since March to drive …": before a date it is the preposition.)
    if (this.syn.prepositionLike.has(this.f[k]!))
      return (
        t.pos === 'SCONJ' &&
        !(k > this.first && this.tokens[k - 1]!.pos === 'AUX') &&
        !(k + 1 < this.end && (this.tokens[k + 1]!.pos === 'NUM' || this.lex.cues.timeWords.has(this.f[k + 1]!)))
      );
    // "Iran meanwhile boosts support for Assad", "Russia however denied it": an adverb between an actor
    // and its verb is the clause's own.
    if (
      t.pos === 'ADV' &&
      k > this.first &&
      k + 1 < this.end &&
      this.acts.tokenMention[k - 1] !== -1 &&
      (this.tokens[k + 1]!.pos === 'VERB' || this.tokens[k + 1]!.pos === 'AUX')
    )
      return false;
    return t.pos === 'SCONJ' || t.pos === 'CCONJ' || t.pos === 'ADV' || t.pos === 'ADP' || t.pos === 'PUNCT';
  }

  /**
   * "… northern Syria claiming (to have) targeted IS", "struck Gaza accusing Hamas …": the speech
   * (or accusing) participle right after a phrase (no comma) that is v itself or introduces v
   * through "to (have)"; else -1.
   */
  private speechParticipleBefore(v: number): number {
    let c = v;
    if (this.f[v - 1] === 'have' && this.f[v - 2] === 'to') c = v - 3;
    else if (this.f[v - 1] === 'to') c = v - 2;
    if (c - 1 < this.first || !this.f[c]!.endsWith('ing') || this.tokens[c]!.pos !== 'VERB') return -1;
    if (!this.saysOrBlames(this.tokens[c]!.lemma) || !this.isNP(c - 1)) return -1;
    return c;
  }

  /**
   * The conflict noun that is the subject of the verb at k: right before it, past a relative pronoun
   * ("the war, which pits …") or one place phrase ("the conflict in Sudan pits …"), naming no actor;
   * its token, else -1. `subjects`: the conflict nouns.
   */
  conflictSubjectBefore(k: number, subjects: ReadonlySet<string>): number {
    let s = k - 1;
    if (s > this.first && (this.f[s] === 'which' || this.f[s] === 'that')) s -= this.f[s - 1] === ',' ? 2 : 1;
    // ("Fighting in Aleppo killed …": the -ing noun opening a sentence is tagged a verb.)
    const conflict = (x: number) => this.isNP(x) || (this.tokens[x]!.pos === 'VERB' && subjects.has(this.f[x]!));
    if (s < this.first || !conflict(s)) return -1;
    let sa = this.isNP(s) ? this.np(s)[0] : s;
    if (sa - 2 >= this.first && this.tokens[sa - 1]!.pos === 'ADP' && this.f[sa - 1] !== 'of' && conflict(sa - 2)) {
      s = sa - 2;
      sa = this.isNP(s) ? this.np(s)[0] : s;
    }
    return subjects.has(this.f[s]!) && !this.argsIn(sa, s + 1).args.length ? s : -1;
  }

  /** Is the lemma a verb of speech or of an `opposes` trigger ("say", "demand", "accuse")? */
  protected saysOrBlames(lemma: string): boolean {
    return this.lex.cues.speechVerbs.has(lemma) || this.lex.relations.verbs.get(lemma)?.some((t) => t.relation === 'opposes') === true;
  }

  /**
   * "… to address the fighting, with Britain, France and the United States demanding Russia rein in
   * its ally": an -ing verb right after the actors that "with" opens (not a companion's "together
   * with", "in coordination with") has them for its subject.
   */
  private absoluteSubject(v: number): Subject | undefined {
    if (v - 2 < this.first || !this.f[v]!.endsWith('ing') || this.tokens[v]!.pos !== 'VERB' || !this.isNP(v - 1)) return undefined;
    const g = this.groupLeft(v - 1);
    const w = g.start - 1;
    if (!g.args.length || w < this.first || this.f[w] !== 'with') return undefined;
    if (w - 1 >= this.first && this.syn.comitatives.has(`${this.f[w - 1]} with`)) return undefined;
    // ("the talks with Iran starting on Monday": after a noun, "with" is the noun's; but "the fighting
    // with Britain and the US demanding …": a partner in a noun's "with" makes no demand.)
    if (w - 1 >= this.first && this.tokens[w - 1]!.pos === 'NOUN' && !this.saysOrBlames(this.tokens[v]!.lemma)) return undefined;
    return { args: g.args, start: g.start };
  }

  /**
   * The subject of a verb of leading whose object is the grouping [a, b) that names no actor ("Saudi
   * Arabia leads a coalition that …", "Washington is leading a coalition fighting IS"), if any.
   */
  private groupingLeader(a: number, b: number): ActorMention[] {
    if (!this.syn.constructions.allyPhrase.groupings.has(this.f[b - 1]!) || this.argsIn(a, b).args.length) return [];
    let v = a - 1;
    while (v >= this.first && (this.tokens[v]!.pos === 'DET' || this.tokens[v]!.pos === 'ADJ')) v--;
    if (v < this.first || this.tokens[v]!.pos !== 'VERB' || !this.syn.groupingLeaderVerbs.has(this.tokens[v]!.lemma)) return [];
    return this.subjectOf(v).args;
  }

  /** The finite speech verb whose reported clause holds the verb at j ("said" in "said X had targeted"), or -1. */
  private speechVerbBefore(j: number): number {
    for (let k = j - 1; k >= this.first && k >= j - 12; k--) {
      if (this.isBreak(k)) return -1;
      const t = this.tokens[k]!;
      if (t.pos === 'VERB' && !this.f[k]!.endsWith('ing') && this.lex.cues.speechVerbs.has(t.lemma)) return k;
    }
    return -1;
  }

  /** Start of the clause containing token k. */
  clauseStart(k: number): number {
    for (let j = k - 1; j >= this.first; j--)
      if (this.isBreak(j) || (this.cls[j]! & R_RELATIVE && this.tokens[j]!.pos !== 'DET')) return j + 1;
    return this.first;
  }

  /**
   * The subjects found in the sentence being read, by verb: a verb's subject is asked by each of its
   * triggers and by several patterns, and the search walks back over the clause each time.
   */
  private readonly subjects = new Map<number, Subject>();

  /** Whether the sentence being read has a relative pronoun after its first token (-1: not asked yet). */
  private relative = -1;

  override read(s: Sentence, prevSubject: ActorMention[] | undefined): this {
    this.subjects.clear();
    this.relative = -1;
    return super.read(s, prevSubject);
  }

  /**
   * Has the sentence a relative pronoun ("which", "that", "whom": R_RELATIVE) after its first token?
   * A test that needs one before some phrase can say no without finding the phrase (a verb's subject
   * is costly, and most sentences have none).
   */
  hasRelativeWord(): boolean {
    if (this.relative === -1) {
      this.relative = 0;
      for (let j = this.first + 1; j < this.end; j++)
        if (this.cls[j]! & R_RELATIVE) {
          this.relative = 1;
          break;
        }
    }
    return this.relative === 1;
  }

  /** The subject of the verb at token v (the same object each time it is asked in one sentence: read only). */
  subjectOf(v: number): Subject {
    let subject = this.subjects.get(v);
    if (!subject) {
      subject = this.findSubject(v);
      this.subjects.set(v, subject);
    }
    return subject;
  }

  private findSubject(v: number): Subject {
    const s = this.findSubjectOf(v);
    if (!s.args.length) return this.voiceAgent(s.start, v) ?? s;
    return s.start < v ? this.withLike(this.withComitative(s, v)) : s;
  }

  /**
   * "A statement by the Turkish foreign ministry condemned Russia", "An investigation by the UN
   * accused …": a subject that names no actor, headed by a noun of a statement or an inquiry
   * (syntax.json voiceNouns), speaks for the actor after its "by", "from" or "of", right before the
   * verb at v (past auxiliaries and adverbs).
   */
  private voiceAgent(a: number, v: number): Subject | undefined {
    if (a < this.first || a >= v || !this.isNP(a)) return undefined;
    const [, b] = this.np(a);
    let h = b - 1;
    while (h > a && this.tokens[h]!.pos === 'ADJ') h--;
    const p = this.f[b];
    if (!this.syn.voiceNouns.has(this.f[h]!) || b + 1 >= v || (p !== 'by' && p !== 'from' && p !== 'of') || !this.isNP(b + 1))
      return undefined;
    const g = this.groupRight(b + 1);
    if (!g.args.length) return undefined;
    for (let k = g.end; k < v; k++) {
      const pos = this.tokens[k]!.pos;
      if (pos !== 'AUX' && pos !== 'ADV' && pos !== 'PART') return undefined;
    }
    return { args: g.args, start: a };
  }

  /**
   * "Like Russia, China vetoed the resolution", "Like ISIL, al-Nusra is blacklisted …": the actors
   * a sentence opens with "like" do what its subject does (not "Unlike", nor "like" elsewhere).
   */
  withLike(s: Subject): Subject {
    const at = this.first;
    if (this.f[at] !== 'like' || !this.isNP(at + 1)) return s;
    // (The phrase up to the comma right before the subject: read as a list, the comma would join them.)
    const c = s.start - 1;
    if (c <= at + 1 || this.f[c] !== ',') return s;
    for (let k = at + 1; k < c; k++) if (this.f[k] === ',' || this.tokens[k]!.pos === 'VERB') return s;
    const added = this.argsIn(at + 1, c).args.filter((m) => !s.args.some((x) => x.actor === m.actor));
    return added.length ? { args: [...added, ...s.args], start: s.start } : s;
  }

  /**
   * "The Syrian army, together with Hezbollah, attacked …", "Russian jets alongside Syrian
   * helicopters bombed …": actors joined to the subject by a comitative phrase (syntax.json
   * comitatives) before the verb at v act with it.
   */
  private withComitative(s: Subject, v: number): Subject {
    const words = this.syn.comitatives;
    for (let j = s.start; j + 1 < v && j < s.start + 30; j++) {
      if (this.f[j] !== 'with' && this.f[j] !== 'alongside') continue;
      const lead = this.f[j] === 'alongside' ? 'alongside' : `${this.f[j - 1]} with`;
      const lead2 = j - 2 >= this.first ? `${this.f[j - 2]} ${lead}` : lead;
      if (!words.has(lead) && !words.has(lead2)) continue;
      if (!this.isNP(j + 1)) return s;
      const g = this.groupRight(j + 1);
      // (Only when the phrase ends before the verb, past a comma: "X along with Y attacked".)
      if (g.end > v || !g.args.length) return s;
      const added = g.args.filter((m) => !s.args.includes(m));
      return added.length ? { args: [...s.args, ...added], start: s.start } : s;
    }
    return s;
  }

  private findSubjectOf(v: number): Subject {
    const controlled = this.implicativeObject(v);
    if (controlled) return controlled;
    const absolute = this.absoluteSubject(v);
    if (absolute) return absolute;
    const inverted = this.invertedSpeaker(v);
    if (inverted) return inverted;
    // "…, accusing it of supporting terrorism": a participle after a comma has the subject of the
    // finite verb before it. So has a speech participle that lost its comma after the verb's object
    // ("shelled northern Syria claiming to have targeted IS"), and the verb it introduces.
    const c = this.speechParticipleBefore(v);
    const p = c !== -1 ? c : v;
    if (p - 2 >= this.first && (this.f[p - 1] === ',' || c !== -1) && this.f[p]!.endsWith('ing')) {
      for (let j = p - 2; j >= this.first && j >= p - 25; j--) {
        if (this.isBreak(j)) break;
        const t = this.tokens[j]!;
        if (t.pos === 'VERB' && !this.f[j]!.endsWith('ing') && !(j - 1 >= this.first && this.f[j - 1] === 'to')) {
          // ("Rami Abdel Rahman said aircraft had targeted the market blaming the regime": a word of
          // speech or blame after a reported clause is its speaker's.)
          const speaker = c !== -1 ? this.speechVerbBefore(j) : -1;
          return this.subjectOf(speaker !== -1 ? speaker : j);
        }
      }
    }
    // "An Israeli plane hit a car killing two men from Hezbollah": an -ing force participle right
    // after a finite verb's object that names no actor has that verb's subject (not after a force
    // noun, the doer itself: "condemned the attack killing 20 Kurds"); place phrases may come
    // between ("hit a car inside the town of Hader killing …").
    if (v - 2 >= this.first && this.f[v]!.endsWith('ing') && this.isNP(v - 1) && this.isForceVerb(v)) {
      // "an investigation into strikes targeting the army", "condemned the strikes targeting …": the
      // participle goes on with a deed whose doer the phrase does not name; inside a prepositional
      // phrase, or where no performing verb's subject did it, nobody before it is meant.
      const [a, b] = this.np(v - 1);
      let named = false;
      for (let k = a; k < b && !named; k++) named = this.acts.tokenMention[k] !== -1;
      const deed = b === v && !named && this.lex.relations.nouns.get(this.f[b - 1]!)?.some((x) => x.relation === 'attacks') === true;
      // (Not a verb's particle, "carried out strikes", nor a quantity's "of", "a series of strikes".)
      const p = a - 1;
      const inPhrase =
        p >= this.first &&
        this.tokens[p]!.pos === 'ADP' &&
        !(this.f[p] === 'out' && p - 1 >= this.first && this.tokens[p - 1]!.pos === 'VERB') &&
        !(this.f[p] === 'of' && p - 1 >= this.first && this.syn.ofHeads.has(this.f[p - 1]!));
      if (deed && inPhrase) return { args: [], start: v };
      const verb = this.objectVerbBefore(v);
      if (verb !== -1) return this.subjectOf(verb);
      if (deed) return { args: [], start: v };
    }
    // "the Syrian army regrouped and returned three weeks later recapturing the city": an -ing verb
    // after a finite verb and a time phrase ("three weeks later", "days afterwards") has its subject.
    if (this.tokens[v]!.pos === 'VERB' && this.f[v]!.endsWith('ing')) {
      const verb = this.verbBeforeLater(v - 1);
      if (verb !== -1) return this.subjectOf(verb);
    }
    // "Raqqa was hit by the US-led coalition fighting IS", "struck the YPG fighting alongside US
    // forces": a trigger verb's -ing form right after a phrase that ends in an actor (no comma
    // between) is a reduced relative clause of that actor; not after "of" ("strikes in support of
    // its ally Damascus targeting IS" are Moscow's).
    if (
      v - 1 >= this.first &&
      this.tokens[v]!.pos === 'VERB' &&
      this.f[v]!.endsWith('ing') &&
      this.lex.relations.verbs.has(this.tokens[v]!.lemma) &&
      this.isNP(v - 1)
    ) {
      const [a, b] = this.np(v - 1);
      // (Nor after a deed's preposition: "air strikes on Sanaa targeting Houthi positions" are the strikes'.)
      const deedObject =
        a - 2 >= this.first &&
        this.tokens[a - 1]!.pos === 'ADP' &&
        this.lex.relations.nouns.get(this.f[a - 2]!)?.some((x) => x.relation === 'attacks') === true;
      if (b === v && this.headIsActor(a, b) && !(a - 1 >= this.first && this.f[a - 1] === 'of') && !deedObject) {
        const g = this.groupLeft(v - 1);
        // (A capital is a place struck, not a doer: "Saudi jets struck Sanaa targeting Houthi positions".)
        if (g.args.length && !g.args.every((m) => m.via === 'capital')) return { args: g.args, start: g.start };
      }
    }
    let j = v - 1;
    let coordVP = false;
    /** The "after"/"by" before the -ing verb v ("joined the alliance after coming under …"), or -1. */
    let gerundPrep = -1;
    /** A finite verb between the phrase being read and v. */
    let passedFinite = false;
    let steps = 0;
    while (j >= this.first && steps++ < 40) {
      const t = this.tokens[j]!;
      // ('Russian warplanes "targeted children …"': a quotation that opens with the predicate keeps
      // its subject outside, right before the mark.)
      if (isQuoteMark(t.text) && this.opensQuotedPredicate(j, v)) {
        j--;
        continue;
      }
      // ('labels rebel groups as "terrorists" and accuses …': a scare quote of a few words without a
      // verb is part of its clause.)
      if (isQuoteMark(t.text)) {
        const open = this.scareQuoteOpening(j);
        if (open !== -1) {
          j = open - 1;
          continue;
        }
      }
      if (t.text === ';' || t.text === ':' || isQuoteMark(t.text)) return { args: [], start: j + 1 };
      if (this.cls[j]! & R_RELATIVE && (t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'SCONJ')) return this.relativeSubject(j);
      // "Pakistan skipped the talks but condemned …": "but" right before a verb joins two verb
      // phrases of one subject, as "and" does.
      if (
        t.pos === 'CCONJ' &&
        this.f[j] === 'but' &&
        j + 1 < this.end &&
        (this.tokens[j + 1]!.pos === 'VERB' || this.tokens[j + 1]!.pos === 'AUX')
      ) {
        coordVP = true;
        j--;
        continue;
      }
      if (this.isBreak(j)) return { args: [], start: j + 1 };
      // "Iran, which backs Hezbollah, condemned …": a relative clause set off by commas right before
      // the verb describes the subject before it.
      if (t.text === ',' && this.onlyAuxiliariesBetween(j, v)) {
        const r = this.relativeClauseStart(j);
        if (r !== -1) {
          j = r;
          continue;
        }
      }
      // "The Syrian National Coalition (SNC) accused …": an acronym in brackets that names no actor
      // only restates the phrase before it.
      // So does a gloss ("Hezbollah (Party of God) fired …").
      // (An acronym that names the actor is read as its name: "the Democratic Union Party (PYD)".)
      if (t.text === ')' && j - 2 >= this.first) {
        const open = this.glossOpening(j);
        const named = open !== -1 && this.mentionAt(open + 1)?.endToken === j;
        if (open !== -1 && !named) {
          j = open - 1;
          continue;
        }
      }
      const adverbial = this.syn.prepositionLike.has(this.f[j]!) && j - 1 >= this.first && this.tokens[j - 1]!.pos === 'AUX';
      // (An infinitive's "to" that the tagger read as a preposition: "battling for weeks to push IS out".)
      const infinitive = j + 1 === v && this.f[j] === 'to' && this.tokens[v]!.pos === 'VERB';
      if (
        this.syn.subjectSkipPos.has(t.pos) ||
        infinitive ||
        adverbial ||
        t.text === ',' ||
        t.text === '(' ||
        t.text === ')' ||
        this.lex.cues.modals.has(this.f[j]!)
      ) {
        j--;
        continue;
      }
      if (t.pos === 'CCONJ') {
        coordVP = true;
        j--;
        continue;
      }
      if (t.pos === 'VERB') {
        // Past a finite verb, the next phrase to the left is its subject; infinitives and
        // participles ("to support", "seeking") are inside the clause.
        const finite = !this.f[j]!.endsWith('ing') && !(j - 1 >= this.first && this.f[j - 1] === 'to');
        if (finite) {
          coordVP = false;
          passedFinite = true;
        }
        j--;
        continue;
      }
      if (this.isNP(j)) {
        // "The YPG which the US backs clashed with …": the phrase is the subject of a relative
        // clause whose pronoun is its object; the verb after it is the antecedent's.
        // (Only after an antecedent, and not "that", mostly a complement: "told reporters that Turkey
        // is determined to … capture Al Bab".)
        const ra = this.np(j)[0] - 1;
        const ante = ra - 1 >= this.first && this.f[ra - 1] === ',' ? ra - 2 : ra - 1;
        if (
          passedFinite &&
          ante >= this.first &&
          this.cls[ra]! & R_RELATIVE &&
          (this.f[ra] === 'which' || this.f[ra] === 'whom' || (this.f[ra] === 'that' && this.forcesHead(ante))) &&
          this.isNP(ante) &&
          this.tokens[ante]!.pos !== 'PRON'
        )
          return this.relativeSubject(ra);
        // "Russia and Iran which back the government met …": the phrase is the object of a relative
        // clause that lost its commas; the verb after it is the antecedent's.
        const na = this.np(j)[0];
        // (Not for a participle: "Turkey which backs rebels fighting Assad" is the rebels' fight.)
        if (
          na - 2 > this.first &&
          !this.f[v]!.endsWith('ing') &&
          this.tokens[na - 1]!.pos === 'VERB' &&
          this.cls[na - 2]! & R_RELATIVE &&
          (this.f[na - 2] === 'which' || this.f[na - 2] === 'who')
        ) {
          const rs = this.relativeSubject(na - 2);
          if (rs.args.length) return rs;
        }
        // "Syrian troops who share control of the city attacked …": the phrase is the object of a
        // relative clause; the antecedent is the subject, whether or not it names an actor.
        if (!this.f[v]!.endsWith('ing')) {
          const rel = this.relativeBeforeObject(na);
          if (rel !== -1) return this.relativeSubject(rel);
        }
        const r = this.subjectPhrase(j, coordVP);
        if (typeof r !== 'number') {
          // "Putin and Erdogan met in Sochi. The two sides agreed …": the last sentence's pair.
          if (!r.args.length && this.prevSubject?.length === 2 && this.lex.cues.pairReferences.has(this.f.slice(r.start, j + 1).join(' ')))
            return { args: this.prevSubject, start: r.start };
          // "launched an offensive to recapture Mosul": a phrase naming no actor between a verb and
          // the infinitive is that verb's object; the infinitive is done by the verb's subject.
          // ("joined the alliance after coming under pressure": so is a gerund's after a preposition,
          // for the phrase right before the preposition only.)
          if (
            !r.args.length &&
            (this.f[v - 1] === 'to' || j + 1 === gerundPrep) &&
            r.start - 1 >= this.first &&
            this.tokens[r.start - 1]!.pos === 'VERB' &&
            this.namesNoActor(r.start, j + 1)
          ) {
            j = r.start - 1;
            continue;
          }
          // "Britain joined the US in saying Assad's forces were responsible", "France followed Germany in
          // imposing sanctions": the one joined and the joiner both do the gerund.
          if (
            r.args.length &&
            j + 1 === gerundPrep &&
            r.start - 1 >= this.first &&
            this.tokens[r.start - 1]!.pos === 'VERB' &&
            this.syn.joiningVerbs.has(this.tokens[r.start - 1]!.lemma)
          ) {
            const joiner = this.subjectOf(r.start - 1);
            const more = joiner.args.filter((m) => !r.args.some((x) => x.actor === m.actor));
            // ("Japan did not join the US in imposing sanctions": the US alone imposed them.)
            const mood = more.length ? this.modality(Math.max(this.clauseStart(r.start - 1), joiner.start), r.start - 1, false) : {};
            if (more.length && !mood.negated && !mood.hypothetical) return { args: [...more, ...r.args], start: joiner.start };
          }
          // "Sadr is the first Iraqi leader to urge Assad to step down": after "be" or "become", "the
          // first/only … to" describes the copula's subject, who does the infinitive.
          // (The tagger may leave "the first" out of the phrase: "became the first Arab country".)
          const the =
            this.f[r.start] === 'the' && ORDINALS.has(this.f[r.start + 1]!)
              ? r.start
              : r.start - 2 >= this.first && this.f[r.start - 2] === 'the' && ORDINALS.has(this.f[r.start - 1]!)
                ? r.start - 2
                : -1;
          if (this.f[v - 1] === 'to' && the - 1 >= this.first) {
            const cop = this.tokens[the - 1]!;
            // (Not after a pronoun: "every time Russia declares a truce it is the first to violate it".)
            const pronoun = the - 2 >= this.first && this.tokens[the - 2]!.pos === 'PRON';
            if ((cop.lemma === 'be' || cop.lemma === 'become') && !pronoun) {
              j = the - 1;
              continue;
            }
          }
          return r;
        }
        j = r;
        continue;
      }
      // "Assad denied there was any evidence and warned …": the expletive of a clause inside the
      // first conjunct is not the coordinated verb's subject.
      if (t.pos === 'PRON' && coordVP && this.f[j] === 'there') {
        j--;
        continue;
      }
      if (t.pos === 'PRON') {
        const kind = this.lex.cues.pronouns.get(this.f[j]!);
        if (kind && !this.lex.cues.relativePronouns.has(this.f[j]!)) {
          // "The US-led coalition reported on Friday it had conducted …": the reporter speaks of itself.
          const reporter = kind !== 'person' ? this.reporterBefore(j) : [];
          return { args: reporter.length ? reporter : this.resolvePronoun(j, kind), start: j };
        }
        return { args: [], start: j + 1 };
      }
      // "were focused on destroying Daesh", "intervened by targeting IS": the -ing verb right after
      // the preposition shares the clause's subject.
      if (t.pos === 'ADP' && j + 1 === v && this.f[v]!.endsWith('ing') && this.syn.gerundPreps.has(this.f[j]!)) {
        gerundPrep = j;
        j--;
        continue;
      }
      // "Washington, along with its allies, demanded …": the companion phrase is no subject.
      if ((this.f[j] === 'along' || this.f[j] === 'together') && this.f[j + 1] === 'with') {
        j--;
        continue;
      }
      // "The US accused the Assad regime of being behind the attack and fired missiles at …": in a
      // second coordinated verb phrase a preposition is the first one's; its subject is further left.
      if (t.pos === 'ADP' && coordVP) {
        j--;
        continue;
      }
      if (t.pos === 'ADP' || t.pos === 'SCONJ') return { args: [], start: j + 1 };
      j--;
    }
    return { args: [], start: this.first };
  }

  /** Set while quoteSpeaker reads the speech verb's subject (which cannot hold the quotation itself). */
  private readingSpeaker = false;

  /**
   * '"We condemn the Israeli strike," the ministry said', 'Blinken said: "We will respond"': the
   * speaker whose words, inside quotation marks, hold the first-person pronoun at k: the subject of a
   * speech verb just after the closing mark or just before the opening one. None outside a quotation
   * ("we" of the writer, or of someone unnamed).
   */
  protected override quoteSpeaker(k: number): ActorMention[] {
    if (this.readingSpeaker) return [];
    let marks = 0;
    let open = -1;
    for (let j = this.first; j < k; j++)
      if (isQuoteMark(this.f[j]!)) {
        marks++;
        open = j;
      }
    // (Inside a quotation: an odd number of marks before k, or none before and one after that closes it.)
    let close = -1;
    for (let j = k + 1; j < this.end; j++)
      if (isQuoteMark(this.f[j]!)) {
        close = j;
        break;
      }
    if (marks % 2 === 0 && !(marks === 0 && close !== -1)) return [];
    const speech = this.lex.cues.speechVerbs;
    const isSpeech = (j: number) => this.tokens[j]!.pos === 'VERB' && speech.has(this.tokens[j]!.lemma);
    let verb = -1;
    if (close !== -1)
      for (let j = close + 1; j < this.end && j <= close + 8 && verb === -1; j++) {
        if (isSpeech(j)) verb = j;
        else if (this.tokens[j]!.pos === 'VERB' || isQuoteMark(this.f[j]!)) break;
      }
    if (verb === -1 && open !== -1 && marks % 2 === 1)
      for (let j = open - 1; j >= this.first && j >= open - 3; j--) if (isSpeech(j)) verb = j;
    if (verb === -1) return [];
    this.readingSpeaker = true;
    try {
      const s = this.subjectOf(verb);
      // (The speaker stands outside the quotation.)
      return s.start > k || s.start < (open === -1 ? k : open) ? s.args : [];
    } finally {
      this.readingSpeaker = false;
    }
  }

  /**
   * '"Israel must stop the bombing," said Antony Blinken', '… committed war crimes, said Human Rights
   * Watch': the speaker after a speech verb that follows the words it reports (a comma or a closing
   * quotation mark before it; in texts stripped of both, a clause with a finite verb of its own before
   * it and the speaker's phrase ending the sentence). Undefined where the verb is not so placed.
   */
  private invertedSpeaker(v: number): Subject | undefined {
    const t = this.tokens[v]!;
    if (t.pos !== 'VERB' || v - 2 < this.first || v + 1 >= this.end || !this.syn.invertedSpeechVerbs.has(t.lemma)) return undefined;
    if (!this.isNP(v + 1)) return undefined;
    const g = this.groupRight(v + 1);
    // ("said Hisham Marwah the Syrian National Coalition's vice-president": the owner of a title
    // after the speaker only says whom the speaker serves.)
    const speakers = g.args.filter((m) => !m.possessive);
    if (!speakers.length) return undefined;
    // The speaker's phrase (with a title or an apposition) runs to a comma or the sentence's end, with
    // no verb of its own: "said Israel" in "… said Israel had struck …" opens the words reported.
    let e = g.end;
    while (e < this.end && this.f[e] !== ',' && !(this.tokens[e]!.pos === 'VERB' || this.tokens[e]!.pos === 'AUX')) e++;
    if (e < this.end && this.f[e] !== ',') return undefined;
    const before = this.f[v - 1]!;
    if (before === ',' || before === '"' || before === '”' || before === "'") return { args: speakers, start: v + 1 };
    // (Stripped texts: a finite verb in the words before, and the phrase ends the sentence; not a
    // verb joined to one before or a perfect's participle: "… and added Syria to the list".)
    if (e < this.end || this.tokens[v - 1]!.pos === 'CCONJ' || this.tokens[v - 1]!.pos === 'AUX') return undefined;
    for (let j = v - 1; j >= this.first; j--) {
      if (this.isBreak(j)) return undefined;
      const p = this.tokens[j]!;
      if ((p.pos === 'VERB' && !this.f[j]!.endsWith('ing')) || p.pos === 'AUX') return { args: speakers, start: v + 1 };
    }
    return undefined;
  }

  /**
   * The finite verb whose object (naming no actor, headed by no force noun) and place phrases end
   * right before the participle at v, or -1.
   */
  private objectVerbBefore(v: number): number {
    let j = v - 1;
    let head = -1;
    for (let n = 0; j >= this.first && n < 12; n++, j--) {
      const t = this.tokens[j]!;
      // (A capital struck is a place: "Saudi jets struck Sanaa targeting Houthi positions".)
      const m = this.mentionAt(j);
      // ("stormed Nusra Front's strongholds in al-Rastan killing …": an actor owning or naming the
      // object's head, a common noun right after it, is no object of its own.)
      const owner =
        m !== undefined && m.endToken < v && this.tokens[m.endToken]!.pos === 'NOUN' && this.acts.tokenMention[m.endToken] === -1;
      if ((m && m.via !== 'capital' && !owner) || this.isBreak(j) || t.text === ',') return -1;
      if (t.pos === 'VERB') break;
      if (!this.isNP(j) && t.pos !== 'ADP') return -1;
      if (this.isNP(j)) head = this.np(j)[1] - 1;
    }
    if (j < this.first || head === -1 || this.tokens[j]!.pos !== 'VERB') return -1;
    // ("carried out strikes": the verb's particle before its object.)
    const o = this.f[j + 1] === 'out' && this.tokens[j + 1]!.pos !== 'NOUN' ? j + 2 : j + 1;
    if (this.f[j]!.endsWith('ing') || (j - 1 >= this.first && this.f[j - 1] === 'to') || !this.isNP(o)) return -1;
    // "The coalition launched airstrikes targeting IS", "unleashed a series of strikes targeting …":
    // a deed done by the performing verb's subject (its object's head, or the head after "a series of").
    if (this.syn.performVerbs.has(this.tokens[j]!.lemma)) {
      let d = head;
      if (this.syn.ofHeads.has(this.f[d]!) && this.f[d + 1] === 'of' && this.isNP(d + 2)) d = this.np(d + 2)[1] - 1;
      if (this.lex.relations.nouns.get(this.f[d]!)?.some((x) => x.relation === 'attacks')) return j;
    }
    if (!this.isForceVerb(j)) return -1;
    // The object's own head: the first phrase after the verb.
    const h = this.f[this.np(o)[1] - 1]!;
    if (this.lex.relations.passiveOfAgent.has(h) || this.lex.relations.nouns.has(h)) return -1;
    return j;
  }

  /**
   * Is [a, b) a phrase of unnamed fighters ("Kurdish fighters", "Shiite militias") or partners ("its
   * Arab and European allies", "the coalition" that names none here), naming no actor?
   */
  private unnamedForces(a: number, b: number): boolean {
    // ("Syrian rebels": a country's rebels are no actor either.)
    for (let k = a; k < b; k++) {
      const m = this.mentionAt(k);
      if (m && !(m.generic && m.sector === 'REB')) return false;
    }
    const head = this.f[b - 1]!;
    const ally = this.syn.constructions.allyPhrase;
    return (
      this.lex.cues.groupNouns.has(head) ||
      this.lex.cues.sectorHeads.get(head) === 'REB' ||
      this.lex.cues.sectorHeads.get(head) === 'MIL' ||
      ally.nouns.has(head) ||
      ally.groupings.has(head)
    );
  }

  /** Is the coordination ending at c ("Syria and Lebanon") a list of states named without a sector, after a place preposition? */
  private coordPlaces(c: number): boolean {
    const g = this.groupLeft(c);
    if (!g.args.length || g.start - 1 < this.first || !this.syn.placePreps.has(this.f[g.start - 1]!)) return false;
    return g.args.every((m) => !m.sector && this.acts.actors.get(m.actor)?.type === 'country');
  }

  /**
   * Does the quotation mark at q open a quotation of the predicate whose verb is v (only adverbs and
   * auxiliaries between: 'IS "was expelled by the army …"'), with a phrase naming an actor right
   * before the mark and no mark earlier in the sentence?
   */
  private opensQuotedPredicate(q: number, v: number): boolean {
    for (let k = q + 1; k < v; k++) {
      const p = this.tokens[k]!.pos;
      if (p !== 'ADV' && p !== 'AUX' && p !== 'PART') return false;
    }
    if (q - 1 < this.first || !this.isNP(q - 1) || !this.argsIn(...this.np(q - 1)).args.length) return false;
    for (let k = this.first; k < q; k++) if (isQuoteMark(this.f[k]!)) return false;
    return true;
  }

  /** Is token h the head of unnamed fighters ("the rebels", "government troops")? */
  protected unnamedFightersHead(h: number): boolean {
    const f = this.f[h]!;
    const sector = this.lex.cues.sectorHeads.get(f);
    return this.syn.unnamedGroupHeads.has(f) || sector === 'REB' || sector === 'MIL';
  }

  /** Is the word at h the head of a phrase of unnamed fighters, singular too ("the militia that Iran funds")? */
  private forcesHead(h: number): boolean {
    return this.unnamedFightersHead(h) || this.syn.unnamedGroupHeads.has(`${this.f[h]}s`);
  }

  /**
   * Is the phrase ending at h, before "including", unnamed fighters ("rebel groups", "rebels in
   * Syria": a place phrase after the head may come between)?
   */
  private listedForces(h: number): boolean {
    if (h < this.first || !this.isNP(h)) return false;
    let [a, b] = this.np(h);
    // ("officials in other countries including Britain": the place phrase's head may be the one listed.)
    const placeHead = this.f[b - 1]!;
    if (a - 2 >= this.first && this.syn.placePreps.has(this.f[a - 1]!) && this.isNP(a - 2)) [a, b] = this.np(a - 2);
    for (let k = a; k < b; k++) {
      const m = this.mentionAt(k);
      if (m && !m.generic) return false;
    }
    const head = this.f[b - 1]!;
    const sector = this.lex.cues.sectorHeads.get(head);
    return this.syn.unnamedGroupHeads.has(head) || sector === 'REB' || sector === 'MIL' || this.syn.unnamedGroupHeads.has(placeHead);
  }

  /**
   * A person's mention in apposition right before the group head h of the phrase from a, with only
   * a determiner and adjectives between ("Abu Omar a commander", "Imad al-Hamad the top
   * commander"), if any.
   */
  private personBefore(a: number, h: number): ActorMention | undefined {
    let k = h - 1;
    while (k >= a && (this.tokens[k]!.pos === 'ADJ' || this.tokens[k]!.pos === 'DET') && this.acts.tokenMention[k] === -1) k--;
    if (k < a || k === h - 1) return undefined;
    const m = this.mentionAt(k);
    return m && m.endToken === k + 1 && this.isArg(m) && !m.possessive && this.acts.actors.get(m.actor)?.type === 'person' ? m : undefined;
  }

  /** Is the verb at k an attacks trigger ("hit", "killing")? */
  private isForceVerb(k: number): boolean {
    const verbs = this.lex.relations.verbs;
    const f = this.f[k]!;
    const base = f.endsWith('ing') ? f.slice(0, -3) : '';
    const list = verbs.get(this.tokens[k]!.lemma) ?? (base ? (verbs.get(base) ?? verbs.get(`${base}e`)) : undefined);
    return list !== undefined && list.some((t) => t.relation === 'attacks');
  }

  /**
   * "Russian air cover allowed the army to retake Palmyra", "allowing forces loyal to Assad to
   * advance": the object of an implicative verb (syntax.json implicativeVerbs) does the infinitive
   * at v after it, whatever the implicative's own subject; undefined when v is no such infinitive.
   */
  private implicativeObject(v: number): Subject | undefined {
    const to = v - 1;
    if (to - 1 < this.first || this.f[to] !== 'to' || !this.isNP(to - 1)) return undefined;
    const g = this.groupLeft(to - 1);
    let { args, start } = g;
    // "forces loyal to President Assad": the loyal forces' mention, else the actor they are loyal to.
    if (start - 2 >= this.first && this.f[start - 1] === 'to' && this.syn.constructions.loyalTo.adjectives.has(this.f[start - 2]!)) {
      const [la, lb] = this.np(start - 2);
      if (this.loyalGroupTo(la, lb) !== start - 1) return undefined;
      const own = this.argsIn(la, lb).args;
      if (own.length) args = own;
      start = la;
    }
    let p = start - 1;
    while (p > this.first && this.tokens[p]!.pos === 'ADV') p--;
    if (!args.length || p < this.first || this.tokens[p]!.pos !== 'VERB' || !this.syn.implicativeVerbs.has(this.tokens[p]!.lemma))
      return undefined;
    return { args, start };
  }

  /** Is the phrase ending at h the object of a verb done for a purpose ("sent fighters", "deployed jets")? */
  /**
   * Is the noun at h, before the infinitive's "to", an effort under way (syntax.json effortHeads), or
   * does one come before it with only its place and time phrases between ("began an offensive on the
   * Lebanon-Syria border last year to dislodge …")? Not one planned: "plans for an offensive",
   * "a possible offensive", "an offensive next month".
   */
  private effortUnderWay(h: number, to: number): boolean {
    let e = this.syn.effortHeads.has(this.f[h]!) ? h : -1;
    for (let j = h - 1; e === -1 && j >= this.first && j >= h - 10; j--) {
      const t = this.tokens[j]!;
      // (A hyphen inside a word is no break: "the Lebanon-Syria border".)
      if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON' || (this.isBreak(j) && !this.isJoinedHyphen(j)) || this.f[j] === ',')
        return false;
      if ((t.pos === 'NOUN' || t.pos === 'ADJ') && this.syn.effortHeads.has(this.f[j]!)) {
        if (this.tokens[j + 1]!.pos !== 'ADP') return false;
        e = j;
      }
    }
    if (e === -1) return false;
    for (let j = e + 1; j < to; j++) if (this.syn.futureWords.has(this.f[j]!)) return false;
    for (let j = e - 1; j >= this.first && j >= e - 4; j--) {
      if (this.cls[j]! & R_HYPOTHETICAL) return false;
      if (this.tokens[j]!.pos === 'VERB' || this.isBreak(j)) break;
    }
    return true;
  }

  private purposeOfActDone(h: number): boolean {
    let [a] = this.np(h);
    // ("used the Incirlik air base in southern Turkey to bomb …", "deployed thousands of fighters to
    // Syria to fight …": past the object's place or destination phrase.)
    if (
      a - 2 > this.first &&
      (this.syn.placePreps.has(this.f[a - 1]!) || this.f[a - 1] === 'to') &&
      this.tokens[a - 1]!.pos === 'ADP' &&
      this.isNP(a - 2)
    ) {
      const [pa] = this.np(a - 2);
      const before = this.tokens[pa - 1];
      // (Or past a quantity's "of" first: "thousands of fighters".)
      const quantity = pa - 2 > this.first && this.f[pa - 1] === 'of' && this.isNP(pa - 2) ? this.np(pa - 2)[0] : -1;
      const beforeQuantity = quantity > this.first ? this.tokens[quantity - 1] : undefined;
      if (before && before.pos === 'VERB' && this.syn.purposeVerbs.has(before.lemma)) a = pa;
      else if (beforeQuantity && beforeQuantity.pos === 'VERB' && this.syn.purposeVerbs.has(beforeQuantity.lemma)) a = quantity;
    }
    let v = a - 1;
    while (v >= this.first && (this.tokens[v]!.pos === 'ADV' || this.tokens[v]!.pos === 'NUM' || this.f[v] === 'of')) v--;
    if (v >= this.first && this.f[v + 1] === 'of') {
      // "sent thousands of fighters": the quantity's own phrase.
      const [qa] = this.np(v);
      v = qa - 1;
    }
    // "allowing forces loyal to President Assad to advance": the loyal forces' own phrase.
    if (v - 1 >= this.first && this.f[v] === 'to' && this.syn.constructions.loyalTo.adjectives.has(this.f[v - 1]!)) {
      const [la] = this.np(v - 1);
      v = la - 1;
    }
    if (v < this.first) return false;
    // "Russian air cover allowed the army to retake Palmyra", "shelling forced the FSA to withdraw":
    // an implicative verb done (not its bare form: "will allow", "to allow") did its infinitive.
    const t = this.tokens[v]!;
    if (
      t.pos === 'VERB' &&
      this.syn.implicativeVerbs.has(t.lemma) &&
      this.f[v] !== t.lemma &&
      !(v - 1 >= this.first && this.f[v - 1] === 'to')
    )
      return true;
    // "travelled to Kyiv to meet …": the place's preposition.
    if (v - 1 >= this.first && this.tokens[v]!.pos === 'ADP') v--;
    // (An act only planned is no act done: "plans to send troops to support Assad", "will deploy
    // jets to strike …".)
    const planned = v - 1 >= this.first && (this.f[v - 1] === 'to' || this.cls[v - 1]! & R_MODAL);
    return this.tokens[v]!.pos === 'VERB' && this.syn.purposeVerbs.has(this.tokens[v]!.lemma) && !planned;
  }

  /**
   * The opening mark of a quotation of one to three words without a verb or an actor that closes at
   * the mark c ('as "terrorists"', 'a "blatant aggression"'), or -1.
   */
  private scareQuoteOpening(c: number): number {
    for (let j = c - 1; j >= this.first && j >= c - 4; j--) {
      const t = this.tokens[j]!;
      if (isQuoteMark(t.text)) return j < c - 1 && j > this.first && !isQuoteMark(this.tokens[j - 1]!.text) ? j : -1;
      if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || this.mentionAt(j)) return -1;
    }
    return -1;
  }

  /**
   * The token before ", which/who …," that ends at the comma c, or -1: the relative pronoun follows
   * a comma within a dozen tokens, with no other comma between but those of a list of names
   * (", which includes Britain, France and Jordan,").
   */
  private relativeClauseStart(c: number): number {
    for (let j = c - 1; j >= this.first + 1 && j >= c - 16; j--) {
      const listed = this.f[j] === ',' && this.mentionAt(j - 1) !== undefined && this.mentionAt(j + 1) !== undefined;
      if ((this.f[j] === ',' && !listed) || this.isBreak(j)) return -1;
      if ((this.f[j] === 'which' || this.f[j] === 'who') && this.f[j - 1] === ',') return j - 2;
      // "Recent US drone attacks, occurring every three days, have killed …": a participle phrase.
      if (this.f[j - 1] === ',' && this.tokens[j]!.pos === 'VERB' && this.f[j]!.endsWith('ing')) return j - 2;
    }
    return -1;
  }

  /** The subject of a speech verb right before the pronoun at j ("X said [that] it …"), if it names an actor of the pronoun's kind. */
  private reporterBefore(j: number): ActorMention[] {
    let v = j - 1;
    if (v >= this.first && this.f[v] === 'that') v--;
    while (v >= this.first && (this.tokens[v]!.pos === 'ADV' || this.lex.cues.timeWords.has(this.f[v]!) || this.tokens[v]!.pos === 'ADP'))
      v--;
    if (v < this.first || this.tokens[v]!.pos !== 'VERB' || !this.lex.cues.speechVerbs.has(this.tokens[v]!.lemma)) return [];
    const args = this.subjectOf(v).args;
    return args.some((m) => this.acts.actors.get(m.actor)?.type === 'person') ? [] : args;
  }

  /** The token after the last time head of [a, b) when an actor phrase follows it to b, else -1. */
  private afterTimeHead(a: number, b: number): number {
    for (let x = b - 2; x >= a; x--) {
      if (!this.syn.timeHeads.has(this.f[x]!) && !(this.tokens[x]!.pos === 'NUM' && YEAR.test(this.f[x]!))) continue;
      return this.headIsActor(x + 1, b) && this.argsIn(x + 1, b).args.length ? x + 1 : -1;
    }
    return -1;
  }

  /**
   * "Hama the Syrian army", "the province the Syrian warplanes" in [a, b): the start of the actor
   * phrase after a place (a name or a common noun's phrase naming no actor) when "the" opens it, else
   * -1. (A determiner right after a noun cannot go on with the noun's phrase.)
   */
  private afterPlaceName(a: number, b: number): number {
    for (let x = a + 1; x < b - 1 && x < a + 6; x++) {
      const t = this.tokens[x - 1]!;
      if (this.acts.tokenMention[x - 1] !== -1) return -1;
      if (this.f[x] === 'the' && (t.pos === 'PROPN' || t.pos === 'NOUN'))
        return this.headIsActor(x, b) && this.argsIn(x, b).args.length ? x : -1;
      if (t.pos !== 'PROPN' && t.pos !== 'NOUN' && t.pos !== 'ADJ' && !(t.pos === 'DET' && x - 1 === a)) return -1;
    }
    return -1;
  }

  /**
   * "Date of publication 8 April 2017 Russian warplanes bombed …": is the preposition at p the last of
   * prepositional phrases after a noun that opens the sentence (a web page's dateline before the
   * lede; at most four phrases, naming no actor, with no verb or punctuation between)? Phrases that
   * open the sentence with their preposition are `frontedAdjunctTo`'s.
   */
  private afterOpeningNoun(p: number): boolean {
    let phrases = 1;
    for (let x = p - 1; x >= this.first && x >= p - 12; x--) {
      const pos = this.tokens[x]!.pos;
      if (this.acts.tokenMention[x] !== -1) return false;
      if (x === this.first) return pos === 'NOUN' || pos === 'PROPN';
      if (pos === 'ADP') {
        if (++phrases > 4) return false;
        continue;
      }
      if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'ADV' && pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'NUM') return false;
    }
    return false;
  }

  /** Are the tokens between c and the verb at v only auxiliaries and adverbs ("…, have killed")? */
  private onlyAuxiliariesBetween(c: number, v: number): boolean {
    for (let k = c + 1; k < v; k++) if (this.tokens[k]!.pos !== 'AUX' && this.tokens[k]!.pos !== 'ADV') return false;
    return true;
  }

  /** No actor mention, generic or not, in [a, b). */
  private namesNoActor(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (this.acts.tokenMention[k] !== -1) return false;
    return true;
  }

  /** The subject actors of the verb at v; none without a verb (v = -1). */
  subjectArgs(v: number): ActorMention[] {
    return v !== -1 ? this.subjectOf(v).args : [];
  }

  /**
   * Is the noun ending at h described as "the first/only/last …" ("Egypt became the first Arab
   * country to sign a treaty with Israel"): its infinitive states a deed done, not one planned.
   */
  private ordinalBefore(h: number): boolean {
    for (let j = h - 1; j >= this.first && j >= h - 5; j--) {
      if (ORDINALS.has(this.f[j]!)) return j - 1 >= this.first && this.f[j - 1] === 'the';
      const pos = this.tokens[j]!.pos;
      if (pos !== 'ADJ' && pos !== 'PROPN' && pos !== 'NOUN' && pos !== 'ADV') return false;
    }
    return false;
  }

  /**
   * The relative pronoun whose clause has the phrase at na as its verb's object, or -1: "Syrian troops
   * who share control of the city attacked …" (past the object's own prepositional phrases, not past a
   * conjunction: "after Russia launched …" has its own subject), "The Houthis who control Sanaa", "The
   * alliance which has long fought Russia" (past auxiliaries and adverbs). Right after "who" or
   * "which" a word the tagger read as a noun is the verb ("who share/NOUN control/NOUN"); a name there
   * is the clause's own subject ("the YPG which Turkey considers a terrorist group").
   */
  private relativeBeforeObject(na: number): number {
    let q = na - 1;
    for (
      let hops = 0;
      hops < 3 && q - 1 > this.first && this.tokens[q]!.pos === 'ADP' && !this.syn.prepositionLike.has(this.f[q]!) && this.isNP(q - 1);
      hops++
    )
      q = this.np(q - 1)[0] - 1;
    const swallowed =
      q > this.first &&
      (this.f[q] === 'who' || this.f[q] === 'which') &&
      this.tokens[q + 1]!.pos === 'NOUN' &&
      this.acts.tokenMention[q + 1] === -1;
    let r = swallowed ? q : q - 1;
    if (!swallowed) while (r > this.first && (this.tokens[r]!.pos === 'AUX' || this.tokens[r]!.pos === 'ADV')) r--;
    if (r <= this.first || (this.f[r] !== 'who' && this.f[r] !== 'which') || !(this.cls[r]! & R_RELATIVE)) return -1;
    if (swallowed) return r;
    return (this.tokens[q]!.pos === 'VERB' || this.tokens[q]!.pos === 'NOUN') && this.acts.tokenMention[q] === -1 ? r : -1;
  }

  /** "..., which has played a role": the subject is the antecedent before the relative pronoun at j. */
  private relativeSubject(j: number): Subject {
    let c = j - 1;
    // ("Russia - which is helping prop up the regime - is …": a dash sets the clause off as a comma does.)
    if (c >= this.first && (this.tokens[c]!.text === ',' || DASHES.has(this.tokens[c]!.text))) c--;
    if (c >= this.first && this.tokens[c]!.text === ')') c--;
    if (this.f[j] === 'that' && !(c >= this.first && this.isNP(c) && this.tokens[c]!.pos !== 'PRON')) return { args: [], start: j + 1 };
    if (c >= this.first && this.isNP(c)) {
      const [na, nb] = this.np(c);
      const g = { args: this.argsIn(na, nb).args, start: na };
      // ("Saudi Arabia leads a coalition that has been fighting the Houthis".)
      if (!g.args.length) {
        const leader = this.groupingLeader(na, nb);
        if (leader.length) return { args: leader, start: na };
        // "Syrian troops and Kurdish forces who share control of the city …": an unnamed last conjunct
        // leaves the named ones before it (as for a subject with no relative clause).
        if (na - 2 >= this.first && this.f[na - 1] === 'and' && this.isNP(na - 2) && this.unnamedForces(na, nb)) {
          const named = this.groupLeft(na - 2);
          // (Not where a preposition governs the pair: "battles between Daesh and the Kurdish-led
          // fighters who have been advancing …".)
          const governed = named.start - 1 >= this.first && this.tokens[named.start - 1]!.pos === 'ADP';
          if (named.args.length && !governed) return named;
        }
      }
      // "Presidents of Iran and Russia, who": the antecedent is the head before "of".
      const coord = this.groupLeft(c);
      if (g.args.length && coord.start - 1 >= this.first && this.f[coord.start - 1] === 'of' && !this.groupHeadBefore(coord.start - 1))
        return { args: [], start: j + 1 };
      // "the Assad regime's UN representative Bashar Aljaafari who blamed …": "who" is the person
      // who heads the phrase, not the actors describing him.
      const head = nb - 1 >= na ? this.mentionAt(nb - 1) : undefined;
      if (this.f[j] === 'who' && g.args.length > 1 && head && g.args.includes(head) && this.acts.actors.get(head.actor)?.type === 'person')
        return { args: [head], start: na };
      // "their brethren in Syria who are fighting": a state named as the place after a
      // preposition is no "who".
      // (Nor is a list of places for "that"/"which": "a franchise operating in Syria and Lebanon that
      // aims to overthrow the regime".)
      if (
        this.f[j] === 'who' &&
        g.args.length === 1 &&
        na - 1 >= this.first &&
        this.tokens[na - 1]!.pos === 'ADP' &&
        !g.args[0]!.sector &&
        this.acts.actors.get(g.args[0]!.actor)?.type === 'country'
      )
        return { args: [], start: j + 1 };
      if (this.f[j] !== 'who' && this.coordPlaces(c)) return { args: [], start: j + 1 };
      // "Iran and Russia which back Assad", "Russia and Iran which back the government": a
      // coordination of actors is the antecedent, unless a preposition governs it ("talks between
      // Turkey and Russia which backs Assad") or a singular verb agrees with the last one only.
      const v = j + 1 < this.end ? this.tokens[j + 1]! : undefined;
      const singular =
        v !== undefined && (v.pos === 'VERB' || v.pos === 'AUX') && this.f[j + 1] !== v.lemma && /[^s]s$/.test(this.f[j + 1]!);
      // (A plural verb agrees with the coordination even after a preposition: "against Russia and
      // China which back Assad".)
      const plural =
        v !== undefined &&
        (v.pos === 'VERB' || v.pos === 'AUX') &&
        (this.f[j + 1] === 'are' ||
          this.f[j + 1] === 'have' ||
          this.f[j + 1] === 'were' ||
          (this.f[j + 1] === v.lemma && !this.f[j + 1]!.endsWith('s')));
      if (g.args.length && coord.start < na && coord.args.length > g.args.length && !singular) {
        const before = coord.start - 1 >= this.first ? this.tokens[coord.start - 1]! : undefined;
        if (plural || !before || (before.pos !== 'ADP' && before.pos !== 'SCONJ')) return { args: coord.args, start: coord.start };
      }
      if (g.args.length) return g;
      // "the Turkish-backed force which": an apposition of the actor before it.
      const [a] = this.np(c);
      const app = this.appositionBefore(a);
      if (app.length) return { args: app, start: a };
    }
    return { args: [], start: j + 1 };
  }

  /**
   * The noun phrase at j, met looking left for a subject: the subject, or (a number) where to go on
   * looking when the phrase is a prepositional phrase, an object or inside a coordinated verb phrase.
   */
  private subjectPhrase(j: number, coordVP: boolean): Subject | number {
    const [np0, b] = this.np(j);
    // "Staffan de Mistura the UN envoy for Syria met …": a role phrase right after a person's name
    // (its comma lost) is the person's; the body it names only describes.
    // (The tagger may make one phrase of the name and the role.)
    if (this.lex.titles.roleHeads.has(this.f[b - 1]!))
      for (let d = Math.max(np0, this.first + 1); d < b - 1; d++) {
        if (this.f[d] !== 'the') continue;
        const p = this.mentionAt(d - 1);
        if (p && p.endToken === d && this.acts.actors.get(p.actor)?.type === 'person') return { args: [p], start: p.firstToken };
      }
    // "The Syrian army together with Hezbollah and allied militias attacked …": an unnamed group of
    // the named conjunct's kind adds nobody; the subject is read from the conjunct before it.
    const kin = this.kindredGroupStart(np0, b);
    if (kin - 2 >= this.first && this.f[kin - 1] === 'and' && this.isNP(kin - 2) && this.argsIn(...this.np(kin - 2)).args.length)
      return kin - 2;
    // A coordination ("by Syrian and Russian warplanes") is one phrase for what precedes it.
    const coord = this.groupLeft(b - 1);
    const coordStart = coord.start;
    // ("An ISIL commander and 34 of his comrades were killed": unnamed people after a named conjunct.)
    if (coord.args.length && coordStart < np0 && !this.argsIn(np0, b).args.length && !coordVP) return coord;
    // "Over 50 Jaish al-Fatah fighters were killed": the quantity's words are the phrase's own.
    // ("In a letter to Guterres, Iran accused …": a comma right before the last phrase, with no
    // "and" or "or", after a preposition's object, ends an adjunct rather than joining a list.)
    const adjunct =
      coordStart < np0 && this.f[np0 - 1] === ',' && coordStart - 1 >= this.first && this.tokens[coordStart - 1]!.pos === 'ADP';
    // (A title before the last conjunct's name is the name's: "by first lady Melania Trump and Queen Rania".)
    const named = this.acts.tokenMention[np0] !== -1 || this.acts.roleTokens[np0] === 1;
    const a = this.quantityStart(coordStart < np0 && named && !adjunct ? coordStart : np0);
    const before = a - 1 >= this.first ? this.tokens[a - 1] : undefined;
    const w = before ? this.f[a - 1]! : '';
    // A prepositional phrase ("In recent weeks", "in Tehran") or a verb's object: not the subject.
    // (Not "all of Syria's northern frontier": a phrase whose head is a thing an actor owns.)
    if (before && this.syn.groupPreps.has(w) && a - 2 >= this.first && this.isGroupHead(a - 2) && this.headIsActor(a, b)) {
      // "Seven militants from the Al-Nusra Front … were killed": the group's actor. ("Abu Omar
      // al-Shishani a commander of the Nusra Front was killed": a person named before the head, in
      // apposition, is the subject.)
      const [ha] = this.np(a - 2);
      const named = this.personBefore(ha, a - 2);
      if (named) return { args: [named], start: named.firstToken };
      // ("the UN envoy for Syria met …": after a role's head, "for" names its portfolio, not its body;
      // titles.json servesFor.)
      const t = this.lex.titles;
      // (A person named after the portfolio is the one titled: "Envoy for the Syria Crisis Staffan de Mistura met …".)
      const portfolio =
        w === 'for' &&
        t.roleHeads.has(this.f[a - 2]!) &&
        !t.servesFor.has(this.f[a - 2]!) &&
        !this.argsIn(a, b).args.some((m) => this.acts.actors.get(m.actor)?.type === 'person');
      const g = portfolio ? undefined : this.groupLeft(b - 1);
      if (g?.args.length) return g;
    }
    // "Fighters loyal to the Houthis attacked …": the loyal members' actor.
    if (before && w === 'to' && a - 3 >= this.first && this.syn.constructions.loyalTo.adjectives.has(this.f[a - 2]!)) {
      const [ga, gb] = this.np(a - 3);
      if (this.loyalGroupTo(ga, gb) === a - 1 && !this.argsIn(ga, gb).args.length) {
        const g = this.groupLeft(b - 1);
        if (g.args.length) return { args: g.args, start: ga };
      }
    }
    // "Rebel groups including Ahrar al-Sham and the Nusra Front fired …": unnamed fighters are
    // the named ones listed; a named head ("Iran and its allies including Hezbollah") stays the subject.
    if (before && w === 'including') {
      const listed = this.listedForces(a - 2) ? this.groupLeft(b - 1) : undefined;
      return listed?.args.length ? listed : a - 2;
    }
    // ("terrorist groups like Jund al-Aqsa and Jabhat Fath al-Sham seized …", "militias such as …":
    // only after unnamed fighters, where the list names them.)
    const such = before && w === 'as' && a - 2 >= this.first && this.f[a - 2] === 'such';
    if (before && (w === 'like' || such)) {
      const h = such ? a - 3 : a - 2;
      if (this.listedForces(h)) {
        const listed = this.groupLeft(b - 1);
        if (listed.args.length) return listed;
      }
    }
    // "A helicopter belonging to the Syrian army dropped …": the holder of a thing is the subject.
    if (
      before &&
      a - 3 >= this.first &&
      firstWords(this.syn.ownerPhrases).has(this.f[a - 2]!) &&
      this.syn.ownerPhrases.has(`${this.f[a - 2]} ${w}`) &&
      this.isNP(a - 3)
    ) {
      const [ta, tb] = this.np(a - 3);
      const g = this.groupLeft(b - 1);
      if (g.args.length && !this.argsIn(ta, tb).args.length) return { args: g.args, start: ta };
    }
    // "a U.S.-led coalition fighting Daesh killed …": the object of a participle qualifying the
    // phrase before it; the subject is further left.
    // ("Syria's leading opposition group the National Coalition blamed …": a describer, no participle.)
    if (
      before &&
      before.pos === 'VERB' &&
      w.endsWith('ing') &&
      !this.lex.cues.describers.has(w) &&
      a - 2 >= this.first &&
      (this.tokens[a - 2]!.pos === 'NOUN' || this.tokens[a - 2]!.pos === 'PROPN')
    )
      return a - 2;
    // "… at loggerheads, with Russia seeking to prop up the regime": "with" and an -ing verb make
    // the phrase between them that verb's subject.
    if (before && w === 'with' && b < this.end && this.tokens[b]!.pos === 'VERB' && this.f[b]!.endsWith('ing')) {
      const g = this.groupLeft(b - 1);
      if (g.args.length) return g;
    }
    // "On Tuesday the Syrian army shelled …": a clause-opening time phrase that lost its comma.
    if (before && before.pos === 'ADP') {
      // ("Founded in October the alliance has seized …", "Based in Istanbul the Coalition said …": after
      // an opening participle too; and after opening adjuncts that name a place actor, "Since the
      // beginning of their operations in Syria on September 30th 2015 the Russian Aerospace Forces …".)
      const opens =
        a - 1 === this.first ||
        this.isBreak(a - 2) ||
        this.f[a - 2] === ',' ||
        this.tokens[a - 2]!.pos === 'SCONJ' ||
        (a - 2 === this.first && this.tokens[a - 2]!.pos === 'VERB' && !this.f[a - 2]!.endsWith('ing')) ||
        this.afterOpeningNoun(a - 1) ||
        this.frontedAdjunctTo(a - 1);
      const after = opens ? this.afterTimeHead(a, b) : -1;
      // "In Hama the Syrian army killed …": a clause-opening place phrase that lost its comma.
      const placed = opens && after === -1 && this.syn.placePreps.has(w) ? this.afterPlaceName(a, b) : -1;
      if (placed !== -1) return { args: this.argsIn(placed, b).args, start: placed };
      if (after !== -1) return { args: this.argsIn(after, b).args, start: after };
    }
    // "strikes on a school in northwest Syria killed …": a preposition's object behind a direction
    // word the tagger read as an adverb is no subject either.
    if (
      before &&
      before.pos === 'ADV' &&
      a - 2 >= this.first &&
      this.tokens[a - 2]!.pos === 'ADP' &&
      !this.syn.prepositionLike.has(this.f[a - 2]!)
    )
      return a - 3;
    // "upon the strategically important city": an adverb inside a preposition's object.
    if (
      before &&
      before.pos === 'ADV' &&
      a - 3 >= this.first &&
      this.tokens[a - 2]!.pos === 'DET' &&
      this.tokens[a - 3]!.pos === 'ADP' &&
      !this.syn.prepositionLike.has(this.f[a - 3]!)
    )
      return a - 4;
    // "as the United States carries out": "as", "after", "since" open a clause here.
    // ("fighting since March to drive …": before a date it is the preposition, whatever the tagger says.)
    const date =
      this.syn.prepositionLike.has(w) &&
      (this.tokens[a]!.pos === 'NUM' || this.lex.cues.timeWords.has(this.f[a]!)) &&
      this.namesNoActor(a, b);
    const conjunction = this.syn.prepositionLike.has(w) && j === b - 1 && !date;
    if (
      before &&
      (before.pos === 'ADP' || (date && before.pos === 'SCONJ')) &&
      !conjunction &&
      w !== 'of' &&
      !((w === 'like' || w === 'unlike') && a - 1 === this.first)
    )
      return a - 2;
    // "Presidents of Iran and Russia": keep going to the head noun.
    if (before && w === 'of') return a - 2;
    // "Russia deployed warplanes … to support Assad … and have supported …": go on to the phrase
    // that opens the clause.
    if (coordVP && before && !(before.text === ',' || before.pos === 'SCONJ' || this.isBreak(a - 1))) return a - 1;
    // "Qatar, a Hamas backer, hosted …": a description that "a" opens after a comma is the actor's
    // before it; the actors that it names are not the subject.
    if (!adjunct && (this.f[np0] === 'a' || this.f[np0] === 'an') && np0 - 2 >= this.first && this.f[np0 - 1] === ',') {
      const before = this.appositionBefore(np0);
      if (before.length) return { args: before, start: np0 };
    }
    const g = adjunct ? { args: this.argsIn(np0, b).args, start: np0 } : this.groupLeft(b - 1);
    if (g.args.length) return g;
    // "Syrian troops and Kurdish fighters ousted IS": a last conjunct that is an unnamed group of
    // fighters leaves the named ones before it acting.
    // ("The Nusra Front and allied rebels attacked …": a participle describing them, tagged a verb.)
    const s0 =
      np0 - 2 >= this.first && this.tokens[np0 - 1]!.pos === 'VERB' && this.f[np0 - 1]!.endsWith('ed') && this.f[np0 - 2] === 'and'
        ? np0 - 1
        : np0;
    if (!adjunct && s0 - 2 >= this.first && this.f[s0 - 1] === 'and' && this.isNP(s0 - 2) && this.unnamedForces(np0, b)) {
      const named = this.groupLeft(s0 - 2);
      // ("Russia along with Iran and local militia forces has been assisting …": the named ones are
      // the companions of a subject further left, which the comitative reading adds them to.)
      const c = named.start - 1;
      if (named.args.length && c - 1 >= this.first && this.f[c] === 'with' && this.syn.comitatives.has(`${this.f[c - 1]} with`))
        return c - 2;
      if (named.args.length) return named;
    }
    // "The SDF an alliance of Kurdish and Arab fighters broke into Raqqa": an apposition.
    const app = this.appositionSubject(a);
    if (app.length) return { args: app, start: a };
    // "Hezbollah, a close ally of Iran, fired …": a description set off by commas after the actor
    // ("Ahrar al-Sham, one of the groups fighting Assad's forces, …" too).
    if (
      a - 2 >= this.first &&
      (this.f[a - 1] === ',' || this.f[a - 1] === ')') &&
      (this.tokens[a]!.pos === 'DET' || (this.f[a] === 'one' && a + 1 < this.end && this.f[a + 1] === 'of'))
    ) {
      const before = this.appositionBefore(a);
      if (before.length) return { args: before, start: a };
    }
    // "Washington is leading a coalition fighting IS": a grouping that names no actor, led by one.
    const leader = this.groupingLeader(a, b);
    if (leader.length) return { args: leader, start: a };
    // A generic subject ("the rebels") blocks.
    return { args: [], start: a };
  }

  /**
   * The actor before a descriptive phrase that starts with a determiner: "The SDF[,] an alliance of
   * Kurdish and Arab fighters", "Hezbollah al-Nujaba[,] a major Iraqi resistance movement".
   */
  appositionSubject(a: number): ActorMention[] {
    let c = a;
    for (let n = 0; c - 1 >= this.first && n < 12; n++) {
      const p = c - 1;
      if (this.f[p] === 'of' || this.f[p] === 'and' || this.f[p] === ',') {
        c = p;
        continue;
      }
      if (!this.isNP(p)) return [];
      const [x, y] = this.np(p);
      // Where a determiner opens the description, the phrase before it is the actor.
      for (let d = x + 1; d < y; d++) {
        if (this.tokens[d]!.pos === 'DET' && this.acts.tokenMention[d] === -1) {
          const args = this.argsIn(x, d).args;
          if (args.length) return args;
        }
      }
      if (
        this.tokens[x]!.pos === 'DET' &&
        this.acts.tokenMention[x] === -1 &&
        x - 1 >= this.first &&
        (this.f[x - 1] === ',' || this.isNP(x - 1))
      ) {
        const q = this.f[x - 1] === ',' ? x - 2 : x - 1;
        if (q >= this.first && this.isNP(q)) {
          const [u, v] = this.np(q);
          const args = this.argsIn(u, v).args;
          if (args.length) return args;
        }
      }
      c = x;
    }
    return [];
  }

  /** "the Free Syrian Army (FSA) the Turkish-backed force": the actor NP right before a descriptive NP. */
  appositionBefore(a: number): ActorMention[] {
    let c = a - 1;
    let set = false;
    if (c >= this.first && this.tokens[c]!.text === ')') {
      while (c >= this.first && this.tokens[c]!.text !== '(') c--;
      c--;
      set = true;
    }
    if (c >= this.first && this.tokens[c]!.text === ',') {
      c--;
      set = true;
      // "The Syrian National Coalition (SNC), the main opposition group": past a gloss.
      const open = this.f[c] === ')' ? this.glossOpening(c) : -1;
      if (open !== -1) c = open - 1;
    }
    // (With no comma or bracket, only a phrase with its own determiner is an apposition: "the SDF a
    // US-backed group"; not "IS gunmen in north US-backed Syrian fighters", a run-on headline.)
    if (!set && this.tokens[a]!.pos !== 'DET' && !(this.f[a] === 'one' && this.f[a + 1] === 'of')) return [];
    if (c < this.first || !this.isNP(c)) return [];
    const args = this.groupLeft(c).args;
    // "Daesh and the PYD, a US-backed Kurdish group": a singular description is of the last one only.
    if (args.length > 1 && (this.f[a] === 'a' || this.f[a] === 'an' || this.f[a] === 'one')) {
      const last = args.reduce((x, y) => (y.firstToken > x.firstToken ? y : x));
      return [last];
    }
    return args;
  }

  /** The nearest verb to the left of token k in its clause (the verb governing a noun trigger). */
  governingVerb(k: number): number {
    for (let j = k - 1; j >= this.first; j--) {
      if (this.isBreak(j)) return -1;
      const t = this.tokens[j]!;
      // "waging a punishing aerial bombing campaign … in support of X": an -ing form between a
      // determiner or adjective and a noun describes the noun; the verb is further left.
      if (t.pos === 'VERB' && this.attributiveIng(j)) continue;
      if (t.pos === 'VERB' && !this.inCompound(j)) return j;
      if (t.pos === 'AUX' && (j + 1 >= this.end || this.tokens[j + 1]!.pos !== 'VERB')) return j;
    }
    return -1;
  }

  /**
   * Do the words before p open the sentence with adjuncts only ("Since the beginning of their operations
   * in Syria on September 30th 2015 the Russian Aerospace Forces have destroyed …"): a preposition first,
   * no verb, break or comma up to p?
   */
  private frontedAdjunctTo(p: number): boolean {
    const t0 = this.tokens[this.first]!.pos;
    if ((t0 !== 'ADP' && t0 !== 'SCONJ') || p - this.first > 20) return false;
    for (let j = this.first + 1; j < p; j++) {
      const pos = this.tokens[j]!.pos;
      if (pos === 'VERB' || pos === 'AUX' || this.f[j] === ',' || this.f[j] === ';') return false;
    }
    return true;
  }

  /** Is the -ing verb at j inside a noun phrase, after a determiner or adjective and before its noun? */
  private attributiveIng(j: number): boolean {
    if (!this.f[j]!.endsWith('ing') || j - 1 < this.first || j + 1 >= this.end) return false;
    const before = this.tokens[j - 1]!.pos;
    const after = this.tokens[j + 1]!.pos;
    const describes = after === 'NOUN' || after === 'ADJ' || (after === 'VERB' && this.attributiveIng(j + 1));
    return (before === 'DET' || before === 'ADJ') && describes;
  }

  /** Are the tokens between the verb v and the phrase at a only adverbs, determiners and the like ("is one of the")? */
  onlyFillerBetween(v: number, a: number): boolean {
    for (let j = v + 1; j < a; j++) {
      const p = this.tokens[j]!.pos;
      if (!(p === 'ADV' || p === 'PART' || p === 'DET' || p === 'ADJ' || p === 'NUM' || this.f[j] === 'of' || this.f[j] === 'one'))
        return false;
    }
    return true;
  }

  /** Headlines such as "Syrian Coalition Urges …": a capitalized verb right after the subject. */
  headlineVerb(a: number): number {
    for (let j = a - 1; j >= this.first; j--)
      if (this.tokens[j]!.pos === 'VERB' && this.lex.cues.speechVerbs.has(this.tokens[j]!.lemma)) return j;
    return -1;
  }

  /** The actor phrase opening the clause before a noun phrase with no verb ("Russian airstrikes against …"). */
  subjectBeforeNP(a: number): ActorMention[] {
    const start = this.clauseStart(a);
    for (let j = start; j < a; j++) {
      if (this.isNP(j)) {
        const [, e] = this.np(j);
        const g = this.groupRight(j);
        if (g.args.length) return g.args;
        j = e;
      }
    }
    return [];
  }

  /** The first actor group of the sentence in subject position, for pronouns in the next sentence. */
  sentenceSubject(): ActorMention[] | undefined {
    // "Decrying an affront to humanity President Donald Trump declared …": past an opening participle
    // phrase, the actor whose finite verb follows it is the subject.
    const participial = this.tokens[this.first]!.pos === 'VERB' && this.f[this.first]!.endsWith('ing');
    for (let j = participial ? this.first + 1 : this.first; j < this.end; j++) {
      const m = this.mentionAt(j);
      if (m && this.isArg(m)) {
        if (participial) {
          // (Not an actor the participle's preposition governs: "Fighting between Hamas and Israel
          // killed …", "Decrying the attack on Kyiv President Zelensky said …" is Zelensky's.)
          const g = this.groupRight(m.firstToken);
          let v = g.end;
          while (v < this.end && (this.tokens[v]!.pos === 'ADV' || this.tokens[v]!.pos === 'AUX')) v++;
          const governed = m.firstToken - 1 >= this.first && this.tokens[m.firstToken - 1]!.pos === 'ADP';
          if (!governed && v < this.end && this.tokens[v]!.pos === 'VERB' && !this.f[v]!.endsWith('ing')) return g.args;
          j = Math.max(j, m.endToken - 1);
          continue;
        }
        const [a] = this.np(m.firstToken);
        if (a - 1 >= this.first && this.tokens[a - 1]!.pos === 'ADP') return undefined;
        return this.groupRight(a).args;
      }
      if (this.tokens[j]!.pos === 'VERB' || (participial && this.isBreak(j) && this.f[j] !== ',')) return undefined;
    }
    return undefined;
  }

  /**
   * The finite verb before a time phrase of "later", "earlier" or "afterwards" that ends at p ("returned
   * three weeks later", "withdrew days afterwards"), or -1.
   */
  private verbBeforeLater(p: number): number {
    if (p - 2 < this.first || !this.syn.laterWords.has(this.f[p]!)) return -1;
    let j = p - 1;
    if (!this.syn.timeHeads.has(this.f[j]!)) return -1;
    j--;
    while (
      j > this.first &&
      j >= p - 5 &&
      (this.tokens[j]!.pos === 'NUM' || this.tokens[j]!.pos === 'DET' || this.tokens[j]!.pos === 'ADJ')
    )
      j--;
    const t = this.tokens[j]!;
    return t.pos === 'VERB' && !this.f[j]!.endsWith('ing') && !(j - 1 >= this.first && this.f[j - 1] === 'to') ? j : -1;
  }

  /**
   * "a zone agreed under a deal between …": "agreed" qualifying the noun before it, with no infinitive
   * after (not "agreed to send"), is done; so is an agreement to a thing ("agreed to a ceasefire
   * brokered by Qatar", not "agreed to hold talks").
   */
  private agreedThing(j: number): boolean {
    if (this.f[j] !== 'agreed') return false;
    if (this.f[j + 1] === 'to') return j + 2 < this.end && AGREED_TO_THING.has(this.tokens[j + 2]!.pos);
    return j > this.first && this.tokens[j - 1]!.pos === 'NOUN';
  }

  /**
   * "a so-called de-escalation zone agreed by …", "a group called the Army of Conquest": "called"
   * that names a thing is no appeal ("called for", "called on X to").
   */
  private namingCall(j: number): boolean {
    if (this.f[j] !== 'called' || j - 1 < this.first) return false;
    // ("so called" where the text lost its hyphen.)
    if (this.inCompound(j) || this.f[j - 1] === 'so') return true;
    const next = j + 1 < this.end ? this.tokens[j + 1]! : undefined;
    return (
      this.tokens[j - 1]!.pos === 'NOUN' && next !== undefined && (next.pos === 'PROPN' || (next.pos === 'DET' && this.f[j + 1] === 'the'))
    );
  }

  /** Flags for a trigger: negated ("did not meet", "denied supporting") or hypothetical ("could meet"). */
  modality(from: number, trigger: number, speech: boolean): Flags {
    const c = this.lex.cues;
    const flags: Flags = {};
    // "must stop backing": the backing is stated; the modal is about stopping it.
    let lo = Math.max(from, trigger - 12);
    for (let j = trigger - 1; j >= lo; j--)
      if (this.tokens[j]!.pos === 'VERB' && c.presupposingVerbs.has(this.tokens[j]!.lemma)) lo = j + 1;
    // "Iran denied the charges and accused Israel of …": a finite verb coordinated after "and" or
    // "but" is a new predication; the denial or modal of the first conjunct does not reach it.
    // "Russia said it bears no responsibility, blaming Israel": likewise a participle after a comma.
    // (So does a speech or blame participle right after the clause's object where the text lost its
    // comma: "… no responsibility for the famine in Gaza blaming Israel", "denied involvement
    // accusing Israel of …"; not one that describes the noun, "did not issue a statement condemning".)
    if (
      trigger - 1 > lo &&
      this.f[trigger]!.endsWith('ing') &&
      (this.f[trigger - 1] === ',' ||
        ((this.tokens[trigger - 1]!.pos === 'NOUN' || this.tokens[trigger - 1]!.pos === 'PROPN') &&
          !this.syn.participleDescribedNouns.has(this.f[trigger - 1]!) &&
          this.speechParticipleBefore(trigger) === trigger))
    )
      lo = trigger;
    for (let j = trigger - 1; j > lo; j--) {
      if (this.tokens[j]!.pos !== 'CCONJ' || (this.f[j] !== 'and' && this.f[j] !== 'but')) continue;
      let n = j + 1;
      while (n < trigger && this.tokens[n]!.pos === 'ADV') n++;
      const t = this.tokens[n]!;
      if ((t.pos === 'VERB' && this.f[n] !== t.lemma && !this.f[n]!.endsWith('ing')) || (t.pos === 'AUX' && !(this.cls[n]! & R_MODAL))) {
        lo = j + 1;
        break;
      }
    }
    // "The army withdrew after the US issued threats to Damascus", "Israel refused to talk until Hamas
    // attacked": a conjunction the tagger read as a preposition opens a clause of its own (an actor,
    // then its finite verb before the trigger); the main clause's denial or modal does not reach it.
    for (let j = trigger - 2; j > lo; j--) {
      if (!this.syn.prepositionLike.has(this.f[j]!)) continue;
      let n = j + 1;
      while (n < trigger && this.tokens[n]!.pos === 'DET') n++;
      const m = this.acts.tokenMention[n] ?? -1;
      if (m === -1 && this.tokens[n]!.pos !== 'PRON') continue;
      let v = m === -1 ? n + 1 : this.acts.mentions[m]!.endToken;
      while (v < trigger && (this.tokens[v]!.pos === 'ADV' || this.tokens[v]!.pos === 'AUX')) v++;
      if (v < trigger && this.tokens[v]!.pos === 'VERB' && !this.f[v]!.endsWith('ing')) {
        lo = j + 1;
        break;
      }
    }
    // "agreed after four days of talks": a time adjunct happened, whatever the clause's mood.
    let adjunct = -1;
    for (let j = trigger - 1; j >= lo && adjunct === -1; j--)
      if (this.tokens[j]!.pos === 'ADP' && this.syn.factualAdjuncts.has(this.f[j]!)) adjunct = j;
    const moodFrom = adjunct === -1 ? lo : adjunct + 1;
    // "U.N. inspectors to visit Syria", "were to hold talks": planned, not done.
    if (!speech && trigger - 2 >= this.first && this.f[trigger - 1] === 'to') {
      // "his decision to form a coalition and to arm the YPG": a coordinated infinitive shares the
      // first one's head.
      let to = trigger - 1;
      if (this.f[to - 1] === 'and' || this.f[to - 1] === 'or')
        for (let j = to - 2; j > this.first && j >= to - 15; j--) {
          if (this.isBreak(j)) break;
          if (this.f[j] === 'to' && this.tokens[j + 1]!.pos === 'VERB') {
            to = j;
            break;
          }
        }
      const p = this.tokens[to - 1]!;
      if (
        // ("an offensive to …": the tagger may read the effort noun as an adjective.)
        ((p.pos === 'NOUN' || p.pos === 'PROPN' || (p.pos === 'ADJ' && this.syn.effortHeads.has(this.f[to - 1]!))) &&
          !this.effortUnderWay(to - 1, to) &&
          !this.purposeOfActDone(to - 1) &&
          !this.ordinalBefore(to - 1) &&
          // ("battling for weeks to push IS out": the end of a time phrase after the verb.)
          verbBeforeTimePhrase(this.tokens, this.f, this.first, to - 1) === -1) ||
        p.lemma === 'be'
      )
        flags.hypothetical = true;
    }
    for (let j = lo; j < trigger; j++) {
      const w = this.cls[j]!;
      const pos = this.tokens[j]!.pos;
      // ("Doctors Without Borders demanded …": a negation word inside an actor's name negates nothing.)
      if ((w & R_NEGATION && this.acts.tokenMention[j] === -1) || (pos === 'VERB' && c.negatingVerbs.has(this.tokens[j]!.lemma)))
        flags.negated = true;
      // "in late May" is no modal, "the peace plan" no plan to act.
      else if (
        !speech &&
        j >= moodFrom &&
        ((w & R_MODAL && (pos === 'AUX' || pos === 'VERB')) ||
          (w & R_HYPOTHETICAL && pos !== 'NOUN' && pos !== 'PROPN' && !this.agreedThing(j) && !this.namingCall(j)))
      )
        flags.hypothetical = true;
    }
    // "The Taliban denied that they had attacked …": a denial governs the that-clause it opens;
    // "demanded that Hamas renounce its struggle against Israel": a demand's clause is not done.
    if (!flags.negated && from - 1 > this.first && this.f[from - 1] === 'that') {
      const demand = this.syn.constructions.demandFrame;
      for (let j = from - 2; j >= this.first && j >= from - 7; j--) {
        const t = this.tokens[j]!;
        if (t.pos === 'VERB' && c.negatingVerbs.has(t.lemma)) flags.negated = true;
        // "Iran rejected accusations that it armed the Houthis": a claim denied is not established.
        else if (t.pos === 'NOUN' && this.syn.claimNouns.has(this.f[j]!)) {
          let v = j - 1;
          while (v >= this.first && (this.tokens[v]!.pos === 'DET' || this.tokens[v]!.pos === 'ADJ' || this.tokens[v]!.pos === 'PRON')) v--;
          if (v >= this.first && this.tokens[v]!.pos === 'VERB' && c.negatingVerbs.has(this.tokens[v]!.lemma)) flags.negated = true;
        } else if ((t.pos === 'VERB' && demand.subjunctiveVerbs.has(t.lemma)) || (t.pos === 'NOUN' && demand.nouns.has(this.f[j]!)))
          flags.hypothetical = true;
        if (t.pos === 'VERB' || t.pos === 'NOUN' || this.isBreak(j)) break;
      }
    }
    return flags;
  }
}
