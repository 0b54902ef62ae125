// Parses and checks the "objectHeads" and "constructions" sections of syntax.json: the words of the
// relation patterns that no single trigger word carries (demands, conditional threats, vetoes,
// allies named by apposition, deals brokered together), each with the relation and PLOVER category
// of the events it gives.
import type { QuadClass, RelationType } from '../types.js';
import { RELATION_TYPES } from '../types.js';
import { foldKey } from '../nlp/shadow.js';
import { newTrigger, PLOVER_QUAD, type Trigger } from './relations.js';

export interface DemandFrameWords {
  trigger: Trigger;
  /** Verbs whose that-clause states what is wanted, not what is done. */
  subjunctiveVerbs: Set<string>;
  /** Acts that, asked of a third party, make the speaker a supporter of their object. */
  supportiveActs: Set<string>;
  supportiveTrigger: Trigger;
  speakers: Set<string>;
  appeals: Set<string>;
  hostileActs: Set<string>;
  particles: Map<string, Set<string>>;
  openers: Set<string>;
  nouns: Set<string>;
  /** Nouns of a demanded act whose owner is the one asked ("demanded Russia's withdrawal"). */
  actNouns: Set<string>;
  /** Nouns of stopping whose 'to'/'of' phrase names a hostile deed of the one asked ("an end to Russian airstrikes"). */
  stopNouns: Set<string>;
  /** Nouns of inquiry whose "into"/"of" phrase names a deed asked to be looked into ("an investigation into Russian strikes"). */
  inquiryNouns: Set<string>;
  /** The heads of those deeds. */
  stoppedDeeds: Set<string>;
  /** Hostile measures asked for against an actor ("called for sanctions against Syria"). */
  measures: Set<string>;
  /** Heads through whose "for" the measure is asked ("approval for strikes on Syria"). */
  measureHops: Set<string>;
  /** Verbs beside the demand verbs and appeals that ask for a measure ("sought sanctions on Iran"). */
  measureVerbs: Set<string>;
  /** Verbs that want an act of another done ('wants Assad's ouster', 'seeks the removal of Maduro'). */
  actSeekers: Set<string>;
}

