// Pattern force-intent: "X warned that it would attack Y", "X vowed to strike Y": the speaker's
// announced use of force threatens Y. It reads the hypothetical force the verb patterns found, so it
// runs here after active-verb; the force itself stays hypothetical (HYP).
import { describe, expect, it } from 'vitest';
import { activeVerb } from '../../../src/relations/patterns/active-verb.js';
import { forceIntent } from '../../../src/relations/patterns/force-intent.js';
import { eventsOf } from '../pattern-tester.js';

const run = (text: string) => eventsOf([activeVerb, forceIntent], text).filter((e) => e.includes(' opposes '));

describe('pattern force-intent', () => {
  it.each([
    ['Iran vowed to attack Israel.', ['iran opposes israel']],
    ['Russia said it would attack Ukraine.', ['russia opposes ukraine']],
    ['Hezbollah warned that it would attack Israel.', ['hezbollah opposes israel']],
  ])('reads: %s', (text, want) => {
    expect(run(text)).toEqual(want);
  });
  it.each([
    // Another's force foretold, a denied intent, a negated announcement, force done.
    'Iran said Israel would attack it.',
    'The United States said it would not attack Iran.',
    'Iran attacked Israel, officials said.',
    // A noun of force is no announced strike.
    'Putin said the powers could avert a military intervention against Syria.',
  ])('gives nothing for: %s', (text) => {
    expect(run(text)).toEqual([]);
  });
  it('a negated announcement is negated', () => {
    expect(eventsOf([activeVerb, forceIntent], 'Iran did not say it would attack Israel.')).toContain('iran opposes israel NEG');
  });
});
