// Pattern banned-in: "Y (a terrorist group banned in X)", "Y, outlawed in X, …", "Y is banned in X".
import { bannedIn } from '../../../src/relations/patterns/banned-in.js';
import { patternTester } from '../pattern-tester.js';

patternTester(bannedIn, {
  valid: [
    // Banned in no named state, or no named group banned.
    'Cluster munitions are banned in many countries including France.',
    'Russian militants banned in Ukraine attacked the village.',
    'Alexei Navalny was banned in Russia from running.',
    // An active verb with its object after the place.
    'The Taliban banned in Afghanistan the education of girls.',
  ],
  invalid: [
    {
      text: 'A total of 24 Daesh terrorists (a terrorist group banned in Russia) were killed near Raqqa.',
      events: ['russia opposes daesh'],
    },
    { text: 'Hamas, outlawed in Israel, runs Gaza.', events: ['israel opposes hamas'] },
    // The ban is the last conjunct's, unless "both" spreads it.
  ],
});
