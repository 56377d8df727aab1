import Handlebars from 'handlebars';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeSpan, escapeMarkdown, fencedBlock, mermaidLabel } from './markdown-escape.js';
import { formatScore } from '../analyse/aivss.js';
import { factsMarkdown, type ChangeFact } from './event-view.js';

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

/**
 * The one Handlebars environment, for every template. In Markdown templates untrusted text goes through
 * {{md x}} (Markdown-safe, returned as a SafeString); in HTML templates a bare {{x}} is HTML-escaped.
 */
export function markdownHandlebars(): typeof Handlebars {
  if (env) return env;
  const hb = Handlebars.create();
  env = hb;
  // Helpers return SafeStrings (already escaped for their context); a bare {{x}} still gets HTML escaping.
  const safe = (s: string) => new hb.SafeString(s);
  hb.registerHelper('md', (v: unknown) => safe(escapeMarkdown(v)));
  // In a Markdown file (the report) mentions, refs and URLs stay readable: a file notifies nobody.
  hb.registerHelper('mdfile', (v: unknown) => safe(escapeMarkdown(v, { keepReferences: true })));
  // {{code x table=true}} in a table cell, where a `|` must not end the cell.
  hb.registerHelper('code', (v: unknown, options?: { hash?: { table?: unknown } }) =>
    safe(codeSpan(v, { table: options?.hash?.table === true })),
  );
  hb.registerHelper('fenced', (lang: string, v: string) => safe(fencedBlock(lang, v)));
  hb.registerHelper('mlabel', (v: unknown) => safe(mermaidLabel(v)));
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('facts', (facts: ChangeFact[]) => safe(Array.isArray(facts) ? factsMarkdown(facts) : ''));
  hb.registerHelper('and', (a: unknown, b: unknown) => Boolean(a) && Boolean(b));
  hb.registerHelper('icon', (severity: unknown) =>
    severity === 'error' ? ':x:' : severity === 'warning' ? ':warning:' : ':information_source:',
  );
  hb.registerHelper('gt', (a: number, b: number) => a > b);
  hb.registerHelper('lt', (a: number, b: number) => a < b);
  hb.registerHelper('plural', (n: number, one: string, many: string) => (n === 1 ? one : many));
  hb.registerHelper('dec1', (n: number) => formatScore(n));
  hb.registerHelper('dueText', (days: number) =>
    days < 0
      ? `expired ${-days} day${days === -1 ? '' : 's'} ago: counts as open`
      : days === 0
        ? 'due today'
        : `due in ${days} day${days === 1 ? '' : 's'}`,
  );
  hb.registerHelper('join', (list: unknown[], sep: unknown) =>
    safe(Array.isArray(list) ? list.map((x) => escapeMarkdown(x)).join(typeof sep === 'string' ? sep : ', ') : ''),
  );
  // templates/partials/<name>.md.hbs is {{> name}}; inline partials, so the file's last newline is not part of it.
  const partials = join(templatesDir(), 'partials');
  if (existsSync(partials)) {
    for (const f of readdirSync(partials).filter((x) => x.endsWith('.hbs'))) {
      hb.registerPartial(f.replace(/\..*$/, ''), readFileSync(join(partials, f), 'utf8').replace(/\n$/, ''));
    }
  }
  return hb;
}

const cache = new Map<string, Handlebars.TemplateDelegate>();

/** templates/<name>, compiled once per process. */
function compiled(name: string): Handlebars.TemplateDelegate {
  let t = cache.get(name);
  if (!t) {
    t = markdownHandlebars().compile(readFileSync(join(templatesDir(), name), 'utf8'));
    cache.set(name, t);
  }
  return t;
}

/** A Markdown template (PR comment, review comments, the Markdown report). */
export function markdownTemplate(name: string): Handlebars.TemplateDelegate {
  return compiled(name);
}

/** An HTML template: the same environment; Handlebars escapes every bare {{value}} for HTML. */
export function htmlTemplate(name: string): Handlebars.TemplateDelegate {
  return compiled(name);
}
