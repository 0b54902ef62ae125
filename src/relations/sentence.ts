// The sentence view, third layer: verb groups. Voice (passive, reduced relatives), the agent of a
// passive, a verb's object (direct, prepositional, through an infinitive or a relative antecedent),
// and multiword trigger matching. `SentenceView` is what every pattern reads.
import type { ActorMention } from '../types.js';
import type { Trigger } from '../lexicon/relations.js';
import { ClauseView, type Subject } from './clauses.js';
import { PASSIVE_FORM } from './phrases.js';
import { isQuoteMark, R_NOUN } from './classes.js';
import { firstWords } from '../lexicon/derived.js';

export class SentenceView extends ClauseView {
  /** Is the verb at v (a trigger of `len` words) passive: "was hosted", "hosted by"? */
  isPassive(v: number, len: number): boolean {
    const after = v + len;
    // "was given prior warning by the US": an -ing form is never the passive participle.
    if (this.f[v]!.endsWith('ing')) return false;
    if (after < this.end && this.f[after] === 'by') return true;
    for (let j = v - 1; j >= this.first && j >= v - 3; j--) {
      const t = this.tokens[j]!;
      if (this.syn.passiveAuxiliaries.has(t.lemma)) return PASSIVE_FORM.test(this.f[v]!) && this.f[v] !== t.lemma;
      if (t.pos !== 'ADV' && t.pos !== 'PART') break;
    }
    return false;
  }

  /** Has the verb at v its own "be" or "get" (else a passive participle is a reduced relative)? */
  hasBeAux(v: number): boolean {
    for (let j = v - 1; j >= this.first && j >= v - 4; j--) {
      const t = this.tokens[j]!;
      if (this.syn.passiveAuxiliaries.has(t.lemma)) return true;
      if (!(t.pos === 'ADV' || t.pos === 'PART' || t.pos === 'CCONJ' || (t.pos === 'VERB' && j < v - 1) || t.pos === 'AUX')) break;
    }
    return false;
  }

  /** Agent of a passive whose verb ends before k: "by X", "in X's airstrikes", "in the shelling of X". */
  passiveAgent(k: number, past = false): ActorMention[] {
    let j = k;
    // "killed or wounded in …": skip coordinated participles and adverbs.
    while (
      j < this.end &&
      (this.tokens[j]!.pos === 'ADV' ||
        this.tokens[j]!.pos === 'PART' ||
        (this.tokens[j]!.pos === 'CCONJ' && this.tokens[j + 1]?.pos === 'VERB') ||
        (this.tokens[j]!.pos === 'VERB' && this.tokens[j - 1]?.pos === 'CCONJ'))
    )
      j++;
    // "was condemned on Friday in a UN resolution", "killed last week by": a date before the agent.
    const times = this.lex.cues.timeWords;
    if (j + 2 < this.end && this.f[j] === 'on' && times.has(this.f[j + 1]!)) j += 2;
    while (j + 1 < this.end && (times.has(this.f[j]!) || (this.f[j] === 'this' && times.has(this.f[j + 1]!)))) j++;
    if (j >= this.end) return [];
    const rel = this.lex.relations;
    let p = this.f[j]!;
    if (p !== 'by' && !rel.passiveAgentPreps.has(p)) {
      // "blacklisted as a terrorist organization by Washington": the agent further on.
      for (let n = 0, x = j; x < this.end && n < 10; x++, n++) {
        if (this.isBreak(x) || (this.tokens[x]!.pos === 'VERB' && n > 0)) return [];
        if (this.f[x] === 'by') {
          j = x;
          p = 'by';
          break;
        }
      }
    }
    if (p === 'by') {
      if (!this.isNP(j + 1)) return [];
      const g = this.groupRight(j + 1);
      // "backed by Russia and by Hezbollah": a second agent after a repeated "by".
      if (g.args.length && g.end + 2 < this.end && this.f[g.end] === 'and' && this.f[g.end + 1] === 'by' && this.isNP(g.end + 2)) {
        const more = this.groupRight(g.end + 2).args;
        if (more.length) return [...g.args, ...more];
      }
      if (g.args.length) return g.args;
      // "attacked by rebels including the Nusra Front", "by the rebels who include fighters of …":
      // unnamed fighters named by the list after them.
      const listed = this.listedAfter(this.np(j + 1)[1]);
      if (listed.length) return listed;
      // "killed by mortar fire from al-Nusra militants": the fire's source.
      const [, fb] = this.np(j + 1);
      // "recaptured by the rebels who include fighters from al-Nusra": unnamed fighters named by a list.
      if (this.syn.unnamedGroupHeads.has(this.f[fb - 1]!)) {
        const listed = this.listedAfter(fb);
        if (listed.length) return listed;
      }
      const fire = rel.passiveOfAgent.has(this.f[fb - 1]!) || (fb - 2 > j && rel.passiveOfAgent.has(`${this.f[fb - 2]} ${this.f[fb - 1]}`));
      if (fire && fb + 1 < this.end && (this.f[fb] === 'from' || this.f[fb] === 'of') && this.isNP(fb + 1))
        return this.groupRight(fb + 1).args;
      return [];
    }
    if (!rel.passiveAgentPreps.has(p) || !this.isNP(j + 1)) return [];
    return this.phraseAgent(j + 1, p, past);
  }

