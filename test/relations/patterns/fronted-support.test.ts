// Pattern fronted-support: "With X support(,) Y <verb> …", "With the backing of X, Y …".
import { frontedSupport } from '../../../src/relations/patterns/fronted-support.js';
import { patternTester } from '../pattern-tester.js';

patternTester(frontedSupport, {
  valid: [
    // No subject after the help ("waning" ends an absolute phrase), help for another, or none.
    'With Russian support waning, the Syrian army withdrew.',
    'With US support for the Kurds, Turkey grew angry.',
    'Without Russian support the Syrian army withdrew.',
    'With the support of the villagers, the Afghan army seized the pass.',
    // The help named after the subject is the received-support trigger's, not this pattern's.
    'The Syrian army recaptured Palmyra with the support of Russia.',
    // A subject that is no actor.
    'With Iranian support, the militias advanced.',
  ],
  invalid: [
    { text: 'With Russian support the Syrian army recaptured Palmyra.', events: ['russia supports syria'] },
    { text: 'With the backing of Iran, the Houthis seized Sanaa.', events: ['iran supports houthis'] },
    { text: 'With US help Iraqi forces recaptured Mosul.', events: ['united-states supports iraq'] },
    { text: "Under Turkey's protection, the Libyan government held Tripoli.", events: ['turkey supports libya'] },
    { text: 'With Chinese backing, North Korea tested a missile.', events: ['china supports north-korea'] },
    // A possibility stays flagged.
    { text: 'With US help Ukrainian forces could recapture Kherson.', events: ['united-states supports ukraine HYP'] },
  ],
});
