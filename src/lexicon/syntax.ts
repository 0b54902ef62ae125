// Parses and checks syntax.json: the word lists of the relation stage's shallow grammar, and the
// demand and received-support constructions, which take their relation from here, not from a trigger.
import type { RelationType } from '../types.js';
import { RELATION_TYPES } from '../types.js';
import { foldKey } from '../nlp/shadow.js';
import { newTrigger, type Trigger } from './relations.js';
import { parseConstructions, parseObjectHeads, triggerOf, type Constructions } from './constructions.js';

/** wink-nlp's universal part-of-speech tags: a tag outside these in the data is a typo. */
const POS_TAGS = new Set([
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'SYM',
  'VERB',
  'X',
  'SPACE',
]);

export interface DemandSyntax {
  /** The trigger every demand event carries (relation, category, quad). */
  trigger: Trigger;
  verbs: Set<string>;
  /** Verb lemma → the words one of which must follow it ("step down"). */
  particles: Map<string, Set<string>>;
  before: Set<string>;
  /** Adverb → the words allowed right before it ("must immediately stop"). */
  adverbs: Map<string, Set<string>>;
  demandingVerbs: Set<string>;
  /** Demand verbs whose object suffers the act ("punish", "hold … accountable"): the one asked to do them is not opposed. */
  doneTo: Set<string>;
}

