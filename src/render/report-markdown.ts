import type { ReportView } from './report-view.js';
import { markdownTemplate } from './handlebars-env.js';

export function renderReportMarkdown(view: ReportView): string {
  return markdownTemplate('report.md.hbs')(view);
}
