// Catalog variants with an accepted threat and an accepted dormant permission (the acceptance rules' sites).
import { CATALOG, edit } from './catalogs.js';

/** DEMO-01 accepted; `acceptance` is the YAML of its record (indented under the threat), or '' for none. */
export function acceptedThreat(acceptance: string): string {
  return edit(
    CATALOG,
    '    layer: L1\n    components: [model, demo-sa]\n    status: open\n',
    `    layer: L1\n    components: [model, demo-sa]\n    status: accepted\n${acceptance}`,
  );
}

export function record(reReviewBy?: string): string {
  return `    acceptance:\n      by: "@example/security"\n      reason: the tool server is read-only in production\n${reReviewBy ? `      reReviewBy: ${reReviewBy}\n` : ''}`;
}

/** The dormant `list secrets` permission accepted with the record given (indented under the dormant entry). */
export function acceptedDormant(reReviewBy?: string): string {
  const rec = `        acceptance:\n          by: "@example/security"\n          reason: needed for break-glass\n${reReviewBy ? `          reReviewBy: ${reReviewBy}\n` : ''}`;
  return edit(CATALOG, '        disposition: revoke\n', `        disposition: accepted\n${rec}`);
}
