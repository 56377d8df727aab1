import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportView } from './report-view.js';
import { htmlTemplate } from './handlebars-env.js';
import { packageRoot } from '../read/package-dir.js';

/** Built by scripts/build.mjs from the mermaid package (a trimmed browser bundle). */
export function mermaidBundlePath(): string {
  return join(packageRoot(), 'dist', 'vendor', 'mermaid.min.js');
}

/**
 * One self-contained HTML file: styles and the Mermaid bundle inline, a Content-Security-Policy that allows no
 * network request at all, so the diagram renders offline. Catalog text is escaped by Handlebars.
 */
export function renderReportHtml(view: ReportView): string {
  const path = mermaidBundlePath();
  if (!existsSync(path)) {
    throw new Error(`the HTML report needs ${path}, which \`npm run build\` writes from the mermaid package`);
  }
  // An inline script ends at the first "</script" whatever the JavaScript around it means.
  const mermaidJs = readFileSync(path, 'utf8').replace(/<\/(script)/gi, '<\\/$1');
  return htmlTemplate('report.html.hbs')({ ...view, mermaidJs });
}
