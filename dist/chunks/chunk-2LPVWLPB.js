import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);

// src/analyse/aivss.ts
var FACTOR_KEYS = [
  "autonomyOfAction",
  "goalDrivenPlanning",
  "selfModification",
  "toolUse",
  "memoryUse",
  "contextualAwareness",
  "dynamicIdentity",
  "multiAgentInteractions",
  "nonDeterminism",
  "opacityAndReflexivity"
];
var THM = {
  "0.5": { attacked: 100, poc: 97, unreported: 91 },
  "0.8": { attacked: 100, poc: 97, unreported: 50 }
};
var MITIGATION = {
  none: 100,
  weak: 100,
  partial: 83,
  strong: 67,
  adversarial_tested: 50
};
var PROVISIONAL_VERSIONS = /* @__PURE__ */ new Set(["0.8"]);
function scaled(value, digits) {
  return Math.round(value * 10 ** digits);
}
function roundDiv(n, d) {
  return Math.floor((2 * n + d) / (2 * d));
}
function factorSumHundredths(factors) {
  return FACTOR_KEYS.reduce((sum, key) => sum + scaled(factors[key], 2), 0);
}
function aars(factors) {
  return roundDiv(factorSumHundredths(factors), 10) / 10;
}
function severityOf(score) {
  const tenths = scaled(score, 1);
  if (tenths <= 0) return "None";
  if (tenths < 40) return "Low";
  if (tenths < 70) return "Medium";
  if (tenths < 90) return "High";
  return "Critical";
}
function formatScore(value) {
  return value.toFixed(1);
}
function computeAivss(input) {
  const maturity = input.exploitMaturity ?? "poc";
  const thm = THM[input.version][maturity];
  const c10 = scaled(input.cvssBase, 1);
  const sum100 = factorSumHundredths(input.factors);
  let tenths;
  let vectorAars;
  if (input.version === "0.5") {
    tenths = roundDiv((c10 * 10 + sum100) * thm, 2e3);
    vectorAars = roundDiv(sum100, 10) / 10;
  } else {
    const uplift = Math.max(0, 100 - c10) * sum100 * thm;
    const total = (c10 * 1e5 + uplift) * MITIGATION[input.mitigation ?? "none"];
    tenths = Math.min(100, roundDiv(total, 1e7));
    vectorAars = roundDiv(uplift, 1e5) / 10;
  }
  const score = tenths / 10;
  return {
    score,
    severity: severityOf(score),
    vector: `(CVSS:${formatScore(c10 / 10)}/AARS:${formatScore(vectorAars)})`,
    version: input.version,
    provisional: PROVISIONAL_VERSIONS.has(input.version),
    aars: roundDiv(sum100, 10) / 10,
    threatMultiplier: thm / 100
  };
}
function threatAivss(threat, profile) {
  if (!threat.cvss) return void 0;
  return computeAivss({
    version: profile.version,
    factors: profile.factors,
    cvssBase: threat.cvss.base,
    exploitMaturity: threat.cvss.exploitMaturity
  });
}
function aivssBlock(score) {
  return { score: score.score, severity: score.severity, vector: score.vector };
}

export {
  FACTOR_KEYS,
  PROVISIONAL_VERSIONS,
  aars,
  formatScore,
  computeAivss,
  threatAivss,
  aivssBlock
};
