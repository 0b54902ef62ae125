// Pattern active-verb: "X <verb>s Y", "X threatened to <verb> Y", "Y, which X considers …".
import { activeVerb } from '../../../src/relations/patterns/active-verb.js';
import { patternTester } from '../pattern-tester.js';

patternTester(activeVerb, {
  valid: [
    // The object is no actor: a convoy somewhere near one.
    'Iran armed a convoy near YPG territory.',
    'Putin met Erdogan.',
    'Hezbollah was supported by Iran.',
    'Iran supports the rebels.',
    // Civilians and villages of a state are not its state (they carry a non-state sector).
    'Israeli jets shelled Lebanese villages.',
  ],
  invalid: [
    { text: 'Iran supports Hezbollah.', events: ['iran supports hezbollah'] },
    { text: 'Israel said Iran was arming Hezbollah.', events: ['iran supports hezbollah'] },
    {
      text: 'Erdogan threatened to attack the YPG in Manbij.',
      events: ['recep-tayyip-erdogan attacks ypg HYP', 'recep-tayyip-erdogan opposes ypg'],
    },
    { text: 'Turkish troops shelled YPG positions in Afrin.', events: ['turkey attacks ypg'] },
    { text: 'The YPG, which Turkey considers a terrorist group, took the town.', events: ['turkey opposes ypg'] },
    { text: 'Iran denied supporting Hezbollah.', events: ['iran supports hezbollah NEG'] },
    // Objects that reach their owner (syntax.json objectHeads): a demonym or possessor of the object.
    { text: 'Ukrainian forces shelled Russian positions near Bakhmut.', events: ['ukraine attacks russia'] },
    { text: "Israeli jets attacked Hezbollah's bases in the south.", events: ['israel attacks hezbollah'] },
    // Quantities before "of" stand for the actor after it; a subject set off by commas.
    { text: 'Turkish jets shelled dozens of YPG fighters near Afrin.', events: ['turkey attacks ypg'] },
    { text: 'Hezbollah, a close ally of Syria, attacked Daesh positions.', events: ['hezbollah attacks daesh'] },
    // A denial governs the clause it opens.
    { text: 'Daesh denied that it had attacked Turkish positions.', events: ['daesh attacks turkey NEG'] },
  ],
});
