import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aars, computeAivss, severityOf, threatAivss } from '../src/analyse/aivss.js';
import type { AivssFactors } from '../src/model/catalog.js';

/** The seed's factors (004_...) snapped to the legal levels, as formats.md section 2.3 does. Sum 6.5. */
const SEED: AivssFactors = {
  autonomyOfAction: 0.5,
  goalDrivenPlanning: 1.0,
  selfModification: 0.0,
  toolUse: 1.0,
  memoryUse: 0.5,
  contextualAwareness: 1.0,
  dynamicIdentity: 0.5,
  multiAgentInteractions: 1.0,
  nonDeterminism: 0.5,
  opacityAndReflexivity: 0.5,
};
/** The seed's raw values: illegal levels, but the same sum. */
const SEED_RAW: AivssFactors = {
  autonomyOfAction: 0.7,
  goalDrivenPlanning: 0.8,
  selfModification: 0.2,
  toolUse: 0.8,
  memoryUse: 0.4,
  contextualAwareness: 0.9,
  dynamicIdentity: 0.5,
  multiAgentInteractions: 0.9,
  nonDeterminism: 0.7,
  opacityAndReflexivity: 0.6,
};
/** Factors summing to 8.5, as in the v0.5 PDF's Tool Misuse example (4.2.1). */
const PDF_TOOL_MISUSE: AivssFactors = {
  ...SEED,
  autonomyOfAction: 1.0,
  memoryUse: 1.0,
  dynamicIdentity: 1.0,
  nonDeterminism: 1.0,
};

test('AARS is the factor sum (seed values, snapped and raw, both 6.5)', () => {
  assert.equal(aars(SEED), 6.5);
  assert.equal(aars(SEED_RAW), 6.5);
  assert.equal(aars(PDF_TOOL_MISUSE), 8.5);
});

test('v0.5 PDF worked example: ((9.4 + 8.5) / 2) x 0.97 = 8.6815 -> 8.7 High', () => {
  const s = computeAivss({ version: '0.5', factors: PDF_TOOL_MISUSE, cvssBase: 9.4 });
  assert.equal(s.score, 8.7);
  assert.equal(s.severity, 'High');
  assert.equal(s.vector, '(CVSS:9.4/AARS:8.5)');
  assert.equal(s.provisional, false);
});

const V05: Array<{ cvss: number; maturity?: 'attacked' | 'poc' | 'unreported'; score: number; severity: string }> = [
  { cvss: 7.0, score: 6.5, severity: 'Medium' }, // 6.75 x 0.97 = 6.5475
  { cvss: 7.0, maturity: 'poc', score: 6.5, severity: 'Medium' },
  { cvss: 7.0, maturity: 'attacked', score: 6.8, severity: 'Medium' }, // 6.75 exactly: half-up
  { cvss: 7.0, maturity: 'unreported', score: 6.1, severity: 'Medium' }, // 6.1425
  { cvss: 9.4, score: 7.7, severity: 'High' }, // 7.7115
];
for (const c of V05) {
  test(`v0.5 seed factors, CVSS ${c.cvss} ${c.maturity ?? '(default maturity)'} -> ${c.score} ${c.severity}`, () => {
    for (const factors of [SEED, SEED_RAW]) {
      const s = computeAivss({ version: '0.5', factors, cvssBase: c.cvss, exploitMaturity: c.maturity });
      assert.equal(s.score, c.score);
      assert.equal(s.severity, c.severity);
      assert.equal(s.vector, `(CVSS:${c.cvss.toFixed(1)}/AARS:6.5)`);
    }
  });
}

test('half-up rounding is exact where floating point would go down', () => {
  // Halves like 1.05 and 0.55 have no exact binary form; they must still round up.
  const f: AivssFactors = {
    ...SEED,
    goalDrivenPlanning: 0.5,
    toolUse: 0.5,
    contextualAwareness: 0,
    multiAgentInteractions: 0.1,
    memoryUse: 0,
    nonDeterminism: 0,
    opacityAndReflexivity: 0,
    autonomyOfAction: 0,
    dynamicIdentity: 0,
  };
  assert.equal(aars(f), 1.1);
  assert.equal(
    computeAivss({
      version: '0.5',
      factors: { ...f, multiAgentInteractions: 0 },
      cvssBase: 1.1,
      exploitMaturity: 'attacked',
    }).score,
    1.1,
  );
  assert.equal(computeAivss({ version: '0.5', factors: f, cvssBase: 0.0, exploitMaturity: 'attacked' }).score, 0.6);
});

test('v0.8 (provisional): CVSS 7.0, ThM 0.97 -> 8.9 High; CVSS 9.4 -> 9.8 Critical', () => {
  const a = computeAivss({ version: '0.8', factors: SEED, cvssBase: 7.0 });
  assert.equal(a.score, 8.9);
  assert.equal(a.severity, 'High');
  assert.equal(a.provisional, true);
  assert.equal(a.vector, '(CVSS:7.0/AARS:1.9)'); // uplift 1.8915
  const b = computeAivss({ version: '0.8', factors: SEED, cvssBase: 9.4 });
  assert.equal(b.score, 9.8);
  assert.equal(b.severity, 'Critical');
});

test('v0.8 mitigation factor 0.67 reproduces the known defect (6.0, below CVSS)', () => {
  assert.equal(computeAivss({ version: '0.8', factors: SEED, cvssBase: 7.0, mitigation: 'strong' }).score, 6.0);
});

test('v0.8 unreported maturity uses ThM 0.50 and the score is capped at 10', () => {
  assert.equal(
    computeAivss({ version: '0.8', factors: SEED, cvssBase: 7.0, exploitMaturity: 'unreported' }).score,
    8.0,
  ); // 7 + 0.975
  const all: AivssFactors = {
    ...SEED,
    selfModification: 1,
    autonomyOfAction: 1,
    memoryUse: 1,
    dynamicIdentity: 1,
    nonDeterminism: 1,
    opacityAndReflexivity: 1,
  };
  assert.equal(computeAivss({ version: '0.8', factors: all, cvssBase: 10, exploitMaturity: 'attacked' }).score, 10);
});

test('severity bands', () => {
  assert.equal(severityOf(0), 'None');
  assert.equal(severityOf(0.1), 'Low');
  assert.equal(severityOf(3.9), 'Low');
  assert.equal(severityOf(4.0), 'Medium');
  assert.equal(severityOf(6.9), 'Medium');
  assert.equal(severityOf(7.0), 'High');
  assert.equal(severityOf(8.9), 'High');
  assert.equal(severityOf(9.0), 'Critical');
  assert.equal(severityOf(10), 'Critical');
});

test('a threat without CVSS has no AIVSS score', () => {
  assert.equal(threatAivss({}, { version: '0.5', factors: SEED }), undefined);
  assert.equal(threatAivss({ cvss: { base: 7.0 } }, { version: '0.5', factors: SEED })?.score, 6.5);
});
