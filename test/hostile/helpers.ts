// Shared by the hostile-input, property and fault tests: checks that a build's four output files are
// whole and readable (JSON parses and round-trips, the GEXF validates when the validator is there
// and reads back with graphology-gexf, both tables are JSON lines).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { MultiGraph } from 'graphology';
import gexf from 'graphology-gexf';
import { expect } from 'vitest';
import { parseGraph } from '../../src/query/load.js';
import { buildFiles, canValidateGexf, jsonLines, validateSh } from '../fixtures/helpers.js';

export const noValidator = canValidateGexf ? undefined : `needs ${validateSh} and jing or xmllint`;

/** Schema validation of a GEXF file with ../shared/gexf/validate.sh (no-op when it is absent). */
export function validateGexf(file: string): void {
  if (!canValidateGexf) return;
  const r = spawnSync('bash', [validateSh, file], { encoding: 'utf8' });
  expect(r.stdout + r.stderr, 'validate.sh output').toContain(`valid   ${file}`);
  expect(r.status, r.stdout + r.stderr).toBe(0);
}

/** Reads back a GEXF text: the same node and edge keys as the JSON export (reciprocal pairs joined by parseGraph). */
export function checkGexfText(text: string, json: { nodes: Array<{ key: string }>; edges: Array<{ key?: string }> }): void {
  expect(gexf.parse(MultiGraph, text).order).toBe(json.nodes.length);
  const back = parseGraph(text, 'gexf');
  expect(back.order).toBe(json.nodes.length);
  expect(back.size).toBe(json.edges.length);
  expect(new Set(back.nodes())).toEqual(new Set(json.nodes.map((n) => n.key)));
}

/** All four files of a build: whole, parseable, consistent with each other. */
export function checkOutputs(
  dir: string,
  name: string,
): {
  json: { nodes: Array<{ key: string; attributes?: Record<string, unknown> }>; edges: Array<{ key?: string }> };
  articles: Array<Record<string, unknown>>;
} {
  const f = buildFiles(dir, name);
  const jsonText = readFileSync(f.json, 'utf8');
  const json = JSON.parse(jsonText);
  expect(JSON.stringify(JSON.parse(JSON.stringify(json)))).toBe(JSON.stringify(json));
  const gexfText = readFileSync(f.gexf, 'utf8');
  validateGexf(f.gexf);
  checkGexfText(gexfText, json);
  jsonLines(readFileSync(f.events, 'utf8'));
  const articles = jsonLines(readFileSync(f.articles, 'utf8'));
  return { json, articles };
}
