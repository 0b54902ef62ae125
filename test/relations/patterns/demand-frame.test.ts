// Pattern demand-frame: "X demanded that Y …", "X urged / called on Y to stop …", "its demand that Y …".
import { demandFrame } from '../../../src/relations/patterns/demand-frame.js';
import { patternTester } from '../pattern-tester.js';

patternTester(demandFrame, {
  valid: [
    // An act done to its object ('punish', 'isolate'): the one asked to do it is not opposed.
    'The EU urged Iraq to punish the militias.',
    'Washington urged Pakistan to expel the Taliban.',
    // A verb in scare quotes that demands nothing.
    'The EU released a statement "welcoming" the Russian withdrawal.',
    // An appeal for help or support is no opposition.
    'The United Nations urged the European Union to support the plan.',
    'Ukraine called on Germany to send more tanks.',
    'Kenya asked Ethiopia to host the talks.',
    // No actor is asked.
    'Lebanon urged calm after the strike.',
    'Turkey demanded an explanation.',
  ],
  invalid: [
    // A passive infinitive or a gerund of an act done to its object: the one who suffers it is opposed.
    { text: 'Ukraine called for Russia to be expelled from the UN Security Council.', events: ['ukraine opposes russia'] },
    { text: 'The EU called for holding Hamas accountable for the attack.', events: ['european-union opposes hamas'] },
    // A verb in scare quotes: the statement's issuer demands.
    { text: 'The EU released a statement "demanding" that Russia stop its strikes on Kyiv.', events: ['european-union opposes russia'] },
    // A last conjunct naming no actor leaves the named one asked.
    { text: 'The EU demanded that Russia and its allies withdraw from the region.', events: ['european-union opposes russia'] },
    { text: 'Qatar demanded that Israel and other parties stop the bombardment of Gaza.', events: ['qatar opposes israel'] },
    { text: 'Russia demanded that Ukraine withdraw its troops from the region.', events: ['russia opposes ukraine'] },
    { text: 'The PRC on Tuesday demanded that the US cancel plans to sell weapons to Taiwan.', events: ['china opposes united-states'] },
    { text: 'The United States urged Israel to halt its offensive in Gaza.', events: ['united-states opposes israel'] },
    { text: 'China called on Japan to stop its provocations.', events: ['china opposes japan'] },
    { text: 'Washington pressed Pyongyang to dismantle its nuclear programme.', events: ['united-states opposes north-korea'] },
    { text: 'Armenia asked Azerbaijan to pull out its forces.', events: ['armenia opposes azerbaijan'] },
    {
      text: 'The ILO reiterated its demand that Israel ease restrictions on Palestinian workers.',
      events: ['international-labour-organization opposes israel'],
    },
    { text: 'Turkey renewed its calls for Russia to withdraw.', events: ['turkey opposes russia'] },
    { text: 'Ecowas urged Niger to release the president.', events: [] },
    { text: 'Nigeria urged Niger to release President Bazoum.', events: ['nigeria opposes niger'] },
    // Of whom a demand verb asks: "an apology from", "an admission by".
    { text: 'Turkey demanded an apology from Russia.', events: ['turkey opposes russia'] },
    { text: "Poland's parliament demanded an immediate admission by Moscow.", events: ['poland opposes russia'] },
    // Asking for an end to a party's hostile deed opposes its owner.
    { text: 'The EU urged an immediate end to Turkish military operations in Syria.', events: ['european-union opposes turkey'] },
    { text: "Jordan demanded a halt to Israel's settlements in the West Bank.", events: ['jordan opposes israel'] },
    { text: 'Iran called for an end to American interference in the region.', events: ['iran opposes united-states'] },
    { text: 'Qatar called for an end to the Saudi blockade.', events: ['qatar opposes saudi-arabia'] },
    // The besieged, the suffering, the unowned: no one asked.
    { text: 'Egypt called for an end to the siege of Gaza by Israel.', events: [] },
    { text: 'Germany called for an end to the suffering of Ukrainian civilians.', events: [] },
    { text: 'Pakistan called for an end to the war in Afghanistan.', events: [] },
    { text: 'Russia did not call for an end to Syrian strikes.', events: ['russia opposes syria NEG'] },
    // Asking a third party to back an actor is backing it.
    { text: 'Pakistan urged the world to support Afghanistan.', events: ['pakistan supports afghanistan'] },
  ],
});