export interface Constructions {
  attribution: {
    trigger: Trigger;
    responsible: Set<string>;
    bearing: Set<string>;
    agentVerbs: Set<string>;
    /** Agent verbs that are one only with their particle ("carried out by", not "carried by"). */
    withParticle: Set<string>;
    verdicts: Set<string>;
    /** Verbs whose subject does a wrong, by lemma, with the object words that make it one (none: any object). */
    deeds: Map<string, Set<string>>;
    /** Deed verbs whose deed is their infinitive ("failed to protect civilians"). */
    deedInfinitives: Set<string>;
    /** Speech verbs that accuse: any force or arming they report is laid on its doer ("Sudan charged that Eritrea was arming rebels"). */
    accusingSpeech: Set<string>;
    /** Verbs whose object deed a verdict word after it condemns ("called Japan's move a provocation"). */
    verdictVerbs: Set<string>;
    /** Nouns of a verdict's kind before "of": "an act of aggression", "a clear case of interference". */
    verdictKinds: Set<string>;
    /** Verbs beside the speech verbs whose subject lays the blame ("the inquiry found …"). */
    findingVerbs: Set<string>;
    /** Words of a label that, said of the subject of "be", accuse it ("the YPG is a terrorist organization"). */
    labels: Set<string>;
  };
  gratitude: { trigger: Trigger; verbs: Set<string>; for: Set<string> };
  backerNoun: { trigger: Trigger; nouns: Set<string>; places: Set<string> };
  mediation: { trigger: Trigger; verbs: Set<string>; nouns: Set<string> };
  demandFrame: DemandFrameWords;
  conditionalThreat: { trigger: Trigger; verbs: Set<string>; conditions: Set<string> };
  veto: { trigger: Trigger; verbs: Set<string>; measures: Set<string>; against: Set<string>; demands: Set<string>; aimVerbs: Set<string> };
  accusationThat: { trigger: Trigger; nouns: Set<string>; blameNouns: Set<string>; impersonal: Set<string>; verbs: Set<string> };
  allyPhrase: {
    trigger: Trigger;
    nouns: Set<string>;
    groupings: Set<string>;
    memberPreps: Set<string>;
    /** Prepositions after which a grouping is only talked about ("talks on an alliance between …"). */
    topicPreps: Set<string>;
    /** Words after a named grouping that list its members ("the Army of Conquest, which includes …"). */
    namedMemberPreps: Set<string>;
    client: Trigger;
    clients: Set<string>;
    /** Verbs of being before "allied"/"aligned" ("remain closely aligned"). */
    copulas: Set<string>;
  };
  brokeredDeal: { trigger: Trigger; meeting: Trigger; verbs: Set<string>; byVerbs: Set<string>; deals: Set<string>; meetings: Set<string> };
  thanksTo: { trigger: Trigger; openers: Set<string>; nouns: Set<string> };
  casualtyList: { trigger: Trigger; heads: Set<string> };
  frontedMeeting: { trigger: Trigger; preps: Set<string>; heads: Set<string>; with: Set<string> };
  toldByPhone: { trigger: Trigger; verbs: Set<string>; preps: Set<string>; heads: Set<string> };
  reproach: { trigger: Trigger; modals: Set<string>; demandingVerbs: Set<string> };
  hostedMeeting: { trigger: Trigger; verbs: Set<string>; heads: Set<string>; partaking: Set<string> };
  consequenceThreat: {
    trigger: Trigger;
    verbs: Set<string>;
    modals: Set<string>;
    objects: Map<string, Set<string>>;
    /** Verbs whose subject, announcing its own use of force, threatens (patterns/force-intent.ts). */
    intents: Set<string>;
  };
  /** companions: words joining an actor to the subject ("together with"); companionRelations: the relations of the verbs they do so for. */
  jointAction: {
    trigger: Trigger;
    adverbs: Set<string>;
    companions: Set<string>;
    companionRelations: Set<string>;
    /** Verbs whose coordinated subject founds a grouping together ("X and Y formed a new alliance"). */
    formingVerbs: Set<string>;
    /** Words before a grouping its members belong to ("are part of", "both members of"). */
    membersOf: Set<string>;
    /** Words before membersOf in apposition ("both", "all"). */
    sharers: Set<string>;
  };
  reliance: { trigger: Trigger; verbs: Set<string>; adjectives: Set<string> };
  loyalTo: { trigger: Trigger; adjectives: Set<string>; verbs: Set<string> };
  diedIn: { trigger: Trigger; verbs: Set<string> };
  reportedStrike: { trigger: Trigger; verbs: Set<string>; voices: Set<string> };
  bannedIn: { trigger: Trigger; verbs: Set<string>; descriptors: Set<string> };
  helpingDeed: { trigger: Trigger; verbs: Set<string>; nouns: Set<string> };
  designatedBy: { trigger: Trigger; verbs: Set<string>; marks: Set<string>; descriptors: Set<string> };
  pitted: { trigger: Trigger; verbs: Set<string>; subjects: Set<string> };
  fightingToll: {
    trigger: Trigger;
    verbs: Set<string>;
    subjects: Set<string>;
    tollOpeners: Set<string>;
    results: Set<string>;
    sameSide: Set<string>;
  };
  lostTo: { trigger: Trigger; verbs: Set<string>; grounds: Set<string>; holdings: Set<string> };
  /** verbs: the claiming verbs (lemmas); nouns: what is claimed for a deed ("responsibility for"); relatives: the pronouns opening the deed's clause. */
  claimedDeed: { verbs: Set<string>; nouns: Set<string>; relatives: Set<string> };
  /** heads: the group nouns after "be" whose trigger participle is the copula subject's deed. */
  copulaParticiple: { heads: Set<string> };
  /** preps: the adjunct's first word; heads: the help nouns heading its phrase. */
  frontedSupport: { trigger: Trigger; preps: Set<string>; heads: Set<string> };
  /** nouns: the deeds of force a compound or a participle with "by" backs; preps/verbs: "with"/"in" after a verb of taking ground; launchVerbs: verbs whose object the deed is. */
  backedDeed: {
    trigger: Trigger;
    nouns: Set<string>;
    participles: Set<string>;
    preps: Set<string>;
    verbs: Set<string>;
    launchVerbs: Set<string>;
    /** Participles after "be" whose subject takes part ("is involved in a US-backed offensive"). */
    partakingParticiples: Set<string>;
  };
  /** nouns: the received-criticism nouns that are gunfire between armed actors ("came under fire from"). */
  armedFire: { trigger: Trigger; nouns: Set<string> };
}

