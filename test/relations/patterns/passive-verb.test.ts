// Pattern passive-verb: "Y was <verb>ed by X", "Y, <verb>ed by X", "Y <verb>ed in X airstrikes".
import { passiveVerb } from '../../../src/relations/patterns/passive-verb.js';
import { patternTester } from '../pattern-tester.js';

patternTester(passiveVerb, {
  valid: [
    // A description in apposition that is no actor's, or that names its own actor.
    'The convoy, a column backed by Russia, was hit.',
    'Hezbollah, a group backed by its Iranian allies, fired rockets.',
    'Erdogan was hosted in Moscow.',
    'Putin hosted Erdogan.',
    'Iran supports Hezbollah.',
    // A reduced relative qualifies the head of the phrase before it, here no actor.
    'Tags Syria Turkey A convoy backed by Russia was hit.',
    // A subject thing owned by no one, or not a thing the relation reaches.
    'A convoy was ambushed by Sudanese troops.',
    'The Syrian town was captured by Daesh.',
    // An opening participle whose clause subject is no actor, or an actor's "of" phrase.
    'Backed by Russia, the offensive on Idlib stalled.',
  ],
  invalid: [
    // A description in apposition, naming no actor, stands for the actor before it.
    { text: 'Hezbollah, a group backed by Iran, fired rockets at Israel.', events: ['iran supports hezbollah'] },
    { text: 'The Houthis, a movement supported by Iran, fired missiles at Saudi Arabia.', events: ['iran supports houthis'] },
    // An opening participle qualifies the subject of the clause after its agent.
    { text: 'Backed by Iran, the Houthis seized Sanaa.', events: ['iran supports houthis'] },
    { text: 'Backed by Iran and Russia, Hezbollah fought in Qusayr.', events: ['iran supports hezbollah', 'russia supports hezbollah'] },
    { text: 'Backed by Turkey, Hamas may attack Israel.', events: ['turkey supports hamas'] },
    { text: 'Erdogan was hosted by Putin in Moscow.', events: ['recep-tayyip-erdogan met vladimir-putin'] },
    { text: 'The Syrian army, backed by Russia, purged militants from the town.', events: ['russia supports syria'] },
    { text: 'Hezbollah fighters were killed in Russian airstrikes.', events: ['russia attacks hezbollah'] },
    { text: 'The FSA, backed by Turkey, took the town.', events: ['turkey supports free-syrian-army'] },
    // The leader of the strikes ("X-led").
    { text: 'Dozens of Hezbollah fighters were killed in Saudi-led airstrikes.', events: ['saudi-arabia attacks hezbollah'] },
    // The agent of the attack noun, in a reduced relative after it.
    { text: 'Hezbollah commanders were killed in airstrikes carried out by the Syrian army.', events: ['syria attacks hezbollah'] },
    // A subject that is a thing of an actor reaches its owner, as an object does.
    { text: 'Two Turkish bases were shelled by the YPG.', events: ['ypg attacks turkey'] },
  ],
});
