// Pattern active-verb: "X <verb>s Y", "X threatened to <verb> Y", "Y, which X considers …".
import { activeVerb } from '../../../src/relations/patterns/active-verb.js';
import { patternTester } from '../pattern-tester.js';

patternTester(activeVerb, {
  valid: [
    'Iran armed a YPG convoy.',
    'Putin met Erdogan.',
    'Hezbollah was supported by Iran.',
    'Iran supports the rebels.',
  ],
  invalid: [
    { text: 'Iran supports Hezbollah.', events: ['iran supports hezbollah'] },
    { text: 'Israel said Iran was arming Hezbollah.', events: ['iran supports hezbollah'] },
    { text: 'Erdogan threatened to attack the YPG in Manbij.', events: ['recep-tayyip-erdogan attacks ypg HYP', 'recep-tayyip-erdogan opposes ypg'] },
    { text: 'Turkish troops shelled YPG positions in Afrin.', events: ['turkey attacks ypg'] },
    { text: 'The YPG, which Turkey considers a terrorist group, took the town.', events: ['turkey opposes ypg'] },
    { text: 'Iran denied supporting Hezbollah.', events: ['iran supports hezbollah NEG'] },
  ],
});
