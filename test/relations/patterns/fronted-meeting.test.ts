// Pattern fronted-meeting: "In a phone call with X, Y …", "During talks with X, Y …".
import { frontedMeeting } from '../../../src/relations/patterns/fronted-meeting.js';
import { patternTester } from '../pattern-tester.js';

patternTester(frontedMeeting, {
  valid: [
    // No meeting noun, or the adjunct does not open the sentence, or no party in it.
    'In a statement, Russia condemned Ukraine.',
    'Putin said the deal was dead in a phone call with Erdogan.',
    'In the meeting, Russia and Turkey agreed.',
    // A visit to a capital alone is at most an optional meeting.
    'During a visit to Kyiv, Blinken pledged more aid.',
  ],
  invalid: [
    { text: 'In a phone call with Erdogan, Putin said the deal was dead.', events: ['recep-tayyip-erdogan met vladimir-putin'] },
    { text: 'During talks with Hamas on Monday, Egypt pressed for a truce.', events: ['egypt met hamas'] },
    { text: 'In a call with Turkey and Iran, Russia asked for calm.', events: ['iran met russia', 'russia met turkey'] },
    { text: 'In a letter to Putin, Erdogan accused the YPG of terrorism.', events: ['recep-tayyip-erdogan met vladimir-putin'] },
  ],
});