  /**
   * The agent named in the phrase of force at j that a passive's preposition `p` opened ("in Russian
   * air strikes", "in the shelling of X", "in strikes by the coalition"); `p` is empty for a phrase
   * coordinated without one of its own.
   */
  private phraseAgent(j: number, p: string, past: boolean): ActorMention[] {
    const rel = this.lex.relations;
    // The phrase up to its head across coordinated modifiers: "the missile and artillery shelling".
    let [a, b] = this.np(j);
    // "killed in a series of Russian air strikes", "a wave of US drone strikes": the quantity's phrase.
    if (b + 1 < this.end && this.f[b] === 'of' && this.syn.ofHeads.has(this.f[b - 1]!) && this.isNP(b + 1)) [a, b] = this.np(b + 1);
    while (b + 1 < this.end && this.tokens[b]!.pos === 'CCONJ' && this.isNP(b + 1) && !this.argsIn(a, b).args.length) b = this.np(b + 1)[1];
    // "US-led air strikes Wednesday": a trailing date is no part of the head.
    while (b - 1 > a && this.lex.cues.timeWords.has(this.f[b - 1]!)) b--;
    // "artillery shelling", "air bombing": a noun the tagger read as a verb.
    if (b < this.end && this.tokens[b]!.pos === 'VERB' && rel.passiveOfAgent.has(this.f[b]!)) b++;
    const inside = this.argsIn(a, b).args;
    const head = this.f[b - 1]!;
    const head2 = b - 2 >= a ? `${this.f[b - 2]} ${head}` : head;
    if (!rel.passiveOfAgent.has(head) && !rel.passiveOfAgent.has(head2)) {
      // "killed in Gaza by Israeli jets", "killed in northern Syria during an operation by Turkish
      // forces": past one place phrase, the agent's phrase may follow.
      if (p === 'in' && !past && b < this.end && (this.f[b] === 'by' || rel.passiveAgentPreps.has(this.f[b]!)))
        return this.passiveAgent(b, true);
      return past ? [] : this.coordinatedAgent(b);
    }
    if (inside.length) return inside;
    // "killed in Saudi-led air strikes": the leader of the strikes.
    const leaders = this.leadersIn(a, b);
    if (leaders.length) return leaders;
    if (b < this.end && (this.f[b] === 'of' || this.f[b] === 'by') && this.isNP(b + 1)) return this.groupRight(b + 1).args;
    // "killed in an Israeli strike": a bare demonym names the strike's source, as before a noun trigger.
    const demonyms = this.demonymsIn(a, b);
    if (demonyms.length) return demonyms;
    // "in a special operation carried out by the Syrian army", "in strikes conducted by the coalition".
    if (b + 1 < this.end && this.tokens[b]!.pos === 'VERB') {
      let x = b + 1;
      if (this.f[x] === 'out') x++;
      if (x + 1 < this.end && this.f[x] === 'by' && this.isNP(x + 1)) return this.groupRight(x + 1).args;
    }
    return past ? [] : this.coordinatedAgent(b);
  }

  /**
   * "killed in the fight for Hasakeh and in strikes by the US-led coalition", "… as well as strikes by
   * the coalition": the agent's phrase coordinated after a first phrase (and its own preposition's
   * object) that named none.
   */
  private coordinatedAgent(b: number): ActorMention[] {
    let x = b;
    if (x + 1 < this.end && this.tokens[x]!.pos === 'ADP' && this.f[x] !== 'by' && this.isNP(x + 1)) x = this.np(x + 1)[1];
    if (this.f[x] === 'and' || this.f[x] === 'or') x++;
    else if (this.f[x] === 'as' && this.f[x + 1] === 'well' && this.f[x + 2] === 'as') x += 3;
    else return [];
    if (x >= this.end) return [];
    const rel = this.lex.relations;
    if (this.f[x] === 'by' || rel.passiveAgentPreps.has(this.f[x]!)) return this.passiveAgent(x, true);
    // ("… as well as strikes by the coalition": a phrase of force with no preposition of its own.)
    return this.isNP(x) ? this.phraseAgent(x, '', true) : [];
  }

