// Pattern helping-deed: "X's intervention helped (to) bolster Y", "X's support helped Y retake …".
import { helpingDeed } from '../../../src/relations/patterns/helping-deed.js';
import { patternTester } from '../pattern-tester.js';

patternTester(helpingDeed, {
  valid: [
    // A deed that is no help of a supporting kind: its effects are no support.
    "Israel's strikes helped Hamas recruit new fighters.",
    // No actor helped, or only the helper itself.
    "Russia's intervention helped to end the war.",
    "Russia's intervention helped Russia's standing.",
    // Help that no actor owns.
    'Foreign support helped Ukraine resist.',
  ],
  invalid: [
    {
      text: "Russia's military intervention since September has helped to bolster the Syrian government.",
      events: ['russia supports syria'],
    },
    { text: "Russia's intervention helped Syrian forces retake Aleppo.", events: ['russia supports syria'] },
    { text: 'Iranian support helped the Houthis hold Sanaa.', events: ['iran supports houthis'] },
    { text: 'US military aid enabled Ukraine to resist the offensive.', events: ['united-states supports ukraine'] },
    { text: "Iran's support did not help Hezbollah win the election.", events: ['iran supports hezbollah NEG'] },
    { text: "Russia's help could enable Mali to survive.", events: ['russia supports mali HYP'] },
  ],
});
