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
 * another source is, and so is the text of a ConfigMap or Secret the manifests hold, by hash only: `system message
 * from ConfigMap <name>/<key> (sha256 <12 hex>)`, `system message from Secret <name>/<key> (sha256 …)` (the controller
 * reads the Secret's `data`, base64, which `stringData` overrides: go/api/utils/utils.go GetSecretValue; hashed
 * decoded, so moving the text between the two is no change), `prompt data from ConfigMap <name>/<key> (sha256 …)`
 * (`<name> as <alias>/<key>` with an alias) for each key of a data source (the template includes a key by `<alias or name>/<key>`:
 * another alias breaks or re-points those includes, template.go resolvePromptSources), and without the hash when the
 * object is not in the manifests (or lacks the key: `(key not in the ConfigMap)`). A ConfigMap's `binaryData` is not
 * read by the controller (`.Data` only), so it is not here either.
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
function hashOf(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/**
 * A Secret key's value and the node that holds it: `stringData` (written as text, wins on apply) else `data` (base64,
 * decoded when it is base64; an encrypted value such as SOPS's `ENC[…]` is hashed as written).
 */
function secretValue(
  o: ManifestObject,
  key: string,
  f: FieldReader,
): { value: Buffer | string; path: string[] } | undefined {
  const text = f.str(o, ['stringData', key]);
  if (text !== undefined) return { value: Buffer.from(text, 'utf8'), path: ['stringData', key] };
  const data = f.str(o, ['data', key]);
  if (data === undefined) return undefined;
  const b64 = data.replace(/\s+/g, '');
  return { value: /^[A-Za-z0-9+/]*={0,2}$/.test(b64) ? Buffer.from(b64, 'base64') : data, path: ['data', key] };
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
      else if (cm && text !== undefined)
        add(source, `sha256 ${hashOf(Buffer.from(text, 'utf8'))}`, cm.locate(['data', key]), ref);
      else add(source, undefined, ref, ref);
    } else if (type === 'Secret' && name && key) {
      const secret = index.find('Secret', name, ns, '');
      const found = secret ? secretValue(secret, key, f) : undefined;
      if (secret && !found) add(source, 'key not in the Secret', ref, ref);
      else if (secret && found) add(source, `sha256 ${hashOf(found.value)}`, secret.locate(found.path), ref);
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
    // The template includes each key as `<alias>/<key>` when there is an alias, else `<name>/<key>`.
    const alias = f.str(agent, [...P, 'alias']);
    const as = alias ? ` as ${alias}` : '';
    const cm = index.find('ConfigMap', name, ns, '');
    const data = cm ? f.map(cm, ['data']) : undefined;
    if (!cm || !data) {
      add(`prompt data from ConfigMap ${name}${as}`, undefined, ref, ref);
      return;
    }
    for (const key of Object.keys(data).sort().slice(0, MAX_KEYS)) {
      const text = f.str(cm, ['data', key]);
      if (text !== undefined)
        add(
          `prompt data from ConfigMap ${name}${as}/${key}`,
          `sha256 ${hashOf(Buffer.from(text, 'utf8'))}`,
          cm.locate(['data', key]),
          ref,
        );
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
 * The ConfigMaps and Secrets an agent reads its instructions from (for following them by name across the
 * repository), read through the same fields as attachPromptSources; problems are left to it.
 */
export function promptSources(agent: ManifestObject): string[] {
  const F = fieldsOf(agent);
  const f = new FieldReader();
  const names: string[] = [];
  const name = f.str(agent, [...F.from, 'name']);
  const type = F.typed ? f.str(agent, [...F.from, 'type']) : 'ConfigMap';
  if (name !== undefined && (type === 'ConfigMap' || type === 'Secret')) names.push(name);
  (f.list(agent, F.dataSources) ?? []).slice(0, MAX_SOURCES).forEach((_, i) => {
    const n = f.str(agent, [...F.dataSources, i, 'name']);
    if (n !== undefined) names.push(n);
  });
  return names;
}