export interface Syntax {
  nounPhrasePos: Set<string>;
  /** As written, not folded. */
  possessiveMarks: Set<string>;
  actorPossessives: Set<string>;
  possessivePronouns: Set<string>;
  /** Verbs of a contact relative clause after a speech noun whose subject is the deed's agent ("the crimes Russia commits"). */
  relativeAgentVerbs: Set<string>;
  prepositionLike: Set<string>;
  /** Prepositions before an -ing verb that leave the verb the clause's subject. */
  gerundPreps: Set<string>;
  /** Nouns whose infinitive reports an act under way ('an attempt to seize'), not a plan. */
  effortHeads: Set<string>;
  /** "is trying to flush out IS": verbs whose infinitive of force is force used. */
  effortVerbs: Set<string>;
  futureWords: Set<string>;
  /** Verbs whose object's infinitive is the purpose of an act done ('sent fighters to support'). */
  purposeVerbs: Set<string>;
  /** Verbs whose object's infinitive, once they are done, is done too ('allowed the army to retake'). */
  implicativeVerbs: Set<string>;
  /** Heads of unnamed fighters whose "including" list names them ('rebel groups including X'). */
  unnamedGroupHeads: Set<string>;
  /** Verbs whose grouping object's deeds are their subject's ('leads a coalition that …'). */
  groupingLeaderVerbs: Set<string>;
  /** Adjectives that take the preposition after them ('rebel groups opposed to Assad'). */
  governingAdjectives: Set<string>;
  /** Prepositions of a place phrase after a head ('rebels in Syria'). */
  placePreps: Set<string>;
  /** Phrases joining an actor to the subject before the verb ('together with', 'in coordination with'). */
  comitatives: Set<string>;
  /** Modifiers that put a tie in the past ('a former ally', 'its erstwhile partner'). */
  formerModifiers: Set<string>;
  /** Prepositions whose phrase is the clause's topic ('protested over the arms sale'). */
  topicPreps: Set<string>;
  /** Verbs whose object deed is another's ("condemned the attack on Y"): syntax.json reactionVerbs. */
  reactionVerbs: Set<string>;
  /** Reporting verbs that end a sentence after their speaker ("… killed 22 children the UN agency said"). */
  tailReportingVerbs: Set<string>;
  /** Speech verbs whose speaker may follow them ('"…," said Antony Blinken'), lemmas. */
  invertedSpeechVerbs: Set<string>;
  /** Heads an -ing form before them describes ("the Syrian fighting group"), beside cues' group nouns. */
  describedByParticiple: Set<string>;
  /** Nouns by which an actor describes another named after it in one phrase ("an al Qaeda affiliate the Nusra Front"). */
  descriptorHeads: Set<string>;
  /** Descriptor heads that name a body derived from the actor before them ("the al Qaeda offshoot"). */
  derivedBodyHeads: Set<string>;
  /** Verbs whose coordinated subject takes part in a symmetric noun object ("Iran and Russia held talks"). */
  partakingVerbs: Set<string>;
  /** Words that make "of" after them a compound preposition ("ahead of", "because of"), no noun's "of". */
  compoundPrepositionHeads: Set<string>;
  /** Verbs whose subject, a relation noun, did not take place ('the talks were postponed'). */
  cancellingVerbs: Set<string>;
  subjectSkipPos: Set<string>;
  coordinators: Set<string>;
  sideMarkers: string[][];
  groupPreps: Set<string>;
  passiveAuxiliaries: Set<string>;
  objectParticles: Set<string>;
  claimNouns: Set<string>;
  infinitiveParticles: Set<string>;
  triggerDeterminers: Set<string>;
  actorHeadWords: Set<string>;
  descriptiveCompounds: Set<string>;
  /** Heads before "of" that stand for the actor after it (quantities, offices), beside cues' group nouns. */
  ofHeads: Set<string>;
  /** Verbs of starting or going on whose gerund object is the act done ("started bombing IS targets"). */
  aspectualVerbs: Set<string>;
  /** Words after a phrase naming no actor that list the actors it stands for ("including from Japan"). */
  listOpeners: Set<string>;
  /** Heads of unnamed people who, after a named conjunct and "and", stand with it ('X and 34 of his comrades'). */
  unnamedPeople: Set<string>;
  /** Words opening an unnamed group of the named conjunct's kind ('X and allied rebel groups'). */
  kindredGroups: Set<string>;
  /** Words ending a time phrase after a finite verb ('three weeks later'). */
  laterWords: Set<string>;
  /** Prepositions that set a deed as a noun's scene ('advance in the war'). */
  scenePrepositions: Set<string>;
  /** Nouns the tagger may read as a verb after 'to' ('opposition to rebel groups'). */
  modifierHomographs: Set<string>;
  /** -ing forms that open a clause of their own after a complete clause (where a stripped text lost the comma before them). */
  clauseParticiples: Set<string>;
  /** -ing forms of support and force that open a clause of their own only after a time or a place. */
  adjunctParticiples: Set<string>;
  /** Nouns that an -ing form right after them describes ('a draft resolution demanding …'). */
  participleDescribedNouns: Set<string>;
  /** "A statement by the foreign ministry condemned …": nouns speaking for the actor after by/from/of. */
  voiceNouns: Set<string>;
  /** "natives of the North Caucasus Abu Omar …": a place phrase's prepositions whose run ends at a person's name (stripped text). */
  placeRunPreps: Set<string>;
  /** Heads that a name right after them names ('the militia Hezbollah'). */
  namingHeads: Set<string>;
  /** Prepositions after which a name may open an apposition that lost its comma. */
  appositionPreps: Set<string>;
  /** Prepositions whose name a list right after it does not continue ('loyal to Iran such as …'). */
  listHoldingPreps: Set<string>;
  /** Prepositions of a time adjunct: mood words before them do not reach a relation noun inside. */
  factualAdjuncts: Set<string>;
  /** Nouns that, with "for" or "of", put the relation noun after them in doubt ("approval for strikes"). */
  unrealizedHeads: Set<string>;
  /** Modals that, as the verb of a relation noun's own clause, make it a possibility ("an invasion … could come"). */
  possibilityModals: Set<string>;
  /** Nouns whose "for"/"to" object is a deed of someone else ("in retaliation for air strikes on Sanaa"). */
  reactionNouns: Set<string>;
  /** Words by which the text doubts a deed it reports ("an incursion allegedly against ISIL"). */
  hedges: Set<string>;
  /** Prepositions of a time adjunct that refers to another deed ("before the attack on …"). */
  referringPreps: Set<string>;
  /** Compound participles whose actor leads what the phrase names ("Saudi-led strikes"). */
  leadingCompounds: Set<string>;
  /** Compound participles whose actor holds the object ("the IS-held town"). */
  ownerCompounds: Set<string>;
  /** Two words after an object naming its holder next ("positions held by", "belonging to"). */
  ownerPhrases: Set<string>;
  /** Words before a number that keep its phrase an argument ("more than 20 Daesh fighters"). */
  quantityPrefixes: Set<string>;
  /** Participles whose "by" phrase is the agent of the deed noun before them ("the attack … was carried out by X"). */
  performVerbs: Set<string>;
  /** Heads of a state's forces that "they" may stand for ("the Syrian army withdrew as they faced …"). */
  collectiveHeads: Set<string>;
  /** Verbs whose subject does with their object the gerund after "in" ("Britain joined the US in saying …"). */
  joiningVerbs: Set<string>;
  /** Heads of a clause-opening time phrase after which the subject begins ("On Tuesday the Syrian army …"). */
  timeHeads: Set<string>;
  /** Verbs by which a mutual force noun happens before its parties ("clashes erupted between"), and their particles. */
  happeningVerbs: Set<string>;
  happeningParticles: Set<string>;
  demand: DemandSyntax;
  receiving: { relations: Set<RelationType>; preps: Set<string>; verbs: Set<string>; realized: Set<string> };
  /** Relation → object heads through which a trigger reaches the object's owner ("an Iranian proposal"). */
  objectHeads: Map<string, Set<string>>;
  constructions: Constructions;
}

