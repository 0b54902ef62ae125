// The registry of `actorgraph query`'s questions, in the order their help lists them. To add a
// question: one module here (a `Question`), one line in QUESTIONS, its name in QUESTION_NAMES.
import { actor } from './actor.js';
import { between } from './between.js';
import { communities } from './communities.js';
import { components } from './components.js';
import { ego } from './ego.js';
import { events } from './events.js';
import { neighbors } from './neighbors.js';
import { path } from './path.js';
import type { Question } from './question.js';
import { relations } from './relations.js';
import { subgraph } from './subgraph.js';
import { timeline } from './timeline.js';
import { top } from './top.js';

export type { Globals, Question, QuestionContext } from './question.js';

/** Every question, in the order `actorgraph query --help` lists them. */
export const QUESTIONS: readonly Question[] = [
  actor,
  relations,
  neighbors,
  between,
  path,
  top,
  ego,
  communities,
  components,
  events,
  subgraph,
  timeline,
];

/**
 * The questions' names as the usage messages list them (the README's order, timeline before
 * subgraph, unlike the help); a test checks that they are the registry's names.
 */
export const QUESTION_NAMES: readonly string[] = [
  'actor',
  'relations',
  'neighbors',
  'between',
  'path',
  'top',
  'ego',
  'communities',
  'components',
  'events',
  'timeline',
  'subgraph',
];
