// Pattern veto: "X vetoed a resolution against Y", "X blocked sanctions on Y".
import { veto } from '../../../src/relations/patterns/veto.js';
import { patternTester } from '../pattern-tester.js';

patternTester(veto, {
  valid: [
    // The measure is aimed at no actor.
    'Russia vetoed a resolution on humanitarian access.',
    'The United States vetoed the draft.',
    // Not a measure.
    'Turkey blocked the road to Idlib.',
    // A demand of no actor: an end, a ceasefire, access.
    'China vetoed a resolution demanding an end to the fighting in Myanmar.',
    'Russia vetoed a draft demanding a ceasefire in Gaza.',
  ],
  invalid: [
    { text: 'China vetoed a UN resolution against North Korea.', events: ['china supports north-korea'] },
    { text: 'Russia vetoed a Security Council resolution condemning Syria.', events: ['russia supports syria'] },
    { text: 'Hungary blocked new EU sanctions on Russia.', events: ['hungary supports russia'] },
    { text: 'The United States vetoed a draft resolution criticizing Israel.', events: ['united-states supports israel'] },
    {
      text: 'Russia and China have repeatedly vetoed any UN move to sanction Syria.',
      events: ['china supports syria', 'russia supports syria'],
    },
    // A measure that makes demands of an actor is aimed at it.
    {
      text: 'On Wednesday Moscow vetoed a draft UN resolution demanding the Syrian government cooperate with an investigation.',
      events: ['russia supports syria'],
    },
    {
      text: 'The United States blocked a statement urging Israel to halt its offensive in Rafah.',
      events: ['united-states supports israel'],
    },
    { text: 'Beijing vetoed a resolution demanding that the junta release political prisoners in Myanmar.', events: [] },
  ],
});
