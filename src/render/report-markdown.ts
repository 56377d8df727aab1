import type { ReportView } from './report-view.js';
import { template } from './report-view.js';

export function renderReportMarkdown(view: ReportView): string {
  return template('report.md.hbs', { markdown: true })(view);
}
