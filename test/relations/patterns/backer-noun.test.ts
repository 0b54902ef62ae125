// Pattern backer-noun: "X's backers in Y", "Y, X's main backer", "Y is X's chief sponsor", "its backer Y".
import { backerNoun } from '../../../src/relations/patterns/backer-noun.js';
import { patternTester } from '../pattern-tester.js';

patternTester(backerNoun, {
  valid: [
    // A named modifier with no backer named after the noun.
    'Hezbollah supporters rallied in Beirut.',
    // Demonyms before a backer noun with no possessor back no one named.
    'Russian and Iranian backers of the deal met in Geneva.',
    // A modifier before the noun with no backer named after it; a demonym names the backer.
    'Regime supporters rallied in Damascus.',
    'Pro-Russian supporters gathered in Donetsk.',
    // Backers named by no actor, or backing no actor.
    "Assad's backers have kept him in power.",
    'The backers of the plan met in Doha.',
    'Supporters of the rebels gathered in Idlib.',
    // No closing comma: the actor is the clause's subject.
    "Among Assad's backers, Russia has the most leverage.",
  ],
  invalid: [
    // A named actor modifying the noun is the backed; the backers follow it.
    { text: 'Hamas backer Iran condemned the raid.', events: ['iran supports hamas'] },
    { text: 'Taliban supporters Pakistan and Qatar denied it.', events: ['pakistan supports taliban', 'qatar supports taliban'] },
    // Bare demonyms coordinated before the backer noun share it.
    {
      text: 'Kyiv and its American and British backers rejected the plan.',
      events: ['united-kingdom supports ukraine', 'united-states supports ukraine'],
    },
    { text: 'Hamas and its Iranian and Qatari backers condemned the raid.', events: ['iran supports hamas', 'qatar supports hamas'] },
    // An actor modifying the noun is the backed, where the backers are named after it.
    { text: 'Hamas patron Iran sent more rockets to Gaza.', events: ['iran supports hamas'] },
    {
      text: 'The talks in Syria were sponsored by rebel backer Turkey and regime supporters Russia and Iran.',
      events: ['iran supports syria', 'russia supports syria'],
    },
    { text: 'Kremlin backers Belarus and Iran kept silent.', events: ['belarus supports russia', 'iran supports russia'] },
    { text: "Syria's backers, including Iran, have kept the government in power.", events: ['iran supports syria'] },
    { text: "Russia, Syria's main backer, sent more jets.", events: ['russia supports syria'] },
    { text: "Iran is Hezbollah's chief sponsor.", events: ['iran supports hezbollah'] },
    { text: 'The Houthis and their backer Iran rejected the plan.', events: ['iran supports houthis'] },
    { text: "The Syrian government's supporters include Russia and Iran.", events: ['iran supports syria', 'russia supports syria'] },
    { text: 'The backers of the Taliban include Pakistan.', events: ['pakistan supports taliban'] },
    { text: "Russia, Syria's most important backer, sent jets.", events: ['russia supports syria'] },
    // Set off by commas on both sides; a capitalized first word.
    { text: "Taiwan's main arms supplier, the United States, approved a new sale.", events: ['united-states supports taiwan'] },
    {
      text: 'Supporters of Hamas, including Qatar and Turkey, condemned the raid.',
      events: ['qatar supports hamas', 'turkey supports hamas'],
    },
  ],
});
