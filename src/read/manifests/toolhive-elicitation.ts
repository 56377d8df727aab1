import type { NodePath } from '../../model/catalog.js';
import type { Position } from '../../model/finding.js';
import type { ManifestObject } from '../../model/manifest.js';
import type { SurfaceMcpServer } from '../../model/surface.js';
import type { ReadContext } from './kagent.js';

/**
 * The composite tools of a VirtualMCPServer that ask a person mid-workflow (an `elicitation` step) and then run their
 * later tool calls whatever the answer. Checked against toolhive @e25de16cf972 (pkg/vmcp/config/config.go
 * WorkflowStepConfig, pkg/vmcp/server/workflow_converter.go, pkg/vmcp/composer/{workflow_engine,dag_executor}.go):
 *
 * - A decline goes to `onDecline`, a cancel and a timeout to `onCancel`. `action: continue` records the step as done
 *   and the workflow goes on; so does `skip_remaining`, whatever its name says: the engine records the step as done
 *   and returns no error, and nothing reads the `skipped` it writes, so the later steps run. `abort` (the CRD's
 *   default) and no handler fail the step.
 * - A failed step stops the workflow unless the step itself says `onError.action: continue` (the converter's
 *   ContinueOnError; the workflow-level failure mode is never set from the configuration).
 * - Steps run by dependency level (`dependsOn`): only the steps of a later level wait for the answer, whether they
 *   depend on the elicitation or not. Steps without `dependsOn` all start at once (level 0), so an elicitation at
 *   level 0 gates no step of its own level.
 *
 * Such a composite tool is recorded as a tool the vMCP calls without approval (`autoApproved`), located at the
 * setting that lets it go on, so that writing one is an `autonomy-tier-changed` event at that line. A composite tool
 * whose elicitations all stop the workflow is located at the first of them (`withheld:<tool>`): the line where a
 * change made the answer count again. Conditions (`condition`) on the later steps are templates and not evaluated.
 */

/** Bounds on what is read from one object (untrusted input). */
const MAX_TOOLS = 100;
const MAX_STEPS = 200;

/** What a composite tool is built from: its name and where its steps are, in which object. */
interface CompositeTool {
  name: string;
  object: ManifestObject;
  path: NodePath;
}

export function unapprovedCompositeTools(
  o: ManifestObject,
  ctx: ReadContext,
  find: (kind: string, name: string) => ManifestObject | undefined,
  s: SurfaceMcpServer,
): void {
  const f = ctx.fields;
  const tools: CompositeTool[] = [];
  (f.list(o, ['spec', 'config', 'compositeTools']) ?? []).slice(0, MAX_TOOLS).forEach((_, i) => {
    const P = ['spec', 'config', 'compositeTools', i];
    const name = f.str(o, [...P, 'name']);
    if (name !== undefined) tools.push({ name, object: o, path: P });
  });
  // A definition named by several refs is one tool, read once.
  const seen = new Set<ManifestObject>();
  (f.list(o, ['spec', 'config', 'compositeToolRefs']) ?? []).slice(0, MAX_TOOLS).forEach((_, i) => {
    const ref = f.str(o, ['spec', 'config', 'compositeToolRefs', i, 'name']);
    const def = ref !== undefined ? find('VirtualMCPCompositeToolDefinition', ref) : undefined;
    if (def === undefined || seen.has(def)) return;
    seen.add(def);
    // The definition embeds the composite tool's configuration in its spec; its tool is named by `spec.name`.
    const name = def ? f.str(def, ['spec', 'name']) : undefined;
    if (def && name !== undefined) tools.push({ name, object: def, path: ['spec'] });
  });
  const approved: string[] = [];
  s.at ??= {};
  for (const t of tools) {
    const gate = elicitationGate(t, ctx);
    if (!gate) continue;
    if (gate.proceeds) {
      if (!approved.includes(t.name)) approved.push(t.name);
      s.at[`autoApproved:${t.name}`] ??= gate.at;
    } else s.at[`withheld:${t.name}`] ??= gate.at;
  }
  if (approved.length === 0) return;
  s.autoApproved = [...new Set([...(s.autoApproved ?? []), ...approved])].sort();
  s.at.autoApproved ??= o.locate(['spec', 'config']);
}

