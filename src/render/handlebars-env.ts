import Handlebars from 'handlebars';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeSpan, escapeMarkdown, fencedBlock, mermaidLabel } from './markdown-escape.js';

/**
 * templates/ ships next to dist/ (npm package and the Action's checkout) and next to src/ (tests via tsx).
 * Bundled chunks live at different depths, so walk up from this module until it is found.
 */
export function templatesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'templates', 'pr-comment.md.hbs'))) return join(dir, 'templates');
    dir = dirname(dir);
  }
  throw new Error('templates/ not found next to the threatcat installation');
}

let env: typeof Handlebars | undefined;

/** One Handlebars environment with Markdown-safe helpers; use {{{md x}}} for untrusted text in Markdown. */
export function markdownHandlebars(): typeof Handlebars {
  if (env) return env;
  const hb = Handlebars.create();
  env = hb;
  // Helpers return SafeStrings (already escaped for their context); a bare {{x}} still gets HTML escaping.
  const safe = (s: string) => new hb.SafeString(s);
  hb.registerHelper('md', (v: unknown) => safe(escapeMarkdown(v)));
  // {{code x table=true}} in a table cell, where a `|` must not end the cell.
  hb.registerHelper('code', (v: unknown, options?: { hash?: { table?: unknown } }) =>
    safe(codeSpan(v, { table: options?.hash?.table === true })),
  );
  hb.registerHelper('fenced', (lang: string, v: string) => safe(fencedBlock(lang, v)));
  hb.registerHelper('mlabel', (v: unknown) => safe(mermaidLabel(v)));
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('plural', (n: number, one: string, many: string) => (n === 1 ? one : many));
  hb.registerHelper('join', (list: unknown[], sep: unknown) =>
    safe(Array.isArray(list) ? list.map((x) => escapeMarkdown(x)).join(typeof sep === 'string' ? sep : ', ') : ''),
  );
  return hb;
}

const cache = new Map<string, Handlebars.TemplateDelegate>();

export function markdownTemplate(name: string): Handlebars.TemplateDelegate {
  let t = cache.get(name);
  if (!t) {
    t = markdownHandlebars().compile(readFileSync(join(templatesDir(), name), 'utf8'));
    cache.set(name, t);
  }
  return t;
}
