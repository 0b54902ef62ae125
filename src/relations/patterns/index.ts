// The registry: every pattern of the relation stage, in the order they read. Order matters where
// two read the same trigger: the first that answers DONE or NEXT decides (see pattern.ts).
import type { Pattern } from '../pattern.js';
import { compound } from './compound.js';
import { demand } from './demand.js';
import { passiveVerb } from './passive-verb.js';
import { copulaParticiple } from './copula-participle.js';
import { symmetricVerb } from './symmetric-verb.js';
import { activeVerb } from './active-verb.js';
import { speechNoun } from './speech-noun.js';
import { receivedSupport } from './received-support.js';
import { subjectSourceNoun } from './subject-source-noun.js';
import { subjectTargetNoun } from './subject-target-noun.js';
import { betweenNoun } from './between-noun.js';
import { threatOfForce } from './threat-of-force.js';
import { copulaNoun } from './copula-noun.js';
import { symmetricSubjectNoun } from './symmetric-subject-noun.js';
import { possessorNoun } from './possessor-noun.js';
import { memberOf } from './member-of.js';
import { memberList } from './member-list.js';
import { demandFrame } from './demand-frame.js';
import { mediation } from './mediation.js';
import { backerNoun } from './backer-noun.js';
import { gratitude } from './gratitude.js';
import { attribution } from './attribution.js';
import { conditionalThreat } from './conditional-threat.js';
import { veto } from './veto.js';
import { accusationThat } from './accusation-that.js';
import { allyPhrase } from './ally-phrase.js';
import { brokeredDeal } from './brokered-deal.js';
import { thanksTo } from './thanks-to.js';
import { backedDeed } from './backed-deed.js';
import { frontedSupport } from './fronted-support.js';
import { casualtyList } from './casualty-list.js';
import { killedWhen } from './killed-when.js';
import { diedIn } from './died-in.js';
import { reportedStrike } from './reported-strike.js';
import { jointAction } from './joint-action.js';
import { reliance } from './reliance.js';
import { loyalTo } from './loyal-to.js';
import { bannedIn } from './banned-in.js';
import { helpingDeed } from './helping-deed.js';
import { designatedBy } from './designated-by.js';
import { frontedMeeting } from './fronted-meeting.js';
import { toldByPhone } from './told-by-phone.js';
import { reproach } from './reproach.js';
import { hostedMeeting } from './hosted-meeting.js';
import { consequenceThreat } from './consequence-threat.js';
import { forceIntent } from './force-intent.js';
import { pitted } from './pitted.js';
import { fightingToll } from './fighting-toll.js';
import { lostTo } from './lost-to.js';
import { claimedDeed } from './claimed-deed.js';

export const PATTERNS: readonly Pattern[] = [
  compound,
  demand,
  copulaParticiple,
  passiveVerb,
  symmetricVerb,
  activeVerb,
  speechNoun,
  receivedSupport,
  subjectSourceNoun,
  subjectTargetNoun,
  threatOfForce,
  betweenNoun,
  copulaNoun,
  symmetricSubjectNoun,
  possessorNoun,
  demandFrame,
  mediation,
  backerNoun,
  gratitude,
  attribution,
  conditionalThreat,
  veto,
  accusationThat,
  allyPhrase,
  brokeredDeal,
  thanksTo,
  backedDeed,
  frontedSupport,
  jointAction,
  reliance,
  loyalTo,
  bannedIn,
  helpingDeed,
  designatedBy,
  frontedMeeting,
  toldByPhone,
  reproach,
  hostedMeeting,
  consequenceThreat,
  forceIntent,
  pitted,
  fightingToll,
  lostTo,
  claimedDeed,
  casualtyList,
  killedWhen,
  diedIn,
  reportedStrike,
  memberOf,
  memberList,
];
