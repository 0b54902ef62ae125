// Pattern symmetric-verb: "X met Y", "X and Y met", "X clashed with Y" (both ways).
import { symmetricVerb } from '../../../src/relations/patterns/symmetric-verb.js';
import { patternTester } from '../pattern-tester.js';

patternTester(symmetricVerb, {
  valid: ['Erdogan was hosted by Putin.', 'Putin met reporters.', 'Iran supports Hezbollah.'],
  invalid: [
    { text: 'Putin met Erdogan in Moscow.', events: ['recep-tayyip-erdogan met vladimir-putin'] },
    { text: 'Iran and Russia met on Monday.', events: ['iran met russia'] },
    { text: 'The YPG clashed with Turkish troops.', events: ['turkey attacks ypg', 'ypg attacks turkey'] },
    { text: 'Russia did not meet with Turkey.', events: ['russia met turkey NEG'] },
    { text: 'Iran could meet Russia.', events: ['iran met russia HYP'] },
  ],
});
