// Pattern symmetric-subject-noun: "X and Y continue their <noun>".
import { symmetricSubjectNoun } from '../../../src/relations/patterns/symmetric-subject-noun.js';
import { patternTester } from '../pattern-tester.js';

patternTester(symmetricSubjectNoun, {
  valid: ['Iran continues its discussions.', 'Iran and Russia held talks with Turkey.'],
  invalid: [{ text: 'Iran and Russia continue their political discussions on Monday.', events: ['iran met russia'] }],
});