/**
 * The elicitation steps of a composite tool that have tool calls after them: the first whose answer the workflow
 * goes on without (`proceeds`, at the setting that lets it), else the first that stops it (at its handler). Undefined
 * when no elicitation step has a tool call after it.
 */
function elicitationGate(t: CompositeTool, ctx: ReadContext): { proceeds: boolean; at: Position } | undefined {
  const f = ctx.fields;
  const o = t.object;
  const S = [...t.path, 'steps'];
  const steps = (f.list(o, S) ?? []).slice(0, MAX_STEPS);
  const ids = steps.map((_, i) => f.str(o, [...S, i, 'id']));
  const level = dependencyLevels(
    ids,
    steps.map((_, i) => f.strings(o, [...S, i, 'dependsOn']) ?? []),
  );
  const types = steps.map((_, i) => f.str(o, [...S, i, 'type']) ?? 'tool');
  // A tool call waits for an answer when its level is above the question's: the highest level holding one decides.
  const lastToolLevel = Math.max(-1, ...types.flatMap((t, j) => (t === 'elicitation' ? [] : [level[j]])));
  let stops: Position | undefined;
  for (let i = 0; i < steps.length; i++) {
    if (types[i] !== 'elicitation' || lastToolLevel <= level[i]) continue;
    const P = [...S, i];
    const goesOn = proceedsAt(o, P, 'onDecline', ctx) ?? proceedsAt(o, P, 'onCancel', ctx);
    if (goesOn) return { proceeds: true, at: goesOn };
    stops ??= handlerAt(o, P, ctx);
  }
  return stops ? { proceeds: false, at: stops } : undefined;
}

/** Where the step lets the workflow go on after this answer (`onDecline`/`onCancel`), or undefined if it stops it. */
function proceedsAt(o: ManifestObject, P: NodePath, handler: string, ctx: ReadContext): Position | undefined {
  const f = ctx.fields;
  const H = [...P, handler];
  if (f.map(o, H) !== undefined) {
    const action = f.str(o, [...H, 'action']) ?? 'abort';
    if (action === 'continue' || action === 'skip_remaining') return o.locate([...H, 'action']);
  }
  // The answer failed the step; the step's own error handling may still go on.
  return f.str(o, [...P, 'onError', 'action']) === 'continue' ? o.locate([...P, 'onError', 'action']) : undefined;
}

/** Where an elicitation that stops the workflow says so: its `onDecline`, else the step. */
function handlerAt(o: ManifestObject, P: NodePath, ctx: ReadContext): Position {
  const f = ctx.fields;
  if (f.str(o, [...P, 'onDecline', 'action']) !== undefined) return o.locate([...P, 'onDecline', 'action']);
  return o.locate(f.raw(o, [...P, 'onDecline']) != null ? [...P, 'onDecline'] : P);
}

/**
 * Each step's dependency level, as the DAG executor runs them: 0 without `dependsOn`, else one more than the highest
 * level among the steps it names. Unknown ids count as level 0; a cycle (which ToolHive rejects) is cut.
 */
function dependencyLevels(ids: ReadonlyArray<string | undefined>, deps: ReadonlyArray<readonly string[]>): number[] {
  const index = new Map<string, number>();
  ids.forEach((id, i) => {
    if (id !== undefined && !index.has(id)) index.set(id, i);
  });
  const level: number[] = ids.map(() => -1);
  const visiting = new Set<number>();
  const of = (i: number): number => {
    if (level[i] >= 0) return level[i];
    if (visiting.has(i)) return 0;
    visiting.add(i);
    let l = 0;
    for (const d of deps[i]) {
      const j = index.get(d);
      if (j !== undefined) l = Math.max(l, of(j) + 1);
    }
    visiting.delete(i);
    level[i] = l;
    return l;
  };
  for (let i = 0; i < ids.length; i++) of(i);
  return level;
}