  /** Object of a verb trigger at k (length len): direct object, or after one of the trigger's prepositions. */
  objectOf(k: number, len: number, tr: Trigger): ActorMention[] {
    let j = k + len;
    // "fight alongside X", "side with X": the trigger's own last word introduces the other party.
    if (len > 1 && tr.targetPreps.has(tr.words[tr.words.length - 1]!) && this.isNP(j)) return this.groupRight(j).args;
    let preps = tr.targetPreps;
    // "threatened to attack the YPG": the infinitive's object.
    // ("threatened last week to …": a time phrase between.)
    if (tr.throughInfinitive) {
      let i = j;
      while (i < this.end && i < j + 3 && (this.lex.cues.timeWords.has(this.f[i]!) || this.f[i] === 'this')) i++;
      if (i > j && this.f[i] === 'to') j = i;
    }
    if (tr.throughInfinitive && this.f[j] === 'to' && j + 1 < this.end && this.tokens[j + 1]!.pos === 'VERB') {
      const inf = this.lex.relations.verbs.get(this.tokens[j + 1]!.lemma);
      // "refused to condemn Russia": declining to oppose someone is no opposition to them.
      if (tr.category === 'REJECT' && inf?.some((x) => x.relation === 'opposes')) return [];
      // "pledged to support Israel's response": a vow to back someone threatens no one.
      if (tr.category === 'THREATEN' && inf?.some((x) => x.relation === 'supports' || x.relation === 'allied_with')) return [];
      // "refused to send tanks to Ukraine", "declined to grant asylum to the rebels": declining aid
      // rejects the one it was for (PLOVER REJECT: reject a request for material aid), where the aid
      // verb's thing is named ("send tanks", not "send a delegation").
      if (tr.category === 'REJECT') {
        const aid = inf?.find((x) => x.relation === 'supports' && x.category === 'AID' && x.targetPreps.size > 0);
        if (aid && this.namesAidThing(aid, j + 2)) preps = new Set([...tr.targetPreps, ...aid.targetPreps]);
      }
      j += 2;
      // "threatened to shoot down Turkish warplanes", "to take out its radars": the verb's particle.
      if (j + 1 < this.end && this.syn.infinitiveParticles.has(this.f[j]!) && this.isNP(j + 1)) j++;
    }
    while (j < this.end && (this.tokens[j]!.pos === 'ADV' || this.tokens[j]!.pos === 'PART' || this.syn.objectParticles.has(this.f[j]!)))
      j++;
    // "killed more than 20 Daesh fighters": the quantity's phrase is the object.
    j = this.afterQuantity(j);
    if (j >= this.end) return [];
    // "Syria gas kills hundreds Security Council meets": headlines run together; a name after a bare
    // quantity that a verb follows opens the next one.
    if (this.runOnAfterQuantity(j)) return [];
    // "closed its airspace to Russian planes": the subject's own thing; the party follows it.
    const ownThing = tr.direct && tr.targetPreps.size > 0 && this.isNP(j) && this.hasPossessivePronoun(...this.np(j));
    if (ownThing) j = this.groupRight(j).end;
    else if (tr.direct && this.isNP(j) && this.tokens[j]!.pos !== 'ADP') {
      const g = this.groupRight(j);
      // "vetoed a draft UN Security Council resolution": the actor only describes the object.
      const [oa, ob] = this.pastQuantityOf(...this.np(j));
      // "rejected an Iranian proposal", "shelled Armenian villages": the object's owner.
      if ((tr.directNeedsActor || !g.args.length) && this.throughHead(tr, oa, ob)) {
        const owners = this.objectOwners(oa, ob);
        // "bombed rebel-held areas and Daesh positions": the owners of the coordinated objects.
        for (let c = ob; !owners.length && c + 1 < this.end && (this.f[c] === 'and' || this.f[c] === ',') && this.isNP(c + 1); ) {
          const [ca, cb] = this.pastQuantityOf(...this.np(c + 1));
          if (!this.throughHead(tr, ca, cb)) break;
          owners.push(...this.objectOwners(ca, cb));
          c = cb;
        }
        if (owners.length) return owners;
        // "suspended aid to Egypt": an object owned by no one; the party may follow it.
        if (tr.directNeedsActor && !tr.targetPreps.size) return [];
      }
      // "gave Ukraine 5 million euros of aid", "granted Moldova a loan": the first object is the party
      // when what follows it is counted or one of the trigger's required things ("Hezbollah fighters" is none).
      if (tr.ditransitive && g.args.length) {
        const first = this.mentionAt(this.f[oa] === 'the' ? oa + 1 : oa);
        if (first && !first.possessive && first.via !== 'demonym' && this.isArg(first) && first.endToken < ob) {
          const next = this.tokens[first.endToken]!;
          if (next.pos === 'NUM' || next.pos === 'DET' || next.pos === 'SYM' || tr.requiresAny.has(this.f[first.endToken]!)) return [first];
          // ("given Assad diplomatic cover", "extended Assad billions of dollars in credit": past
          // adjectives, or a quantity's "of".)
          let n = first.endToken;
          while (n < ob && n < first.endToken + 3 && this.tokens[n]!.pos === 'ADJ') n++;
          if (n < this.end && (tr.requiresAny.has(this.f[n]!) || (this.f[n + 1] === 'of' && this.syn.ofHeads.has(this.f[n]!))))
            return [first];
        }
      }
      // "detained dozens of Palestinians", "arrested scores of Liberian refugees": a quantity or an
      // office before "of" stands for the actor after it, as a group noun does.
      // "took 300 UN peacekeepers hostage": the required word closing the phrase is no head of it.
      const hb = ob - 1 > oa && tr.requiresAny.has(this.f[ob - 1]!) && !tr.ditransitive ? ob - 1 : ob;
      if (
        g.args.length &&
        tr.directNeedsActor &&
        !this.headIsParty(oa, hb) &&
        !this.groupHeadAt(ob) &&
        !(ob < this.end && this.f[ob] === 'of' && ob > oa && this.isGroupHead(ob - 1))
      )
        return [];
      // ("received considerable US support" is no meeting by the check above: the meeting verbs need
      // a party as their object.) "received dozens of Iranian weapons": what is received is a party
      // only when it names one, whatever quantity stands before it.
      // ("received Russian and Iranian support": demonyms that share the last one's head.)
      const [sa, sb] = this.sharedHeadPhrase(oa, ob);
      if (
        g.args.length &&
        tr.relation === 'met' &&
        this.tokens[k]!.lemma === 'receive' &&
        !this.headIsParty(sa, sb) &&
        !this.groupHeadAt(sb) &&
        !this.lex.cues.groupNouns.has(this.tokens[sb - 1]!.lemma)
      )
        return [];
      // "received German tanks", "hosts US troops": a state's forces or arms taken in are no meeting.
      // (The forces themselves: "a Russian military delegation" is a party.) Nor are those of states
      // coordinated before them ("received German and British tanks").
      if (tr.relation === 'met' && (this.tokens[k]!.lemma === 'receive' || this.tokens[k]!.lemma === 'host')) {
        if (g.args.length === 1 && g.args[0]!.sector === 'MIL' && this.endsPhrase(g.args[0]!, ob)) return [];
        if (g.args.length > 1 && g.args.every((x) => x.sector === 'MIL')) return [];
      }
      if (g.args.length) return g.args;
      const listed = this.listedAfter(ob);
      if (listed.length) return listed;
      if (tr.relation === 'attacks') {
        const more = this.coordinatedObject(ob);
        if (more.length) return more;
      }
      if (!tr.targetPreps.size) return [];
      j = g.end;
    }
    for (let n = 0; j < this.end && n < 10; j++, n++) {
      if (this.isBreak(j)) return [];
      const t = this.tokens[j]!;
      if (t.pos === 'VERB' && n > 0) return [];
      // "take it with support from the coalition": a preposition right after a relation noun in a
      // "with" adjunct is that noun's.
      if (this.cls[j - 1]! & R_NOUN && this.tokens[j - 1]!.pos === 'NOUN' && (this.f[j - 2] === 'with' || this.f[j - 3] === 'with'))
        continue;
      // "fired rockets in retaliation for Israeli strikes on Lebanon": a later target is the answered deed's.
      if (tr.relation === 'attacks' && t.pos === 'NOUN' && this.syn.reactionNouns.has(this.f[j]!)) return [];
      // "funded rebel groups opposed to Assad": the preposition is the adjective's.
      if (this.syn.governingAdjectives.has(this.f[j]!) && j + 1 < this.end && this.tokens[j + 1]!.pos === 'ADP') return [];
      // "blew himself up near a Jaish al-Islam position": a place phrase that reaches the target
      // only through a thing it owns.
      if (tr.ownedPreps.size && tr.ownedPreps.has(this.f[j]!) && t.pos === 'ADP' && this.isNP(j + 1)) {
        const [pa, pb] = this.np(j + 1);
        if (this.throughHead(tr, pa, pb)) return this.objectOwners(pa, pb);
      }
      // ("launched an operation on Tuesday the Yemeni army said": a day is no target.)
      if (
        preps.has(this.f[j]!) &&
        (t.pos === 'ADP' || t.pos === 'SCONJ' || t.pos === 'ADV') &&
        this.isNP(j + 1) &&
        !this.lex.cues.timeWords.has(this.f[j + 1]!)
      ) {
        const g = this.groupRight(j + 1);
        // "met on Sunday, with Britain and France demanding …": "with" and a participle of speech or
        // blame open a clause of its own; its actors are no party to the verb.
        if (this.f[j] === 'with' && g.args.length && this.speakingParticipleAt(g.end)) return [];
        if (g.args.length) return g.args;
        const [pa, pb] = this.np(j + 1);
        if (this.throughHead(tr, pa, pb)) return this.objectOwners(pa, pb);
        // "advanced against the rebels and Daesh": a named last conjunct after unnamed fighters, as
        // for a direct object; the actor must head its phrase ("the Hamadaniyeh area and al-Assad
        // suburb" are places).
        if (tr.relation === 'attacks' && this.unnamedFightersHead(pb - 1)) {
          const more = this.coordinatedObject(pb).filter((m) => this.np(m.firstToken)[1] === m.endToken);
          if (more.length) return more;
        }
        return this.listedAfter(pb);
      }
    }
    return [];
  }

