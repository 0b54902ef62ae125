// Pattern backed-deed: "Y retook X in an X-backed offensive", "Y launched an X-backed offensive".
import { backedDeed } from '../../../src/relations/patterns/backed-deed.js';
import { patternTester } from '../pattern-tester.js';

patternTester(backedDeed, {
  valid: [
    // The subject suffers the offensive, or flees it: not its wager.
    'Islamic State lost Palmyra in a Russian-backed offensive.',
    'The Houthis were driven from Aden in a Saudi-backed offensive.',
    'Civilians fled a Russian-backed offensive in Idlib.',
    'The Taliban resisted a US-backed offensive in Helmand.',
    'Islamic State lost Palmyra in an offensive backed by Russia.',
    'Civilians fled an offensive backed by Turkey.',
    // The backed phrase names an actor (the compound pattern's), or no deed of force.
    'Russian-backed separatists launched an offensive in Donbas.',
    'Ukraine launched a US-backed reconstruction fund.',
    // A possible offensive.
    'Ukrainian troops could launch a US-backed counteroffensive next month.',
  ],
  invalid: [
    { text: 'Syrian troops recaptured Palmyra in a Russian-backed offensive.', events: ['russia supports syria'] },
    { text: 'Iraqi forces recaptured Mosul in a US-backed offensive.', events: ['united-states supports iraq'] },
    { text: 'The Libyan army stormed Sirte in a Turkish-backed assault.', events: ['turkey supports libya'] },
    { text: 'Yemeni government forces launched a Saudi-backed offensive on Hodeidah.', events: ['saudi-arabia supports yemen'] },
    { text: 'The Malian army drove the rebels from Kidal with a Russian-backed offensive.', events: ['russia supports mali'] },
    // The backing as a passive participle after the deed.
    { text: 'Iraqi forces recaptured Mosul in an offensive backed by the United States.', events: ['united-states supports iraq'] },
    { text: 'The Libyan army stormed Sirte in an assault supported by Turkey.', events: ['turkey supports libya'] },
    // Negated: kept flagged.
    { text: 'The Afghan army did not launch a US-backed offensive.', events: ['united-states supports afghanistan NEG'] },
  ],
});
