// Pattern received-support: "Y has the <noun> of X" with a receiving verb of syntax.json.
import { receivedSupport } from '../../../src/relations/patterns/received-support.js';
import { patternTester } from '../pattern-tester.js';

patternTester(receivedSupport, {
  valid: [
    'Hezbollah has the backing for its war.',
    'Taiwan sought US support.',
    'It has received Iranian support.',
    'Ukraine lost its Western support.',
    'Hezbollah lost support.',
    "Turkey's support for the FSA grew.",
  ],
  invalid: [
    { text: 'Hezbollah has the backing of Iran.', events: ['iran supports hezbollah'] },
    { text: 'The FSA won the support of Turkey.', events: ['turkey supports free-syrian-army'] },
    { text: 'Kyiv received considerable US support last year.', events: ['united-states supports ukraine'] },
    { text: 'Mali did not receive Russian support.', events: ['russia supports mali NEG'] },
  ],
});