  /** Is token k an -ing participle of speech or of an `opposes` verb ("demanding", "accusing", "saying")? */
  private speakingParticipleAt(k: number): boolean {
    const t = this.tokens[k];
    return t !== undefined && t.pos === 'VERB' && this.f[k]!.endsWith('ing') && this.saysOrBlames(t.lemma);
  }

  /** Does one of an aid trigger's required things ("tanks", "asylum") follow at k, before a preposition or a verb? */
  private namesAidThing(aid: Trigger, k: number): boolean {
    if (!aid.requiresAny.size) return true;
    for (let n = 0; k < this.end && n < 6; k++, n++) {
      const t = this.tokens[k]!;
      if (this.isBreak(k) || t.pos === 'VERB' || t.pos === 'ADP') return false;
      if (aid.requiresAny.has(this.f[k]!)) return true;
    }
    return false;
  }

  /** Is token j a noun of the attacks relation ("strikes", "retaliation", "shelling")? */
  isAttackNoun(j: number): boolean {
    const list = this.lex.relations.nouns.get(this.f[j]!) ?? this.lex.relations.nouns.get(this.tokens[j]!.lemma);
    return list !== undefined && list.some((x) => x.relation === 'attacks' && x.words.length === 1);
  }

  /**
   * The phrase whose head the bare demonym [a, b) shares with the demonyms coordinated after it
   * ("Russian and Iranian support"), else [a, b).
   */
  sharedHeadPhrase(a: number, b: number): [number, number] {
    const m = this.mentionAt(a);
    if (b !== a + 1 || !m || m.via !== 'demonym' || m.sector) return [a, b];
    let c = b;
    while (c + 1 < this.end && (this.f[c] === 'and' || this.f[c] === ',') && this.mentionAt(c + 1)?.via === 'demonym') {
      const [x, y] = this.np(c + 1);
      if (y > c + 2) return [x, y];
      c = y;
    }
    return [a, b];
  }

