// Pattern threat-of-force: "threats of X strikes against Y" threatens Y (the force stays the force trigger's).
import { threatOfForce } from '../../../src/relations/patterns/threat-of-force.js';
import { patternTester } from '../pattern-tester.js';

patternTester(threatOfForce, {
  valid: [
    // No force noun after "of", no target, or a threat posed rather than made.
    'Syria ignored threats of sanctions against Damascus.',
    'Ukraine warned of the threat of Russian airstrikes.',
    'The threat posed by Russian airstrikes on Ukraine remains.',
    // The source and the target are one.
    'Israel faced threats of Israeli airstrikes on Israel.',
  ],
  invalid: [
    {
      text: 'Syria vowed to fight on despite threats of further US airstrikes against the regime of Syria.',
      events: ['united-states opposes syria'],
    },
    { text: "Lebanon appealed to France amid Israel's threats of airstrikes on Hezbollah.", events: ['israel opposes hezbollah'] },
    { text: 'Pyongyang repeated its threats of airstrikes against South Korea.', events: ['north-korea opposes south-korea'] },
    { text: 'Despite threats of US airstrikes against the Houthis, Yemen stayed calm.', events: ['united-states opposes houthis'] },
    // Denied: kept, flagged.
    { text: 'Iran denied threats of Iranian airstrikes against Saudi Arabia.', events: ['iran opposes saudi-arabia NEG'] },
  ],
});
