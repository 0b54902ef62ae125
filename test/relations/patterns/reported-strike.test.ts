// Pattern reported-strike: "X were destroyed, <Y's military voice> said" — Y attacks X.
import { reportedStrike } from '../../../src/relations/patterns/reported-strike.js';
import { patternTester } from '../pattern-tester.js';

patternTester(reportedStrike, {
  valid: [
    // A speaker who is no state's military.
    'Seven Taliban fighters were killed in Helmand, a Taliban spokesman said.',
    'Some 120 Daesh militants were destroyed near Raqqa, the Syrian Observatory said.',
    // The force has its own agent.
    'Ten Hezbollah fighters were killed by Israeli jets, the Russian defence ministry said.',
    // A force of another doer follows, past a coordinated participle.
    'More than 60 Syrian soldiers were killed and dozens injured in US-led coalition airstrikes, the Russian army said.',
    // The speaker's own side fell.
    'Ten Syrian soldiers were killed near Hama, the Syrian army said.',
    // Not a passive: the subject did it.
    'Russian jets destroyed a Turkish convoy, the Russian defence ministry said.',
  ],
  invalid: [
    {
      text: 'Some 120 Daesh militants were destroyed near Raqqa, the Russian defence ministry said.',
      events: ['russia attacks daesh'],
    },
    { text: 'Seven Taliban fighters were killed in Helmand, the Afghan defence ministry said.', events: ['afghanistan attacks taliban'] },
  ],
});