  /** Is the phrase at j a bare quantity ("hundreds", "20") run into a name that a headline's verb follows? */
  private runOnAfterQuantity(j: number): boolean {
    const t = this.tokens[j];
    if (!t || !(t.pos === 'NUM' || this.syn.ofHeads.has(this.f[j]!)) || j + 1 >= this.end) return false;
    const m = this.mentionAt(j + 1);
    if (!m || m.firstToken !== j + 1 || m.endToken >= this.end) return false;
    const v = this.tokens[m.endToken]!;
    // (A headline's present: "meets"; "250 Syrian troops taken hostage" is a participle.)
    const f = this.f[m.endToken]!;
    return v.pos === 'VERB' && f.endsWith('s') && !f.endsWith('ss');
  }

  /** The start of "one of" before the phrase at a ("Iran, one of Assad's closest allies"), else a. */
  pastOneOf(a: number): number {
    return a - 2 >= this.first && this.f[a - 1] === 'of' && this.f[a - 2] === 'one' ? a - 2 : a;
  }

  /**
   * The start of the phrase at a0 taken back over the bare demonyms listed before it, and the
   * possessive before them: "its Russian and Iranian allies", "their Russian, Iranian backers".
   * (Bare demonyms only: "Syrian forces and their Russian ally" names Syria's forces, no ally.)
   */
  withListedDemonyms(a0: number): number {
    const bare = (m: ActorMention | undefined) => m?.via === 'demonym' && !m.sector && m.endToken === m.firstToken + 1;
    let a = a0;
    while (a - 2 >= this.first && (this.f[a - 1] === 'and' || this.f[a - 1] === ',') && bare(this.mentionAt(a - 2)))
      a = this.mentionAt(a - 2)!.firstToken;
    if (a < a0 && a - 1 >= this.first && this.syn.actorPossessives.has(this.f[a - 1]!)) a--;
    return a;
  }

  /** The noun phrase at k across a degree adverb before an adjective ("Tehran's most powerful ally"), where np() stops. */
  npAcrossAdverbs(k: number): [number, number] {
    let [a, b] = this.np(k);
    while (a - 2 >= this.first && this.tokens[a - 1]!.pos === 'ADV' && this.tokens[a]!.pos === 'ADJ' && this.isNP(a - 2)) {
      const [pa, pb] = this.np(a - 2);
      if (pb !== a - 1) break;
      a = pa;
    }
    return [a, b];
  }

  /**
   * The actors a phrase ending before b lists after it, where it names none itself: "foreign
   * ministers including from Japan, South Korea and Australia", "groups such as the YPG".
   */
  listedAfter(b: number): ActorMention[] {
    let j = b;
    // ("such" may have been read into the phrase before "as": "jihadist groups such as …".)
    if (j - 1 > this.first && j < this.end && this.f[j - 1] === 'such' && this.f[j] === 'as') j--;
    if (j < this.end && this.f[j] === ',') j++;
    // ("rebels who include fighters of the Nusra Front": the list in a relative clause.)
    if (j + 1 < this.end && (this.f[j] === 'who' || this.f[j] === 'which' || this.f[j] === 'that') && this.f[j + 1]!.startsWith('includ'))
      j++;
    // ("rebel factions in northern Syria including Ahrar al-Sham": past a place phrase before the list.)
    if (j + 1 < this.end && this.syn.placePreps.has(this.f[j]!) && this.isNP(j + 1)) {
      const p = this.np(j + 1)[1];
      if (p < this.end && firstWords(this.syn.listOpeners).has(this.f[p]!)) j = p;
    }
    // (Two words are joined only where an opener starts.)
    if (j >= this.end || !firstWords(this.syn.listOpeners).has(this.f[j]!)) return [];
    const two = j + 1 < this.end ? `${this.f[j]} ${this.f[j + 1]}` : '';
    if (this.syn.listOpeners.has(two)) j += 2;
    else if (this.syn.listOpeners.has(this.f[j]!)) j++;
    else return [];
    if (j < this.end && (this.f[j] === 'from' || this.f[j] === 'of')) j++;
    // (A possessor is no item of the list: "extremists from al-Qaeda's former affiliate".)
    return j < this.end && this.isNP(j) ? this.groupRight(j).args.filter((m) => !m.possessive) : [];
  }

