// The registry of `actorgraph query`'s questions: every question listed once, under the names the
// usage messages give.
import { describe, expect, it } from 'vitest';
import { QUESTION_NAMES, QUESTIONS } from '../../src/cli/questions/index.js';

describe('the questions registry', () => {
  it('names each question once, and the usage messages name the same ones', () => {
    const names = QUESTIONS.map((q) => q.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual([...QUESTION_NAMES].sort());
  });
});
