// Pattern subject-target-noun: targetFrom "subject" ("Y acts with support from X").
import { subjectTargetNoun } from '../../../src/relations/patterns/subject-target-noun.js';
import { patternTester } from '../pattern-tester.js';

patternTester(subjectTargetNoun, {
  valid: ['The SDF took Raqqa with support.', 'Support from the US grew.'],
  invalid: [
    { text: 'The SDF entered the town on June 23 with support from the US.', events: ['united-states supports syrian-democratic-forces'] },
    { text: 'The SDF took Raqqa with the help of the United States.', events: ['united-states supports syrian-democratic-forces'] },
  ],
});
