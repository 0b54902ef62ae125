// Pattern member-of: a person's stated title or role gives whom they serve.
import { memberOf } from '../../../src/relations/patterns/member-of.js';
import { patternTester } from '../pattern-tester.js';

patternTester(memberOf, {
  valid: ['Putin met Erdogan.', 'Lavrov spoke.'],
  invalid: [{ text: 'Russian Foreign Minister Sergei Lavrov met Erdogan.', events: ['sergei-lavrov member_of russia'] }],
});