  /**
   * The actors of a later conjunct of an object that names none, ending before b: "killed three
   * civilians and two Hezbollah fighters", "guards, employees and members of the NDF". The conjunct
   * comes after "and" and no verb follows it ("… and Hezbollah fired" is a new clause).
   */
  coordinatedObject(b: number): ActorMention[] {
    for (let c = b, n = 0; c + 1 < this.end && n < 6 && (this.f[c] === ',' || this.f[c] === 'and'); n++) {
      let x = c + 1;
      if (this.f[c] === ',' && this.f[x] === 'and') x++;
      if (!this.isNP(x)) return [];
      const [ca, cb] = this.np(x);
      if (this.f[x - 1] === 'and') {
        if (cb < this.end && (this.tokens[cb]!.pos === 'VERB' || this.tokens[cb]!.pos === 'AUX')) return [];
        return this.groupRight(ca).args;
      }
      c = cb;
    }
    return [];
  }

  /** Is [a, b) an object through which the trigger reaches its owner ("an Iranian proposal")? */
  throughHead(tr: Trigger, a: number, b: number): boolean {
    if (b <= a) return false;
    if (this.syn.objectHeads.get(tr.relation)?.has(this.f[b - 1]!) === true) return true;
    // "shelled Jobar, held by Faylaq al-Rahman": a place named by its name, its holder after it.
    return tr.relation === 'attacks' && this.tokens[b - 1]!.pos === 'PROPN' && this.holdersAfter(b).length > 0;
  }

  /**
   * The holders named right after a thing ending before b: "held by the FSA", ", controlled by IS"
   * (syntax.json ownerPhrases, after a comma too), "under Daesh control", "under the control of
   * Daesh"; else none.
   */
  holdersAfter(b: number): ActorMention[] {
    let o = b;
    if (o < this.end && this.f[o] === ',') o++;
    if (
      o + 2 < this.end &&
      firstWords(this.syn.ownerPhrases).has(this.f[o]!) &&
      this.syn.ownerPhrases.has(`${this.f[o]} ${this.f[o + 1]}`) &&
      this.isNP(o + 2)
    )
      return this.groupRight(o + 2).args;
    if (o === b && o + 2 < this.end && this.f[o] === 'under' && this.isNP(o + 1)) {
      const [ca, cb] = this.np(o + 1);
      if (this.f[cb - 1] !== 'control') return [];
      // "under Daesh control", "under the control of Daesh".
      const inside = this.argsIn(ca, cb).args;
      if (inside.length) return inside;
      if (cb + 1 < this.end && this.f[cb] === 'of' && this.isNP(cb + 1)) return this.groupRight(cb + 1).args;
    }
    return [];
  }

  /** Does mention m end the phrase ending before b, but for a time phrase ("US troops last month")? */
  private endsPhrase(m: ActorMention, b: number): boolean {
    let e = b;
    while (e > m.endToken && (this.lex.cues.timeWords.has(this.f[e - 1]!) || this.f[e - 1] === 'this')) e--;
    return e === m.endToken;
  }

  /** Is the phrase [a, b) a thing of a possessive pronoun's, naming no actor ("its airspace", not "his Syrian counterpart")? */
  private hasPossessivePronoun(a: number, b: number): boolean {
    let pronoun = false;
    for (let k = a; k < b; k++) {
      if (this.acts.tokenMention[k] !== -1) return false;
      if (this.syn.actorPossessives.has(this.f[k]!) && this.tokens[k]!.pos === 'PRON') pronoun = true;
    }
    return pronoun;
  }

