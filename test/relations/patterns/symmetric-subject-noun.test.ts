// Pattern symmetric-subject-noun: "X and Y continue their <noun>".
import { symmetricSubjectNoun } from '../../../src/relations/patterns/symmetric-subject-noun.js';
import { patternTester } from '../pattern-tester.js';

patternTester(symmetricSubjectNoun, {
  valid: [
    'Iran continues its discussions.',
    'Iran and Russia held talks with Turkey.',
    // The noun is the subject of a clause of its own, not the object of the verb before it.
    'Hamas and the UN Security Council warned of the situation in Gaza as the army and its allies continue the bombardment.',
  ],
  invalid: [{ text: 'Iran and Russia continue their political discussions on Monday.', events: ['iran met russia'] }],
});
