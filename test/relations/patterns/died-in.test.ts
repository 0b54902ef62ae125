// Pattern died-in: "X died in an attack by Y" — Y attacks X.
import { diedIn } from '../../../src/relations/patterns/died-in.js';
import { patternTester } from '../pattern-tester.js';

patternTester(diedIn, {
  valid: [
    // No force, or none with a doer named.
    'Two Syrian soldiers died in a helicopter crash near Hama.',
    'Four Afghan soldiers died in an attack in Helmand.',
    'The Iraqi commander died in hospital after the battle with Islamic State.',
    // Not a death: the subject did the deed.
    'Hezbollah fighters took part in an attack by the Syrian army.',
    // Died of wounds, not in an attack.
    'A Turkish soldier died of his wounds.',
  ],
  invalid: [
    { text: 'Three Ukrainian soldiers died in Russian shelling of Kharkiv.', events: ['russia attacks ukraine'] },
    { text: 'Two Israeli soldiers died in Hezbollah shelling near the border.', events: ['hezbollah attacks israel'] },
    { text: 'Six Malian soldiers perished in airstrikes by Russia near Gao.', events: ['russia attacks mali'] },
    { text: 'Four Syrian soldiers may have died in Russian airstrikes.', events: ['russia attacks syria HYP'] },
  ],
});
