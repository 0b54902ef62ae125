// Pattern thanks-to: "Y has the advantage thanks to X's intervention".
import { thanksTo } from '../../../src/relations/patterns/thanks-to.js';
import { patternTester } from '../pattern-tester.js';

patternTester(thanksTo, {
  valid: [
    // Owed to something that is no help.
    'Syria survived thanks to the failure of the talks.',
    // No helper named.
    'Hamas held the tunnels thanks to its own weapons.',
    'Thanks to Russia, the talks resumed.',
  ],
  invalid: [
    { text: "Erdogan kept power in 2016 thanks to Russia's intervention.", events: ['russia supports recep-tayyip-erdogan'] },
    { text: 'The Houthis advanced on Marib thanks to Iranian drones.', events: ['iran supports houthis'] },
    { text: 'Hezbollah, thanks to the support of Iran, rebuilt its arsenal.', events: ['iran supports hezbollah'] },
  ],
});
