// Pattern conditional-threat: "X threatened to … if Y <verb>s", "X warned … unless Y <verb>s".
import { conditionalThreat } from '../../../src/relations/patterns/conditional-threat.js';
import { patternTester } from '../pattern-tester.js';

patternTester(conditionalThreat, {
  valid: [
    // The condition names no actor, or the actor is no subject of it.
    'Iran threatened to close the strait if the sanctions were renewed.',
    'Russia warned it would respond if attacked by NATO.',
    // Not a threat.
    'Japan said it would help if Korea asked.',
  ],
  invalid: [
    {
      text: 'Russia has threatened to stop negotiations if the United States goes ahead with the deployment.',
      events: ['russia opposes united-states'],
    },
    { text: 'Israel threatened to ban voting in East Jerusalem if Hamas ran in the election.', events: ['israel opposes hamas'] },
    { text: 'Iran warned it would close the strait unless Washington lifted the sanctions.', events: ['iran opposes united-states'] },
    {
      text: 'North Korea threatened to launch more missiles if South Korea holds the drills.',
      events: ['north-korea opposes south-korea'],
    },
  ],
});