  /**
   * The actors owning an object phrase [a, b): named in it ("an Iranian proposal", "France's
   * ambassador", "its cities") or after it ("calls by Belarus's rulers", "the demands of Qatar").
   * A bare demonym counts here, where elsewhere it only describes.
   */
  objectOwners(a: number, b: number): ActorMention[] {
    // "a Syrian town held by Daesh", "supplies belonging to IS": the holder named after the object
    // owns it, whatever demonym describes it.
    const holders = this.holdersAfter(b);
    if (holders.length) return holders;
    const owners: ActorMention[] = [];
    for (let k = a; k < b; k++) {
      const possessor = this.pronounPossessor(k);
      if (possessor) {
        for (const m of possessor) if (!owners.includes(m)) owners.push(m);
        continue;
      }
      const m = this.mentionAt(k);
      if (
        m &&
        (!m.generic || (m.via === 'demonym' && !m.sector)) &&
        (!this.compoundModifiers.has(m) || this.holds(m) || this.leadsDeed(m, b)) &&
        !owners.includes(m)
      )
        owners.push(m);
    }
    if (!owners.length && b + 1 < this.end && (this.f[b] === 'by' || this.f[b] === 'of' || this.f[b] === 'from') && this.isNP(b + 1))
      return this.groupRight(b + 1).args;
    // "the massacre carried out by Russian warplanes", "crimes committed by the regime": the deed's agent.
    if (
      !owners.length &&
      b + 2 < this.end &&
      this.tokens[b]!.pos === 'VERB' &&
      this.syn.constructions.attribution.agentVerbs.has(this.tokens[b]!.lemma)
    ) {
      const by = this.f[b + 1] === 'out' ? b + 2 : b + 1;
      const bare = by === b + 1 && this.syn.constructions.attribution.withParticle.has(this.tokens[b]!.lemma);
      if (!bare && by + 1 < this.end && this.f[by] === 'by' && this.isNP(by + 1)) return this.groupRight(by + 1).args;
    }
    return owners;
  }

  /**
   * Are ms all bodies (organizations: "NATO", "the EU"), none a state or a group? Before an ally noun
   * such a body is an alliance its members are in ("NATO allies Poland and Lithuania").
   */
  allBodies(ms: readonly ActorMention[]): boolean {
    return ms.length > 0 && ms.every((m) => this.acts.actors.get(m.actor)?.type === 'organization');
  }

  /** "dozens of refining stations used by ISIS": past a quantity's "of", the phrase it counts; else [a, b). */
  private pastQuantityOf(a: number, b: number): [number, number] {
    if (b + 1 < this.end && this.f[b] === 'of' && this.syn.ofHeads.has(this.f[b - 1]!) && this.isNP(b + 1)) return this.np(b + 1);
    return [a, b];
  }

  /** Is the compound actor m the leader of a deed that heads its phrase, ending before b ("the Saudi-led blockade")? */
  private leadsDeed(m: ActorMention, b: number): boolean {
    const p = m.endToken + 1;
    if (!(p < this.end && this.f[m.endToken] === '-' && this.syn.leadingCompounds.has(this.f[p]!))) return false;
    const head = this.f[b - 1]!;
    return this.lex.relations.nouns.has(head) || this.syn.constructions.demandFrame.stoppedDeeds.has(head);
  }

  /** Is the compound actor m the holder of what its phrase names ("IS-held", "Houthi-controlled")? */
  private holds(m: ActorMention): boolean {
    const p = m.endToken + 1;
    return p < this.end && this.f[m.endToken] === '-' && this.syn.ownerCompounds.has(this.f[p]!);
  }

  /**
   * The object of an active verb trigger; with a required word and no object, the antecedent of the
   * relative pronoun before the subject ("the YPG, which Turkey considers a terrorist group").
   */
  verbObjects(k: number, len: number, tr: Trigger, subj: Subject): ActorMention[] {
    const objects = this.objectOf(k, len, tr);
    if (objects.length || !tr.requires.size) return objects;
    const rel = subj.start - 1;
    if (rel >= this.first && this.lex.cues.relativePronouns.has(this.f[rel]!)) {
      const c = this.antecedentEnd(rel);
      if (c >= this.first && this.isNP(c)) {
        const [na, nb] = this.np(c);
        return this.argsIn(na, nb).args;
      }
    }
    return objects;
  }

  /**
   * The last token of the phrase a relative pronoun at `rel` stands for: right before it, past a
   * comma, and past an acronym in brackets that restates it ("the Kurdistan Workers' Party (PKK),
   * which Turkey considers …"); below `first` where there is none.
   */
  antecedentEnd(rel: number): number {
    let c = rel - 1;
    if (c >= this.first && this.tokens[c]!.text === ',') c--;
    return this.pastRestatedAcronym(c);
  }

  /**
   * Is token k a verb of `lemmas`, or its past participle that the tagger read as an adjective
   * ("mediated", "brokered": wink does so now and then)?
   */
  isVerbOf(k: number, lemmas: ReadonlySet<string>): boolean {
    const t = this.tokens[k]!;
    if (t.pos === 'VERB') return lemmas.has(t.lemma);
    const f = this.f[k]!;
    return t.pos === 'ADJ' && f.endsWith('ed') && (lemmas.has(f.slice(0, -1)) || lemmas.has(f.slice(0, -2)));
  }

