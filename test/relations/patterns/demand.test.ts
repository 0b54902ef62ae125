// Pattern demand: "X said Y must stop …", "X urged Y to end …".
import { demand } from '../../../src/relations/patterns/demand.js';
import { patternTester } from '../pattern-tester.js';

patternTester(demand, {
  valid: [
    'Putin said Erdogan should step forward.',
    'Russia must stop the war.',
    'Lavrov said the rebels must stop.',
    'Iran supports Hezbollah.',
  ],
  invalid: [
    { text: 'Lavrov said Washington must stop backing the YPG.', events: ['sergei-lavrov opposes united-states'] },
    { text: 'Erdogan urged Russia to end its offensive.', events: ['recep-tayyip-erdogan opposes russia'] },
    { text: 'Putin said Erdogan should step down.', events: ['vladimir-putin opposes recep-tayyip-erdogan'] },
    { text: 'Putin said Turkey must immediately withdraw.', events: ['vladimir-putin opposes turkey'] },
  ],
});
