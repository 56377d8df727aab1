import { createHash } from 'node:crypto';
import type { Position } from '../../model/finding.js';
import type { ManifestObject } from '../../model/manifest.js';
import type { SurfaceModel } from '../../model/surface.js';
import { FieldReader, fieldPath, type ManifestIndex } from './fields.js';

/**
 * Where a kagent agent's instructions come from, when they do not sit in the agent object itself (kagent 5229184e280a):
 * - Agent/SandboxAgent `spec.declarative.systemMessageFrom {type: ConfigMap|Secret, name, key}` (go/api/v1alpha3/
 *   agent_types.go DeclarativeAgentSpec, ValueSource in common_types.go) and `spec.declarative.promptTemplate.dataSources[]
 *   {kind, apiGroup, name, alias}`, ConfigMaps every key of which the template may include (the controller reads each
 *   one as a ConfigMap whatever its kind says: go/core/internal/controller/translator/agent/template.go
 *   resolvePromptSources);
 * - AgentTemplate `spec.systemPromptFrom {name, key}` (a ConfigMap of its namespace) and `spec.promptTemplate.dataSources[]
 *   {name, alias}` (go/api/v1alpha3/agenttemplate_types.go).
 *
 * The inline `systemMessage`/`systemPrompt` text is not compared (every wording edit would re-open the model's threats);
 * another source is, and so is the text of a ConfigMap the manifests hold, by hash only: `system message from
 * ConfigMap <name>/<key> (sha256 <12 hex>)`, `prompt data from ConfigMap <name>/<key> (sha256 …)` for each key of a
 * data source, `system message from Secret <name>/<key>` (a Secret is never read), and without the hash when the
 * ConfigMap is not in the manifests (or lacks the key: `(key not in the ConfigMap)`).
 */
interface PromptFields {
  /** The reference to the text: a ValueSource (`type` says ConfigMap or Secret) or a ConfigMap key reference. */
  from: (string | number)[];
  /** Whether `from` has a `type` (Agent ValueSource) or is always a ConfigMap (AgentTemplate). */
  typed: boolean;
  label: string;
  dataSources: (string | number)[];
}

const AGENT: PromptFields = {
  from: ['spec', 'declarative', 'systemMessageFrom'],
  typed: true,
  label: 'system message',
  dataSources: ['spec', 'declarative', 'promptTemplate', 'dataSources'],
};
const TEMPLATE: PromptFields = {
  from: ['spec', 'systemPromptFrom'],
  typed: false,
  label: 'system prompt',
  dataSources: ['spec', 'promptTemplate', 'dataSources'],
};

/** CRD limits: 20 data sources; keys of one ConfigMap are bounded here (a ConfigMap holds at most 1 MiB). */
const MAX_SOURCES = 20;
const MAX_KEYS = 100;

function fieldsOf(agent: ManifestObject): PromptFields {
  return agent.kind === 'AgentTemplate' ? TEMPLATE : AGENT;
}

/** The 12 first hex digits of the text's sha256: any edit shows, the text is never printed. */
function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/**
 * Sets the agent model's `prompt` to where its instructions come from, each part located: `at['prompt:<part>']` at
 * the ConfigMap key that holds the text (else the reference), `at['prompt-ref:<source>']` at the agent's reference
 * (`<source>` is the part without its hash), `at.prompt` at the first reference. Nothing when the agent names no source.
 */
export function attachPromptSources(
  model: SurfaceModel,
  agent: ManifestObject,
  ns: string,
  index: ManifestIndex,
  f: FieldReader,
): void {
  const F = fieldsOf(agent);
  const parts: Array<{ text: string; source: string; at: Position; ref: Position }> = [];
  const add = (source: string, note: string | undefined, at: Position, ref: Position) =>
    parts.push({ text: note === undefined ? source : `${source} (${note})`, source, at, ref });

  if (f.map(agent, F.from)) {
    const ref = agent.locate(F.from);
    const name = f.str(agent, [...F.from, 'name']);
    const key = f.str(agent, [...F.from, 'key']);
    if (!name || !key) f.problem(ref, `${agent.kind} ${agent.name}: ${fieldPath(F.from)} needs a name and a key`);
    const type = F.typed ? (f.str(agent, [...F.from, 'type']) ?? '?') : 'ConfigMap';
    const source = `${F.label} from ${type} ${name ?? '?'}/${key ?? '?'}`;
    if (type === 'ConfigMap' && name && key) {
      const cm = index.find('ConfigMap', name, ns, '');
      const text = cm ? f.str(cm, ['data', key]) : undefined;
      if (cm && text === undefined) add(source, 'key not in the ConfigMap', ref, ref);
      else if (cm && text !== undefined) add(source, `sha256 ${hashOf(text)}`, cm.locate(['data', key]), ref);
      else add(source, undefined, ref, ref);
    } else add(source, undefined, ref, ref);
  }
  (f.list(agent, F.dataSources) ?? []).slice(0, MAX_SOURCES).forEach((_, i) => {
    const P = [...F.dataSources, i];
    const ref = agent.locate(P);
    const name = f.str(agent, [...P, 'name']);
    if (!name) {
      f.problem(ref, `${agent.kind} ${agent.name}: ${fieldPath(P)}.name is required`);
      return;
    }
    const cm = index.find('ConfigMap', name, ns, '');
    const data = cm ? f.map(cm, ['data']) : undefined;
    if (!cm || !data) {
      add(`prompt data from ConfigMap ${name}`, undefined, ref, ref);
      return;
    }
    for (const key of Object.keys(data).sort().slice(0, MAX_KEYS)) {
      const text = f.str(cm, ['data', key]);
      if (text !== undefined)
        add(`prompt data from ConfigMap ${name}/${key}`, `sha256 ${hashOf(text)}`, cm.locate(['data', key]), ref);
    }
  });
  if (parts.length === 0) return;
  model.prompt = parts.map((p) => p.text).join('; ');
  model.at ??= {};
  model.at.prompt = parts[0].ref;
  for (const p of parts) {
    model.at[`prompt:${p.text}`] ??= p.at;
    model.at[`prompt-ref:${p.source}`] ??= p.ref;
  }
}

/**
 * The ConfigMaps an agent reads its instructions from (for following them by name across the repository), read
 * through the same fields as attachPromptSources; problems are left to it.
 */
export function promptConfigMaps(agent: ManifestObject): string[] {
  const F = fieldsOf(agent);
  const f = new FieldReader();
  const names: string[] = [];
  const name = f.str(agent, [...F.from, 'name']);
  if (name !== undefined && (!F.typed || f.str(agent, [...F.from, 'type']) === 'ConfigMap')) names.push(name);
  (f.list(agent, F.dataSources) ?? []).slice(0, MAX_SOURCES).forEach((_, i) => {
    const n = f.str(agent, [...F.dataSources, i, 'name']);
    if (n !== undefined) names.push(n);
  });
  return names;
}
