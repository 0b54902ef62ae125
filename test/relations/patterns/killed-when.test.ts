// Pattern killed-when: "X were killed when Y <attack verb> …" — Y attacks X.
import { killedWhen } from '../../../src/relations/patterns/killed-when.js';
import { patternTester } from '../pattern-tester.js';

patternTester(killedWhen, {
  valid: [
    // No force verb, or no actor doing it.
    'Two Syrian soldiers were killed when their helicopter crashed near Hama.',
    'Four Houthi fighters were killed when a mine exploded near Hodeidah.',
    // The fallen are the ones who attacked ("they").
    'Hezbollah fighters were killed as they attacked Israeli positions.',
    // Not passive: the subject killed.
    'Hamas killed two Israeli soldiers when it attacked a kibbutz.',
    // A deed aimed at another actor or at unnamed fighters: the fallen died in it, not as its target.
    'Hezbollah fighters were killed when the Syrian army attacked Daesh positions.',
    'Two Hezbollah fighters were killed when Syrian troops shelled rebel positions.',
    // "as" of a role, no clause.
    'Two Afghan soldiers were killed as hostages.',
  ],
  invalid: [
    { text: 'Three Hamas fighters were killed when Israeli troops shelled their hideout in Rafah.', events: ['israel attacks hamas'] },
    {
      text: 'Two Russian pilots were killed in Syria after Daesh attacked their helicopter near Palmyra.',
      events: ['daesh attacks russia'],
    },
    {
      text: 'Five Ukrainian soldiers were wounded as Russian troops shelled their trench near Bakhmut.',
      events: ['russia attacks ukraine'],
    },
    { text: 'Two Malian soldiers were killed when Daesh attacked their convoy near Gao.', events: ['daesh attacks mali'] },
    {
      text: 'Armenian soldiers were killed on Tuesday when Azerbaijani troops shelled their positions.',
      events: ['azerbaijan attacks armenia'],
    },
    // Negated or only possible: kept, flagged.
    { text: 'No Israeli soldiers were killed when Hamas attacked Sderot.', events: ['hamas attacks israel NEG'] },
    { text: 'Two Afghan soldiers were killed as Taliban fighters might attack the base.', events: ['taliban attacks afghanistan HYP'] },
  ],
});
