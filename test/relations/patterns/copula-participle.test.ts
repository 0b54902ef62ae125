// Pattern copula-participle: "X is a <group> <verb>ing Y" (the participle is the group's, so X's).
import { copulaParticiple } from '../../../src/relations/patterns/copula-participle.js';
import { patternTester } from '../pattern-tester.js';

patternTester(copulaParticiple, {
  valid: [
    // Not a group noun: a judgement, no deed.
    'Hamas is a threat attacking Israel.',
    // The participle has a subject of its own, or the group is no copula's complement.
    'Hezbollah fighters are attacking Israel.',
    'A coalition attacking the Houthis was formed.',
    // A passive with its own auxiliary, or a description that is no apposition.
    'The SDF said an alliance was backed by the United States.',
    'Raqqa fell to an alliance backed by the United States.',
    // A group named in the complement is the participle's own subject.
    'The raid was a Hamas attack on Israel.',
  ],
  invalid: [
    { text: 'The SDF is a coalition attacking the Islamic State.', events: ['syrian-democratic-forces attacks daesh'] },
    { text: 'Hezbollah is a militia shelling Israeli towns.', events: ['hezbollah attacks israel'] },
    { text: 'The Houthis are an armed movement attacking Saudi Arabia.', events: ['houthis attacks saudi-arabia'] },
    { text: 'Iran is a force supporting the Houthis.', events: ['iran supports houthis'] },
    // A passive participle after the description: done to the actor described.
    {
      text: 'The SDF, an alliance backed by the United States, surrounded Raqqa.',
      events: ['united-states supports syrian-democratic-forces'],
    },
    { text: 'Hamas is a movement backed by Iran.', events: ['iran supports hamas'] },
    // Negated: kept flagged.
    { text: 'The SDF is not a coalition attacking Turkey.', events: ['syrian-democratic-forces attacks turkey NEG'] },
  ],
});
