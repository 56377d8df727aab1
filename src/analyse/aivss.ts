import type { AivssFactors, AivssProfile, AivssResult, Cvss, Threat } from '../model/catalog.js';

/**
 * OWASP AIVSS scoring. Pure.
 *
 * v0.5 (August 2025, the published PDF, sections 4.1.1-4.1.5 and 7.3):
 *   AARS  = sum of the ten agentic factors (0..10)
 *   AIVSS = ((CVSS base + AARS) / 2) x ThM, ThM from CVSS v4.0 Exploit Maturity
 *           (attacked 1.0, proof-of-concept 0.97 = the default, unreported 0.91)
 *
 * v0.8 (2026) is PROVISIONAL: its PDF was not available; the formula is the one reconstructed from the
 * v0.9 draft's Annex B (legacy.py) and MindXO:
 *   uplift = (10 - CVSS base) x (factor sum / 10) x ThM (attacked 1.0, poc 0.97, unreported 0.50)
 *   AIVSS  = min(10, (CVSS base + uplift) x mitigation factor)
 *
 * Everything is computed in integers (tenths, hundredths) so that rounding to one decimal is exact and half-up:
 * in floating point 6.75 x 1.0 and 8.6815 would round however the binary representation falls.
 */

export type AivssVersion = AivssProfile['version'];
export type ExploitMaturity = NonNullable<Cvss['exploitMaturity']>;
export type AivssSeverity = AivssResult['severity'];
export type MitigationLevel = 'none' | 'weak' | 'partial' | 'strong' | 'adversarial_tested';

export const FACTOR_KEYS: ReadonlyArray<keyof AivssFactors> = [
  'autonomyOfAction',
  'goalDrivenPlanning',
  'selfModification',
  'toolUse',
  'memoryUse',
  'contextualAwareness',
  'dynamicIdentity',
  'multiAgentInteractions',
  'nonDeterminism',
  'opacityAndReflexivity',
];

/** Human names of the factors (AIVSS v0.5 section 3.2). */
export const FACTOR_NAMES: Readonly<Record<keyof AivssFactors, string>> = {
  autonomyOfAction: 'Autonomy of Action',
  goalDrivenPlanning: 'Goal-Driven Planning',
  selfModification: 'Self-Modification',
  toolUse: 'Dynamic Tool Use',
  memoryUse: 'Persistent Memory',
  contextualAwareness: 'Contextual Awareness',
  dynamicIdentity: 'Dynamic Identity',
  multiAgentInteractions: 'Multi-Agent Interactions',
  nonDeterminism: 'Non-Determinism',
  opacityAndReflexivity: 'Opacity & Reflexivity',
};

/** Threat multiplier in hundredths, per version and exploit maturity. */
const THM: Record<AivssVersion, Record<ExploitMaturity, number>> = {
  '0.5': { attacked: 100, poc: 97, unreported: 91 },
  '0.8': { attacked: 100, poc: 97, unreported: 50 },
};

/** v0.8 mitigation factor in hundredths. */
const MITIGATION: Record<MitigationLevel, number> = {
  none: 100,
  weak: 100,
  partial: 83,
  strong: 67,
  adversarial_tested: 50,
};

export const PROVISIONAL_VERSIONS: ReadonlySet<AivssVersion> = new Set(['0.8']);

export interface AivssInput {
  version: AivssVersion;
  factors: AivssFactors;
  /** CVSS v4.0 base score, 0.0-10.0. */
  cvssBase: number;
  exploitMaturity?: ExploitMaturity;
  /** v0.8 only; the catalog does not record it, so it is 'none' (1.0) unless a caller says otherwise. */
  mitigation?: MitigationLevel;
}

export interface AivssScore extends AivssResult {
  version: AivssVersion;
  provisional: boolean;
  /** v0.5 AARS: the factor sum. */
  aars: number;
  threatMultiplier: number;
}

/** A value with at most `digits` decimals, as an integer count of 10^-digits (6.5 -> 65 for digits 1). */
function scaled(value: number, digits: number): number {
  return Math.round(value * 10 ** digits);
}

/** Half-up division of non-negative integers: round(n / d). */
function roundDiv(n: number, d: number): number {
  return Math.floor((2 * n + d) / (2 * d));
}

/** Factor sum in hundredths (factors are 0, 0.5 or 1; two decimals also keep the seed's raw values exact). */
export function factorSumHundredths(factors: AivssFactors): number {
  return FACTOR_KEYS.reduce((sum, key) => sum + scaled(factors[key], 2), 0);
}

/** The Agentic AI Risk Score of AIVSS v0.5: the sum of the ten factors, to one decimal (half-up). */
export function aars(factors: AivssFactors): number {
  return roundDiv(factorSumHundredths(factors), 10) / 10;
}

/** CVSS qualitative bands, as the AIVSS calculators use them. `score` has one decimal. */
export function severityOf(score: number): AivssSeverity {
  const tenths = scaled(score, 1);
  if (tenths <= 0) return 'None';
  if (tenths < 40) return 'Low';
  if (tenths < 70) return 'Medium';
  if (tenths < 90) return 'High';
  return 'Critical';
}

/** One decimal, always shown: 7 -> "7.0". */
export function formatScore(value: number): string {
  return value.toFixed(1);
}

export function computeAivss(input: AivssInput): AivssScore {
  const maturity = input.exploitMaturity ?? 'poc';
  const thm = THM[input.version][maturity];
  const c10 = scaled(input.cvssBase, 1);
  const sum100 = factorSumHundredths(input.factors);
  let tenths: number;
  let vectorAars: number;
  if (input.version === '0.5') {
    // ((c10/10 + sum100/100) / 2) x thm/100, in units of 1e-4 x 2.
    tenths = roundDiv((c10 * 10 + sum100) * thm, 2000);
    vectorAars = roundDiv(sum100, 10) / 10;
  } else {
    // uplift in 1e-6: (10 - c) x (sum/10) x thm = (100 - c10)/10 x sum100/1000 x thm/100
    const uplift = Math.max(0, 100 - c10) * sum100 * thm;
    const total = (c10 * 100_000 + uplift) * MITIGATION[input.mitigation ?? 'none']; // 1e-8
    tenths = Math.min(100, roundDiv(total, 10_000_000));
    vectorAars = roundDiv(uplift, 100_000) / 10;
  }
  const score = tenths / 10;
  return {
    score,
    severity: severityOf(score),
    vector: `(CVSS:${formatScore(c10 / 10)}/AARS:${formatScore(vectorAars)})`,
    version: input.version,
    provisional: PROVISIONAL_VERSIONS.has(input.version),
    aars: roundDiv(sum100, 10) / 10,
    threatMultiplier: thm / 100,
  };
}

/**
 * The score of one threat under the agent's profile. A threat without a CVSS base has no AIVSS score:
 * AIVSS is defined as an amplification of CVSS, and a guessed base would look as precise as a measured one.
 * Such threats show "n/a" and sort after every scored threat.
 */
export function threatAivss(threat: Pick<Threat, 'cvss'>, profile: AivssProfile): AivssScore | undefined {
  if (!threat.cvss) return undefined;
  return computeAivss({
    version: profile.version,
    factors: profile.factors,
    cvssBase: threat.cvss.base,
    exploitMaturity: threat.cvss.exploitMaturity,
  });
}

/** The block written into a threat's `aivss` (what aivss-score-stale compares against). */
export function aivssBlock(score: AivssScore): AivssResult {
  return { score: score.score, severity: score.severity, vector: score.vector };
}