function fail(file: string, msg: string): never {
  throw new Error(`actorgraph/lexicon: ${file}: ${msg}`);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function words(file: string, where: string, v: unknown): Set<string> {
  if (!Array.isArray(v) || !v.length || v.some((x) => typeof x !== 'string' || !x.trim()))
    fail(file, `${where} must be a non-empty list of non-empty strings`);
  return new Set((v as string[]).map(foldKey));
}

/** The trigger a construction's events carry: only its relation, category and quad are read. */
export function triggerOf(file: string, where: string, relation: unknown, category: unknown, word: string): Trigger {
  if (!RELATION_TYPES.includes(relation as RelationType) || relation === 'member_of')
    fail(file, `${where}.relation must be one of ${RELATION_TYPES.filter((r) => r !== 'member_of').join(', ')}`);
  if (typeof category !== 'string' || !(category in PLOVER_QUAD))
    fail(file, `${where}.category must be a PLOVER category (${Object.keys(PLOVER_QUAD).join(', ')})`);
  return newTrigger({
    kind: 'verb',
    relation: relation as RelationType,
    category,
    quad: PLOVER_QUAD[category] as QuadClass | null,
    words: [word],
    targetPreps: new Set(),
    ownedPreps: new Set(),
    agentPreps: new Set(),
    direct: false,
    directNeedsActor: false,
    mutual: false,
    mutualPreps: new Set(),
    appositive: false,
    onlyWithAgent: false,
    ownSource: false,
    requires: new Set(),
    requiresComplement: false,
    requiresAny: new Set(),
    requiresBefore: new Set(),
    speech: false,
    throughInfinitive: false,
    capitalIsPlace: false,
    ditransitive: false,
    unarmedTargets: false,
  });
}

function section(file: string, raw: Record<string, unknown>, name: string): Record<string, unknown> {
  const v = raw[name];
  if (!isObject(v)) fail(file, `constructions.${name} must be an object`);
  return v;
}

/** objectHeads: relation → the object heads through which it reaches the object's owner. */
export function parseObjectHeads(file: string, raw: unknown): Map<string, Set<string>> {
  if (!isObject(raw)) fail(file, '"objectHeads" must be an object of word lists by relation');
  const m = new Map<string, Set<string>>();
  for (const [relation, list] of Object.entries(raw)) {
    if (relation.startsWith('$')) continue;
    if (!RELATION_TYPES.includes(relation as RelationType)) fail(file, `objectHeads.${relation}: not a relation`);
    m.set(relation, words(file, `objectHeads.${relation}`, list));
  }
  return m;
}

/** The "constructions" section of syntax.json, checked. */
export function parseConstructions(file: string, raw: unknown): Constructions {
  if (!isObject(raw)) fail(file, '"constructions" must be an object');
  const d = section(file, raw, 'demandFrame');
  const particles = new Map<string, Set<string>>();
  if (!isObject(d.particles)) fail(file, 'constructions.demandFrame.particles must be an object of word lists');
  for (const [act, list] of Object.entries(d.particles))
    particles.set(foldKey(act), words(file, `constructions.demandFrame.particles.${act}`, list));
  const hostileActs = words(file, 'constructions.demandFrame.hostileActs', d.hostileActs);
  for (const act of particles.keys())
    if (!hostileActs.has(act)) fail(file, `constructions.demandFrame.particles.${act}: "${act}" is not one of hostileActs`);
  const at = section(file, raw, 'attribution');
  if (!isObject(at.deeds)) fail(file, 'constructions.attribution.deeds must be an object of word lists');
  const deeds = new Map<string, Set<string>>();
  for (const [verb, list] of Object.entries(at.deeds))
    deeds.set(
      foldKey(verb),
      Array.isArray(list) && !list.length ? new Set() : words(file, `constructions.attribution.deeds.${verb}`, list),
    );
  const gr = section(file, raw, 'gratitude');
  const bk = section(file, raw, 'backerNoun');
  const med = section(file, raw, 'mediation');
  const t = section(file, raw, 'conditionalThreat');
  const v = section(file, raw, 'veto');
  const ac = section(file, raw, 'accusationThat');
  const a = section(file, raw, 'allyPhrase');
  const b = section(file, raw, 'brokeredDeal');
  const th = section(file, raw, 'thanksTo');
  const cl = section(file, raw, 'casualtyList');
  const fm = section(file, raw, 'frontedMeeting');
  const tp = section(file, raw, 'toldByPhone');
  const rp = section(file, raw, 'reproach');
  const hm = section(file, raw, 'hostedMeeting');
  const ct = section(file, raw, 'consequenceThreat');
  if (!isObject(ct.objects)) fail(file, 'constructions.consequenceThreat.objects must be an object of word lists');
  const ctVerbs = words(file, 'constructions.consequenceThreat.verbs', ct.verbs);
  const ctObjects = new Map<string, Set<string>>();
  for (const [verb, list] of Object.entries(ct.objects)) {
    if (!ctVerbs.has(foldKey(verb))) fail(file, `constructions.consequenceThreat.objects.${verb}: "${verb}" is not one of verbs`);
    ctObjects.set(foldKey(verb), words(file, `constructions.consequenceThreat.objects.${verb}`, list));
  }
  const ja = section(file, raw, 'jointAction');
  const rl = section(file, raw, 'reliance');
  const lt = section(file, raw, 'loyalTo');
  const di = section(file, raw, 'diedIn');
  const rs = section(file, raw, 'reportedStrike');
  const bi = section(file, raw, 'bannedIn');
  const hd = section(file, raw, 'helpingDeed');
  const db = section(file, raw, 'designatedBy');
  const pt = section(file, raw, 'pitted');
  const ft = section(file, raw, 'fightingToll');
  const lo = section(file, raw, 'lostTo');
  const cd = section(file, raw, 'claimedDeed');
  const af = section(file, raw, 'armedFire');
  const bd = section(file, raw, 'backedDeed');
  const fs = section(file, raw, 'frontedSupport');
  const cp = section(file, raw, 'copulaParticiple');
  return {
    attribution: {
      trigger: triggerOf(file, 'constructions.attribution', at.relation, at.category, 'blame'),
      responsible: words(file, 'constructions.attribution.responsible', at.responsible),
      bearing: words(file, 'constructions.attribution.bearing', at.bearing),
      agentVerbs: words(file, 'constructions.attribution.agentVerbs', at.agentVerbs),
      verdicts: words(file, 'constructions.attribution.verdicts', at.verdicts),
      withParticle: words(file, 'constructions.attribution.withParticle', at.withParticle),
      deeds,
      deedInfinitives: words(file, 'constructions.attribution.deedInfinitives', at.deedInfinitives),
      accusingSpeech: words(file, 'constructions.attribution.accusingSpeech', at.accusingSpeech),
      verdictVerbs: words(file, 'constructions.attribution.verdictVerbs', at.verdictVerbs),
      verdictKinds: words(file, 'constructions.attribution.verdictKinds', at.verdictKinds),
      findingVerbs: words(file, 'constructions.attribution.findingVerbs', at.findingVerbs),
      labels: words(file, 'constructions.attribution.labels', at.labels),
    },
    gratitude: {
      trigger: triggerOf(file, 'constructions.gratitude', gr.relation, gr.category, 'thank'),
      verbs: words(file, 'constructions.gratitude.verbs', gr.verbs),
      for: words(file, 'constructions.gratitude.for', gr.for),
    },
    backerNoun: {
      trigger: triggerOf(file, 'constructions.backerNoun', bk.relation, bk.category, 'backer'),
      nouns: words(file, 'constructions.backerNoun.nouns', bk.nouns),
      places: words(file, 'constructions.backerNoun.places', bk.places),
    },
    mediation: {
      trigger: triggerOf(file, 'constructions.mediation', med.relation, med.category, 'mediate'),
      verbs: words(file, 'constructions.mediation.verbs', med.verbs),
      nouns: words(file, 'constructions.mediation.nouns', med.nouns),
    },
    demandFrame: {
      trigger: triggerOf(file, 'constructions.demandFrame', d.relation, d.category, 'demand'),
      subjunctiveVerbs: words(file, 'constructions.demandFrame.subjunctiveVerbs', d.subjunctiveVerbs),
      supportiveActs: words(file, 'constructions.demandFrame.supportiveActs', d.supportiveActs),
      supportiveTrigger: triggerOf(file, 'constructions.demandFrame.supportive', d.supportiveRelation, d.supportiveCategory, 'support'),
      speakers: words(file, 'constructions.demandFrame.speakers', d.speakers),
      appeals: words(file, 'constructions.demandFrame.appeals', d.appeals),
      hostileActs,
      particles,
      openers: words(file, 'constructions.demandFrame.openers', d.openers),
      nouns: words(file, 'constructions.demandFrame.nouns', d.nouns),
      actNouns: words(file, 'constructions.demandFrame.actNouns', d.actNouns),
      stopNouns: words(file, 'constructions.demandFrame.stopNouns', d.stopNouns),
      inquiryNouns: words(file, 'constructions.demandFrame.inquiryNouns', d.inquiryNouns),
      stoppedDeeds: words(file, 'constructions.demandFrame.stoppedDeeds', d.stoppedDeeds),
      measures: words(file, 'constructions.demandFrame.measures', d.measures),
      measureHops: words(file, 'constructions.demandFrame.measureHops', d.measureHops),
      measureVerbs: words(file, 'constructions.demandFrame.measureVerbs', d.measureVerbs),
      actSeekers: words(file, 'constructions.demandFrame.actSeekers', d.actSeekers),
    },
    conditionalThreat: {
      trigger: triggerOf(file, 'constructions.conditionalThreat', t.relation, t.category, 'threaten'),
      verbs: words(file, 'constructions.conditionalThreat.verbs', t.verbs),
      conditions: words(file, 'constructions.conditionalThreat.conditions', t.conditions),
    },
    accusationThat: {
      trigger: triggerOf(file, 'constructions.accusationThat', ac.relation, ac.category, 'accusation'),
      nouns: words(file, 'constructions.accusationThat.nouns', ac.nouns),
      blameNouns: words(file, 'constructions.accusationThat.blameNouns', ac.blameNouns),
      impersonal: words(file, 'constructions.accusationThat.impersonal', ac.impersonal),
      verbs: words(file, 'constructions.accusationThat.verbs', ac.verbs),
    },
    veto: {
      trigger: triggerOf(file, 'constructions.veto', v.relation, v.category, 'veto'),
      verbs: words(file, 'constructions.veto.verbs', v.verbs),
      measures: words(file, 'constructions.veto.measures', v.measures),
      against: words(file, 'constructions.veto.against', v.against),
      demands: words(file, 'constructions.veto.demands', v.demands),
      aimVerbs: words(file, 'constructions.veto.aimVerbs', v.aimVerbs),
    },
    allyPhrase: {
      trigger: triggerOf(file, 'constructions.allyPhrase', a.relation, a.category, 'ally'),
      nouns: words(file, 'constructions.allyPhrase.nouns', a.nouns),
      groupings: words(file, 'constructions.allyPhrase.groupings', a.groupings),
      topicPreps: words(file, 'constructions.allyPhrase.topicPreps', a.topicPreps),
      memberPreps: words(file, 'constructions.allyPhrase.memberPreps', a.memberPreps),
      namedMemberPreps: words(file, 'constructions.allyPhrase.namedMemberPreps', a.namedMemberPreps),
      client: triggerOf(file, 'constructions.allyPhrase', a.clientRelation, a.clientCategory, 'proxy'),
      clients: words(file, 'constructions.allyPhrase.clients', a.clients),
      copulas: words(file, 'constructions.allyPhrase.copulas', a.copulas),
    },
    brokeredDeal: {
      trigger: triggerOf(file, 'constructions.brokeredDeal', b.relation, b.category, 'broker'),
      meeting: triggerOf(file, 'constructions.brokeredDeal', b.meetingRelation, b.meetingCategory, 'talks'),
      verbs: words(file, 'constructions.brokeredDeal.verbs', b.verbs),
      byVerbs: words(file, 'constructions.brokeredDeal.byVerbs', b.byVerbs),
      deals: words(file, 'constructions.brokeredDeal.deals', b.deals),
      meetings: words(file, 'constructions.brokeredDeal.meetings', b.meetings),
    },
    thanksTo: {
      trigger: triggerOf(file, 'constructions.thanksTo', th.relation, th.category, 'thanks to'),
      openers: words(file, 'constructions.thanksTo.openers', th.openers),
      nouns: words(file, 'constructions.thanksTo.nouns', th.nouns),
    },
    casualtyList: {
      trigger: triggerOf(file, 'constructions.casualtyList', cl.relation, cl.category, 'among the killed'),
      heads: words(file, 'constructions.casualtyList.heads', cl.heads),
    },
    consequenceThreat: {
      trigger: triggerOf(file, 'constructions.consequenceThreat', ct.relation, ct.category, 'pay a price'),
      verbs: ctVerbs,
      modals: words(file, 'constructions.consequenceThreat.modals', ct.modals),
      objects: ctObjects,
      intents: words(file, 'constructions.consequenceThreat.intents', ct.intents),
    },
    hostedMeeting: {
      trigger: triggerOf(file, 'constructions.hostedMeeting', hm.relation, hm.category, 'hosted by'),
      verbs: words(file, 'constructions.hostedMeeting.verbs', hm.verbs),
      heads: words(file, 'constructions.hostedMeeting.heads', hm.heads),
      partaking: words(file, 'constructions.hostedMeeting.partaking', hm.partaking),
    },
    frontedMeeting: {
      trigger: triggerOf(file, 'constructions.frontedMeeting', fm.relation, fm.category, 'in talks with'),
      preps: words(file, 'constructions.frontedMeeting.preps', fm.preps),
      heads: words(file, 'constructions.frontedMeeting.heads', fm.heads),
      with: words(file, 'constructions.frontedMeeting.with', fm.with),
    },
    reproach: {
      trigger: triggerOf(file, 'constructions.reproach', rp.relation, rp.category, 'should have'),
      modals: words(file, 'constructions.reproach.modals', rp.modals),
      demandingVerbs: words(file, 'constructions.reproach.demandingVerbs', rp.demandingVerbs),
    },
    toldByPhone: {
      trigger: triggerOf(file, 'constructions.toldByPhone', tp.relation, tp.category, 'told by phone'),
      verbs: words(file, 'constructions.toldByPhone.verbs', tp.verbs),
      preps: words(file, 'constructions.toldByPhone.preps', tp.preps),
      heads: words(file, 'constructions.toldByPhone.heads', tp.heads),
    },
    jointAction: {
      trigger: triggerOf(file, 'constructions.jointAction', ja.relation, ja.category, 'together'),
      adverbs: words(file, 'constructions.jointAction.adverbs', ja.adverbs),
      companions: words(file, 'constructions.jointAction.companions', ja.companions),
      companionRelations: words(file, 'constructions.jointAction.companionRelations', ja.companionRelations),
      formingVerbs: words(file, 'constructions.jointAction.formingVerbs', ja.formingVerbs),
      membersOf: words(file, 'constructions.jointAction.membersOf', ja.membersOf),
      sharers: words(file, 'constructions.jointAction.sharers', ja.sharers),
    },
    reliance: {
      trigger: triggerOf(file, 'constructions.reliance', rl.relation, rl.category, 'rely on'),
      verbs: words(file, 'constructions.reliance.verbs', rl.verbs),
      adjectives: words(file, 'constructions.reliance.adjectives', rl.adjectives),
    },
    designatedBy: {
      trigger: triggerOf(file, 'constructions.designatedBy', db.relation, db.category, 'designated'),
      verbs: words(file, 'constructions.designatedBy.verbs', db.verbs),
      marks: words(file, 'constructions.designatedBy.marks', db.marks),
      descriptors: words(file, 'constructions.designatedBy.descriptors', db.descriptors),
    },
    helpingDeed: {
      trigger: triggerOf(file, 'constructions.helpingDeed', hd.relation, hd.category, 'helped'),
      verbs: words(file, 'constructions.helpingDeed.verbs', hd.verbs),
      nouns: words(file, 'constructions.helpingDeed.nouns', hd.nouns),
    },
    bannedIn: {
      trigger: triggerOf(file, 'constructions.bannedIn', bi.relation, bi.category, 'banned in'),
      verbs: words(file, 'constructions.bannedIn.verbs', bi.verbs),
      descriptors: words(file, 'constructions.bannedIn.descriptors', bi.descriptors),
    },
    reportedStrike: {
      trigger: triggerOf(file, 'constructions.reportedStrike', rs.relation, rs.category, 'strike'),
      verbs: words(file, 'constructions.reportedStrike.verbs', rs.verbs),
      voices: words(file, 'constructions.reportedStrike.voices', rs.voices),
    },
    diedIn: {
      trigger: triggerOf(file, 'constructions.diedIn', di.relation, di.category, 'die'),
      verbs: words(file, 'constructions.diedIn.verbs', di.verbs),
    },
    loyalTo: {
      trigger: triggerOf(file, 'constructions.loyalTo', lt.relation, lt.category, 'loyal to'),
      adjectives: words(file, 'constructions.loyalTo.adjectives', lt.adjectives),
      verbs: words(file, 'constructions.loyalTo.verbs', lt.verbs),
    },
    pitted: {
      trigger: triggerOf(file, 'constructions.pitted', pt.relation, pt.category, 'pit'),
      verbs: words(file, 'constructions.pitted.verbs', pt.verbs),
      subjects: words(file, 'constructions.pitted.subjects', pt.subjects),
    },
    fightingToll: {
      trigger: triggerOf(file, 'constructions.fightingToll', ft.relation, ft.category, 'toll'),
      verbs: words(file, 'constructions.fightingToll.verbs', ft.verbs),
      subjects: words(file, 'constructions.fightingToll.subjects', ft.subjects),
      tollOpeners: words(file, 'constructions.fightingToll.tollOpeners', ft.tollOpeners),
      results: words(file, 'constructions.fightingToll.results', ft.results),
      sameSide: words(file, 'constructions.fightingToll.sameSide', ft.sameSide),
    },
    lostTo: {
      trigger: triggerOf(file, 'constructions.lostTo', lo.relation, lo.category, 'lost to'),
      verbs: words(file, 'constructions.lostTo.verbs', lo.verbs),
      grounds: words(file, 'constructions.lostTo.grounds', lo.grounds),
      holdings: words(file, 'constructions.lostTo.holdings', lo.holdings),
    },
    claimedDeed: {
      verbs: words(file, 'constructions.claimedDeed.verbs', cd.verbs),
      nouns: words(file, 'constructions.claimedDeed.nouns', cd.nouns),
      relatives: words(file, 'constructions.claimedDeed.relatives', cd.relatives),
    },
    copulaParticiple: { heads: words(file, 'constructions.copulaParticiple.heads', cp.heads) },
    frontedSupport: {
      trigger: triggerOf(file, 'constructions.frontedSupport', fs.relation, fs.category, 'with support'),
      preps: words(file, 'constructions.frontedSupport.preps', fs.preps),
      heads: words(file, 'constructions.frontedSupport.heads', fs.heads),
    },
    backedDeed: {
      trigger: triggerOf(file, 'constructions.backedDeed', bd.relation, bd.category, 'backed'),
      nouns: words(file, 'constructions.backedDeed.nouns', bd.nouns),
      participles: words(file, 'constructions.backedDeed.participles', bd.participles),
      preps: words(file, 'constructions.backedDeed.preps', bd.preps),
      verbs: words(file, 'constructions.backedDeed.verbs', bd.verbs),
      launchVerbs: words(file, 'constructions.backedDeed.launchVerbs', bd.launchVerbs),
      partakingParticiples: words(file, 'constructions.backedDeed.partakingParticiples', bd.partakingParticiples),
    },
    armedFire: {
      trigger: triggerOf(file, 'constructions.armedFire', af.relation, af.category, 'fire'),
      nouns: words(file, 'constructions.armedFire.nouns', af.nouns),
    },
  };
}
