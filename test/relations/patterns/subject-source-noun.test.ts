// Pattern subject-source-noun: sourceFrom "subject" ("X acts at Y's request").
import { subjectSourceNoun } from '../../../src/relations/patterns/subject-source-noun.js';
import { patternTester } from '../pattern-tester.js';

patternTester(subjectSourceNoun, {
  valid: ['Russia entered Syria on the request of Damascus.', 'Russia entered Syria at the request of the rebels.'],
  invalid: [
    { text: "Russia conducts airstrikes at the Syrian government's request.", events: ['russia supports syria'] },
    { text: 'Russia entered Syria at the request of Damascus.', events: ['russia supports syria'] },
  ],
});
