// Pattern demand: "X said Y must stop …", "X urged Y to end …".
import { demand } from '../../../src/relations/patterns/demand.js';
import { patternTester } from '../pattern-tester.js';

patternTester(demand, {
  valid: [
    // A quotation closed with no speaker named, or denied.
    '"Hamas must stop the rocket fire. Then we can talk." The statement was not signed.',
    '"Hamas must stop the rocket fire. Then we can talk," Erdogan did not say.',
    // A closing report past a relative, or after another speaker's clause.
    'Iran must stop enrichment, which the US said was illegal.',
    'Iran said it was ready and Israel must stop the bombing, Hamas said.',
    // An act done to its object: the one urged to do it is not opposed.
    'The EU urged Iraq to punish the militias.',
    'Ukraine urged the EU to isolate Russia.',
    'Putin said Erdogan should step forward.',
    'Russia must stop the war.',
    'Lavrov said the rebels must stop.',
    'Iran supports Hezbollah.',
    // A verb that demands only with its particle: talks held, no one held accountable.
    'Erdogan said Russia must hold talks with Turkey.',
    'Lavrov said the talks must be held in Geneva.',
  ],
  invalid: [
    // The demand opens the sentence (or a clause after "but"/"and"); the closing report's speaker demands.
    { text: 'Israel must stop the bombing, Hamas said in a statement.', events: ['hamas opposes israel'] },
    { text: 'The talks failed and Russia must withdraw, Ukraine said.', events: ['ukraine opposes russia'] },
    { text: 'The Houthis must end their attacks on shipping, the Saudi foreign minister said.', events: ['saudi-arabia opposes houthis'] },
    { text: 'Lavrov said Washington must stop backing the YPG.', events: ['sergei-lavrov opposes united-states'] },
    { text: 'Erdogan urged Russia to end its offensive.', events: ['recep-tayyip-erdogan opposes russia'] },
    { text: 'Putin said Erdogan should step down.', events: ['vladimir-putin opposes recep-tayyip-erdogan'] },
    { text: 'Putin said Turkey must immediately withdraw.', events: ['vladimir-putin opposes turkey'] },
    // The demand in the passive: punishment, accountability, justice.
    { text: 'Erdogan argued that Putin must be punished for the strikes.', events: ['recep-tayyip-erdogan opposes vladimir-putin'] },
    { text: 'Lavrov said Turkey must be held accountable.', events: ['sergei-lavrov opposes turkey'] },
    { text: 'Erdogan said Lavrov should face justice.', events: ['recep-tayyip-erdogan opposes sergei-lavrov'] },
    // The speaker named where a quotation the sentence opens closes.
    { text: '"Hamas must stop the rocket fire. Then we can talk," Erdogan said.', events: ['recep-tayyip-erdogan opposes hamas'] },
  ],
});
