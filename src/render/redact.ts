import { escapeMarkdown } from './markdown-escape.js';

/**
 * Every byte the Action writes (stdout, stderr, step summary, outputs, comments) goes through this, so the token
 * cannot leak even when a library echoes a request, a header or a remote URL into an error message.
 */
export function makeRedactor(secrets: string[]): (s: string) => string {
  const needles = new Set<string>();
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    needles.add(secret);
    // git's http.extraheader (actions/checkout) carries base64("x-access-token:<token>").
    needles.add(Buffer.from(`x-access-token:${secret}`).toString('base64'));
    needles.add(Buffer.from(secret).toString('base64'));
    needles.add(encodeURIComponent(secret));
    // as it would appear in a comment, after Markdown escaping (ghs_… becomes ghs\_…)
    needles.add(escapeMarkdown(secret));
  }
  const list = [...needles].sort((a, b) => b.length - a.length);
  return (s: string) => {
    let out = s;
    for (const n of list) out = out.split(n).join('***');
    return out;
  };
}
