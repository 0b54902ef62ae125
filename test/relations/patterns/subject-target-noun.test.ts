// Pattern subject-target-noun: targetFrom "subject" ("Y acts with support from X").
import { subjectTargetNoun } from '../../../src/relations/patterns/subject-target-noun.js';
import { patternTester } from '../pattern-tester.js';

patternTester(subjectTargetNoun, {
  valid: [
    'The SDF took Raqqa with support.',
    'Support from the US grew.',
    // The support is the army's, named right before "with": Syria backs itself, which is no event.
    'Syrian army units with a cover from the Syrian Air Force targeted hideouts of al-Nusra Front.',
    // A possessive pronoun names no giver; the giver inside the phrase is read only after "with"/"under".
    'The SDF is fighting with its support.',
    'The province has a large Daesh presence. It is receiving UN aid through airdrops.',
  ],
  invalid: [
    // The giver named before the noun after "with" or "under".
    { text: 'The SDF is fighting with US support to capture Raqqa.', events: ['united-states supports syrian-democratic-forces'] },
    { text: 'The Houthis advanced with Iranian support.', events: ['iran supports houthis'] },
    { text: 'Kyiv could retake Kherson with US support.', events: ['united-states supports ukraine HYP'] },
    { text: 'The SDF entered the town on June 23 with support from the US.', events: ['united-states supports syrian-democratic-forces'] },
    { text: 'The SDF took Raqqa with the help of the United States.', events: ['united-states supports syrian-democratic-forces'] },
    // "with the support of X" is support received, never "support of X" given (crossing a place).
    {
      text: 'Syrian forces committed a war crime in the city of Aleppo with the support of Russian air strikes.',
      events: ['russia supports syria'],
    },
    { text: 'Hezbollah fighters with backing from Iran seized the town of Qusayr.', events: ['iran supports hezbollah'] },
  ],
});
