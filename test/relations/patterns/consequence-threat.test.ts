// Pattern consequence-threat: "X warned that Y would pay a heavy price", "X said Y will regret …".
import { consequenceThreat } from '../../../src/relations/patterns/consequence-threat.js';
import { patternTester } from '../pattern-tester.js';

patternTester(consequenceThreat, {
  valid: [
    // A price paid is a fact, no threat; a price without a speaker is no one's threat.
    'Russia paid a heavy price in Bakhmut, Ukraine said.',
    'Israel will pay a heavy price.',
    // Other things foretold are no punishment.
    'Iran said Israel would pay the bill.',
    // A negated consequence is not read at all.
    'The Houthis said the United States would not pay a price.',
  ],
  invalid: [
    { text: 'Iran warned that Israel would pay a heavy price.', events: ['iran opposes israel'] },
    { text: 'Kyiv said Moscow will pay dearly for the attack.', events: ['ukraine opposes russia'] },
    { text: 'Hezbollah said Israel will regret the strike on Beirut.', events: ['hezbollah opposes israel'] },
    // Denied or negated, it is flagged.
    { text: 'Iran denied that Israel would pay a price.', events: ['iran opposes israel NEG'] },
  ],
});
