// The bundled lexicon and every pattern together, on news sentences written for these tests across
// theatres (Ukraine, Gaza, Lebanon, Yemen, Libya, the Sahel, Afghanistan, Korea, Taiwan, the Caucasus,
// the Gulf, Syria): the families of relations of the PLOVER codebook — consultation, cooperation,
// support and aid, verbal conflict (disapproval, rejection, threats, protests, sanctions, demands),
// force — and the sentences where nothing (or only part) must be read: negations, denials, pledges,
// appeals, possibilities. Each line is the exact set of events (member_of left aside).
import { describe, expect, it } from 'vitest';
import { THEATRE_CASES as CASES, theatreEvents as events } from './theatre-cases.js';

describe('relations across theatres (bundled lexicon)', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(events(text)).toEqual([...expected].sort());
  });
});