  /**
   * Is the head of the complement after the direct object at j one of `words` ("considers the YPG a
   * key partner", "sees the SDF as its most effective partner")?
   */
  complementHeadIn(j: number, words: Set<string>): boolean {
    while (j < this.end && this.tokens[j]!.pos === 'ADV') j++;
    if (j >= this.end || !this.isNP(j)) return false;
    const [oa, ob] = this.np(j);
    // ("the YPG a key partner": the tagger may make one phrase of the object and its complement.)
    for (let d = oa + 1; d < ob; d++)
      if (this.tokens[d]!.pos === 'DET' && this.argsIn(oa, d).args.length) return words.has(this.f[ob - 1]!);
    let c = ob;
    if (c < this.end && this.f[c] === 'as') c++;
    // The complement's head: its last noun past determiners, possessives, adverbs and adjectives.
    while (c < this.end && c < ob + 6 && /^(DET|PRON|ADV|ADJ|NUM)$/.test(this.tokens[c]!.pos)) c++;
    if (c >= this.end || this.tokens[c]!.pos !== 'NOUN') return false;
    while (c + 1 < this.end && this.tokens[c + 1]!.pos === 'NOUN') c++;
    return words.has(this.f[c]!) || words.has(this.tokens[c]!.lemma);
  }

  /** Does one of `words` (form or lemma) follow token k in its clause, within 12 tokens (and before a word of `stop`)? */
  requiresWord(k: number, words: Set<string>, stop?: Set<string>): boolean {
    for (let j = k; j < this.end && j < k + 12; j++) {
      if (this.isBreak(j) && j > k) break;
      if (stop?.has(this.f[j]!) && j > k) break;
      if (words.has(this.f[j]!) || words.has(this.tokens[j]!.lemma)) return true;
    }
    return false;
  }

  /**
   * Do the tokens from k read `words` (by lemma for verbs; nouns by form, or lemma when tagged nouns)?
   * The token after the match (past determiners skipped inside it), or -1.
   */
  matchWords(k: number, words: string[], useLemma: boolean): number {
    let j = k;
    for (let w = 0; w < words.length; w++) {
      // Allow a determiner inside multiword verbs ("hold a meeting"): skip it in the text.
      while (w > 0 && j < this.end && this.syn.triggerDeterminers.has(this.f[j]!) && words[w] !== this.f[j]) j++;
      if (j >= this.end) return -1;
      // Nouns match their lemma only when tagged as nouns: "according" is no "accord".
      const t = this.tokens[j]!;
      const nounish = t.pos === 'NOUN' || t.pos === 'PROPN';
      const ok = useLemma ? t.lemma === words[w] || this.f[j] === words[w] : this.f[j] === words[w] || (nounish && t.lemma === words[w]);
      if (!ok) return -1;
      j++;
    }
    return j;
  }

  /**
   * '"Hamas is a terrorist organization. It has to be destroyed," Netanyahu told reporters': a sentence
   * that opens a quotation it does not close is the words of the speaker named where the quotation
   * closes (within the next 80 tokens): the actor right after the closing mark and before a speech
   * verb ("…," Netanyahu said), or right after that verb ("…," said Netanyahu). None elsewhere.
   */
  speakerAfterQuote(): ActorMention[] {
    const speech = this.lex.cues.speechVerbs;
    const negation = this.lex.cues.negation;
    if (!isQuoteMark(this.f[this.first]!)) return [];
    for (let j = this.first + 1; j < this.end; j++) if (isQuoteMark(this.f[j]!)) return [];
    const tokens = this.doc.tokens;
    const { tokenMention, mentions } = this.acts;
    const last = Math.min(tokens.length, this.end + 80);
    for (let j = this.end; j < last; j++) {
      if (!isQuoteMark(tokens[j]!.text)) continue;
      // (An opening mark: the quotation closed nowhere before another one starts.)
      if (j + 1 < last && tokens[j + 1]!.start === tokens[j]!.end && /\w/.test(tokens[j + 1]!.text)) return [];
      let k = j + 1;
      if (k < last && tokens[k]!.text === ',') k++;
      const verbAt = (x: number) => x < last && tokens[x]!.pos === 'VERB' && speech.has(tokens[x]!.lemma);
      // '…," said Netanyahu': the speaker after the verb.
      const after = verbAt(k) ? k + 1 : k;
      const found: ActorMention[] = [];
      for (let x = after; x < last && x < after + 8; x++) {
        const m = tokenMention[x]!;
        if (m !== -1) {
          const mention = mentions[m]!;
          if (!mention.modifier && !mention.generic && !found.includes(mention)) found.push(mention);
          x = mention.endToken - 1;
          continue;
        }
        if (after === k && verbAt(x)) return found.length ? [found[found.length - 1]!] : [];
        // ('"…," the coalition did not say': no words of its.)
        if (negation.has(this.doc.folded[x]!)) return [];
        if (after !== k) return found.length ? [found[0]!] : [];
        if (tokens[x]!.pos === 'VERB' || tokens[x]!.text === '.' || isQuoteMark(tokens[x]!.text)) return [];
      }
      return [];
    }
    return [];
  }

  /** The text of tokens a..b inclusive, as written (the trigger words of an event). */
  textOf(a: number, b: number): string {
    return this.doc.text.slice(this.tokens[a]!.start, this.tokens[b]!.end);
  }
}
