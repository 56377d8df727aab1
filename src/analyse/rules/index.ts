import type { Rule } from './rule.js';
import { duplicateId } from './duplicate-id.js';
import { unknownComponent } from './unknown-component.js';
import { closedWithoutEvidence } from './closed-without-evidence.js';
import { acceptanceMissingRereview } from './acceptance-missing-rereview.js';
import { acceptanceExpired } from './acceptance-expired.js';
import { acceptanceExpiring } from './acceptance-expiring.js';
import { aivssFactorLevel } from './aivss-factor-level.js';
import { aivssScoreStale } from './aivss-score-stale.js';
import { dormantWithoutDisposition } from './dormant-without-disposition.js';
import { manifestPathUnmatched } from './manifest-path-unmatched.js';
import { workloadMissing } from './workload-missing.js';
import { shadowComponent } from './shadow-component.js';
import { referenceRenamed } from './reference-renamed.js';
import { surfaceMalformed } from './surface-malformed.js';
import { baselineConvergenceRule } from './baseline-convergence.js';
import { dismissedUnknownTemplate } from './dismissed-unknown-template.js';

/** Every semantic rule, in the order their findings are most useful to read. */
export const RULES: readonly Rule[] = [
  duplicateId,
  unknownComponent,
  closedWithoutEvidence,
  acceptanceMissingRereview,
  acceptanceExpired,
  acceptanceExpiring,
  aivssFactorLevel,
  aivssScoreStale,
  dormantWithoutDisposition,
  manifestPathUnmatched,
  workloadMissing,
  shadowComponent,
  referenceRenamed,
  surfaceMalformed,
  dismissedUnknownTemplate,
  baselineConvergenceRule,
];
