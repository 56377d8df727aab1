import type { Position } from '../../model/finding.js';
import type { ManifestObject } from '../../model/manifest.js';
import { groupOf } from './fields.js';

/**
 * GitOps objects that install a Helm chart when the cluster reconciles them: Flux's HelmRelease and Argo CD's
 * Application (or ApplicationSet) with a Helm source. What the chart renders — kagent's default ModelConfig and
 * tool server, an MCP server's Deployment — and the values that change it are in the chart, not in this file, so
 * threatcat cannot read them here. A pull request that edits the values must not look like a change threatcat
 * checked: each such object is one note (manifest-not-rendered), as a Chart.yaml is.
 */
export function gitopsNotes(objects: readonly ManifestObject[]): Array<{ position: Position; message: string }> {
  const notes: Array<{ position: Position; message: string }> = [];
  for (const o of objects) {
    const chart = helmChartOf(o);
    if (chart === undefined) continue;
    notes.push({
      position: o.position,
      message: `${describe(o)} ${o.name} installs Helm chart ${chart} when it is reconciled: the chart's objects and these values are not read. Render it (\`helm template ${o.name} CHART -f values.yaml > rendered.yaml\`, with the values it sets) and list the output in agent.manifests`,
    });
  }
  return notes;
}

function describe(o: ManifestObject): string {
  return o.kind === 'HelmRelease' ? 'Flux HelmRelease' : `Argo CD ${o.kind}`;
}

/** The chart a GitOps object installs ('' when it names none in a form read here), or undefined for none. */
function helmChartOf(o: ManifestObject): string | undefined {
  const group = groupOf(o.apiVersion);
  const spec = record(o.body.spec);
  if (group === 'helm.toolkit.fluxcd.io' && o.kind === 'HelmRelease') {
    // spec.chart.spec.chart (a HelmRepository chart) or spec.chartRef (an OCIRepository or HelmChart object).
    const named = record(record(spec.chart).spec).chart;
    const ref = record(spec.chartRef);
    return text(named) ?? (text(ref.name) ? `${text(ref.kind) ?? 'chartRef'} ${text(ref.name)}` : '(unnamed)');
  }
  if (group === 'argoproj.io' && o.kind === 'Application') return helmSource(spec);
  if (group === 'argoproj.io' && o.kind === 'ApplicationSet') return helmSource(record(record(spec.template).spec));
  return undefined;
}

/** An Argo CD application spec's Helm source: `source` or any of `sources` with a chart or a `helm` block. */
function helmSource(spec: Record<string, unknown>): string | undefined {
  const sources = [spec.source, ...(Array.isArray(spec.sources) ? spec.sources : [])].map(record);
  for (const s of sources) {
    const chart = text(s.chart);
    if (chart !== undefined) return chart;
    if (s.helm !== undefined) return text(s.path) ?? text(s.repoURL) ?? '(unnamed)';
  }
  return undefined;
}

function record(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}
