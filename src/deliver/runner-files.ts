import { appendFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';

/**
 * `$GITHUB_OUTPUT` in the multi-line form (name<<DELIM … DELIM) with a random delimiter, so a value can never end
 * the block early and forge another output.
 */
export function writeOutputs(
  file: string | undefined,
  outputs: Record<string, string | number>,
  redact: (s: string) => string,
): void {
  if (!file) return;
  let text = '';
  for (const [name, value] of Object.entries(outputs)) {
    const delim = `threatcat_${randomBytes(12).toString('hex')}`;
    text += `${name}<<${delim}\n${redact(String(value))}\n${delim}\n`;
  }
  appendFileSync(file, text);
}

/** GitHub shows at most 1 MiB of a step summary; past that the upload fails, so stay under it. */
export const STEP_SUMMARY_LIMIT = 1024 * 1024 - 1024;

export function appendStepSummary(file: string | undefined, markdown: string, redact: (s: string) => string): boolean {
  if (!file) return false;
  let text = redact(markdown);
  if (Buffer.byteLength(text) > STEP_SUMMARY_LIMIT) {
    text = `${Buffer.from(text)
      .subarray(0, STEP_SUMMARY_LIMIT - 200)
      .toString('utf8')
      .replace(/\uFFFD*$/, '')}\n\n_(summary truncated at GitHub's 1 MiB step-summary limit)_\n`;
  }
  appendFileSync(file, text);
  return true;
}