function fail(file: string, msg: string): never {
  throw new Error(`actorgraph/lexicon: ${file}: ${msg}`);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A required list of non-empty strings, bare or as {"$comment", "values"}. */
function strings(file: string, where: string, v: unknown, fold = true): string[] {
  if (isObject(v) && Array.isArray(v.values)) v = v.values;
  if (!Array.isArray(v) || !v.length || v.some((x) => typeof x !== 'string' || !x.trim()))
    fail(file, `${where} must be a non-empty list of non-empty strings`);
  return fold ? (v as string[]).map(foldKey) : (v as string[]);
}

function posTags(file: string, where: string, v: unknown): Set<string> {
  const tags = strings(file, where, v, false);
  for (const t of tags) if (!POS_TAGS.has(t)) fail(file, `${where}: "${t}" is no part-of-speech tag (${[...POS_TAGS].join(', ')})`);
  return new Set(tags);
}

function wordMap(file: string, where: string, v: unknown): Map<string, Set<string>> {
  if (!isObject(v)) fail(file, `${where} must be an object of word lists`);
  const m = new Map<string, Set<string>>();
  for (const [k, words] of Object.entries(v)) if (!k.startsWith('$')) m.set(foldKey(k), new Set(strings(file, `${where}.${k}`, words)));
  return m;
}

function relationOf(file: string, where: string, v: unknown): RelationType {
  if (!RELATION_TYPES.includes(v as RelationType) || v === 'member_of')
    fail(file, `${where} must be one of ${RELATION_TYPES.filter((r) => r !== 'member_of').join(', ')}`);
  return v as RelationType;
}

function parseDemand(file: string, d: unknown): DemandSyntax {
  if (!isObject(d)) fail(file, '"demand" must be an object');
  const checked = triggerOf(file, 'demand', d.relation, d.category, '');
  const verbs = strings(file, 'demand.verbs', d.verbs);
  const particles = wordMap(file, 'demand.particles', d.particles ?? {});
  for (const v of particles.keys()) if (!verbs.includes(v)) fail(file, `demand.particles.${v}: "${v}" is not one of demand.verbs`);
  // Found by its own construction: only the relation and the speech flag (no modality from the speaker's verb) matter.
  const trigger = newTrigger({ ...checked, words: [verbs[0]!], speech: true });
  return {
    trigger,
    verbs: new Set(verbs),
    particles,
    before: new Set(strings(file, 'demand.before', d.before)),
    adverbs: wordMap(file, 'demand.adverbs', d.adverbs ?? {}),
    demandingVerbs: new Set(strings(file, 'demand.demandingVerbs', d.demandingVerbs)),
    doneTo: new Set(strings(file, 'demand.doneTo', d.doneTo ?? [])),
  };
}

/** Checks and indexes the parsed syntax.json. */
export function parseSyntax(file: string, raw: unknown): Syntax {
  if (!isObject(raw)) fail(file, 'must be an object');
  const set = (field: string) => new Set(strings(file, field, raw[field]));
  const r = raw.receiving;
  if (!isObject(r) || !Array.isArray(r.relations)) fail(file, '"receiving" must be {"relations": [...], "verbs": [...]}');
  return {
    nounPhrasePos: posTags(file, 'nounPhrasePos', raw.nounPhrasePos),
    possessiveMarks: new Set(strings(file, 'possessiveMarks', raw.possessiveMarks, false)),
    actorPossessives: set('actorPossessives'),
    possessivePronouns: set('possessivePronouns'),
    relativeAgentVerbs: set('relativeAgentVerbs'),
    prepositionLike: set('prepositionLike'),
    gerundPreps: set('gerundPreps'),
    effortHeads: set('effortHeads'),
    effortVerbs: set('effortVerbs'),
    futureWords: set('futureWords'),
    purposeVerbs: set('purposeVerbs'),
    implicativeVerbs: set('implicativeVerbs'),
    unnamedGroupHeads: set('unnamedGroupHeads'),
    groupingLeaderVerbs: set('groupingLeaderVerbs'),
    governingAdjectives: set('governingAdjectives'),
    placePreps: set('placePreps'),
    comitatives: set('comitatives'),
    formerModifiers: set('formerModifiers'),
    topicPreps: set('topicPreps'),
    reactionVerbs: set('reactionVerbs'),
    tailReportingVerbs: set('tailReportingVerbs'),
    invertedSpeechVerbs: set('invertedSpeechVerbs'),
    describedByParticiple: set('describedByParticiple'),
    descriptorHeads: set('descriptorHeads'),
    derivedBodyHeads: set('derivedBodyHeads'),
    partakingVerbs: set('partakingVerbs'),
    compoundPrepositionHeads: set('compoundPrepositionHeads'),
    cancellingVerbs: set('cancellingVerbs'),
    subjectSkipPos: posTags(file, 'subjectSkipPos', raw.subjectSkipPos),
    coordinators: set('coordinators'),
    sideMarkers: [...set('sideMarkers')].map((x) => x.split(' ')),
    groupPreps: set('groupPreps'),
    passiveAuxiliaries: set('passiveAuxiliaries'),
    objectParticles: set('objectParticles'),
    claimNouns: set('claimNouns'),
    infinitiveParticles: set('infinitiveParticles'),
    triggerDeterminers: set('triggerDeterminers'),
    actorHeadWords: set('actorHeadWords'),
    descriptiveCompounds: set('descriptiveCompounds'),
    ofHeads: set('ofHeads'),
    aspectualVerbs: set('aspectualVerbs'),
    listOpeners: set('listOpeners'),
    unnamedPeople: set('unnamedPeople'),
    kindredGroups: set('kindredGroups'),
    laterWords: set('laterWords'),
    scenePrepositions: set('scenePrepositions'),
    modifierHomographs: set('modifierHomographs'),
    clauseParticiples: set('clauseParticiples'),
    adjunctParticiples: set('adjunctParticiples'),
    participleDescribedNouns: set('participleDescribedNouns'),
    voiceNouns: set('voiceNouns'),
    placeRunPreps: set('placeRunPreps'),
    namingHeads: set('namingHeads'),
    appositionPreps: set('appositionPreps'),
    listHoldingPreps: set('listHoldingPreps'),
    factualAdjuncts: set('factualAdjuncts'),
    unrealizedHeads: set('unrealizedHeads'),
    possibilityModals: set('possibilityModals'),
    reactionNouns: set('reactionNouns'),
    hedges: set('hedges'),
    collectiveHeads: set('collectiveHeads'),
    joiningVerbs: set('joiningVerbs'),
    referringPreps: set('referringPreps'),
    leadingCompounds: set('leadingCompounds'),
    ownerCompounds: set('ownerCompounds'),
    ownerPhrases: set('ownerPhrases'),
    quantityPrefixes: set('quantityPrefixes'),
    performVerbs: set('performVerbs'),
    timeHeads: set('timeHeads'),
    happeningVerbs: set('happeningVerbs'),
    happeningParticles: set('happeningParticles'),
    demand: parseDemand(file, raw.demand),
    receiving: {
      relations: new Set(r.relations.map((x, i) => relationOf(file, `receiving.relations[${i}]`, x))),
      preps: new Set(strings(file, 'receiving.preps', r.preps)),
      verbs: new Set(strings(file, 'receiving.verbs', r.verbs)),
      realized: new Set(strings(file, 'receiving.realized', r.realized)),
    },
    objectHeads: parseObjectHeads(file, raw.objectHeads),
    constructions: parseConstructions(file, raw.constructions),
  };
}
