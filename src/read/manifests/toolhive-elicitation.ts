import type { NodePath } from '../../model/catalog.js';
import type { Position } from '../../model/finding.js';
import type { ManifestObject } from '../../model/manifest.js';
import type { SurfaceMcpServer } from '../../model/surface.js';
import type { ReadContext } from './kagent.js';

/**
 * The composite tools of a VirtualMCPServer that ask a person mid-workflow (an `elicitation` step), and which of their
 * tool calls wait for the person's yes. Checked against toolhive @e25de16cf972 (pkg/vmcp/config/config.go
 * WorkflowStepConfig, pkg/vmcp/server/workflow_converter.go, pkg/vmcp/composer/{workflow_engine,dag_executor,
 * template_expander}.go):
 *
 * - A decline goes to `onDecline`, a cancel and a timeout to `onCancel`. `action: continue` records the step as done
 *   and the workflow goes on; so does `skip_remaining`, whatever its name says: the engine records the step as done
 *   and returns no error, and nothing reads the `skipped` it writes, so the later steps run. `abort` (the CRD's
 *   default) and no handler fail the step.
 * - A failed step stops the workflow unless the step itself says `onError.action: continue` (the converter's
 *   ContinueOnError; the workflow-level failure mode is never set from the configuration).
 * - Steps run by dependency level (`dependsOn`), each level to its end before the next starts: a step waits for the
 *   questions of lower levels, whether it depends on them or not. Steps without `dependsOn` all start at once (level
 *   0), so a tool step of the question's level (or a lower one) is called without waiting for the answer.
 * - A step whose `condition` is false is skipped. The engine stores an answer as `.steps.<id>.output.action`
 *   (`accept`, `decline`, `cancel`, `timeout`), so a condition that holds only when that equals `accept` runs the step
 *   on a yes alone, whatever the question's handlers. Other conditions are not evaluated (the step counts as run).
 *
 * A tool call is **asked** when it waits for a question that stops the workflow on a no, or its condition requires
 * that question's yes. Each tool step of each composite tool is recorded as asked (`askedSteps`), called while or
 * after a person is asked without waiting for the yes (`unaskedSteps`), or called before any question starts
 * (`preludeSteps`: the work a question may be about), as `<tool>/<step id>`, located at the step: a call that no longer waits for a yes (a `dependsOn`
 * dropped, the question deleted) is then an event at that step. A composite tool one of whose tool calls waits for a
 * question the workflow goes on past without a yes is a tool the vMCP calls without approval (`autoApproved`),
 * located at the setting that lets it go on; one whose waiting calls are all asked is located at the first question
 * that stops it (`withheld:<tool>`), where a change back is reported.
 */

/** Bounds on what is read from one object (untrusted input). */
const MAX_TOOLS = 100;
const MAX_STEPS = 200;
const MAX_CONDITION_TOKENS = 64;

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
  const lists: Record<ToolStep['state'], string[]> = { asked: [], unasked: [], prelude: [] };
  s.at ??= {};
  for (const t of tools) {
    const gate = elicitationGate(t, ctx);
    for (const step of gate.steps) {
      const key = `${t.name}/${step.id}`;
      lists[step.state].push(key);
      s.at[`step:${key}`] ??= step.at;
    }
    if (gate.proceeds) {
      if (!approved.includes(t.name)) approved.push(t.name);
      s.at[`autoApproved:${t.name}`] ??= gate.proceeds;
    } else if (gate.stops) s.at[`withheld:${t.name}`] ??= gate.stops;
  }
  if (lists.asked.length > 0) s.askedSteps = [...new Set(lists.asked)].sort();
  if (lists.unasked.length > 0) s.unaskedSteps = [...new Set(lists.unasked)].sort();
  if (lists.prelude.length > 0) s.preludeSteps = [...new Set(lists.prelude)].sort();
  if (approved.length === 0) return;
  s.autoApproved = [...new Set([...(s.autoApproved ?? []), ...approved])].sort();
  s.at.autoApproved ??= o.locate(['spec', 'config']);
}

/**
 * A tool call of a composite tool: its step id (else `#<index>`), where it is written, and whether it waits for a
 * person's yes (`asked`), is called while or after a person is asked without waiting for the yes (`unasked`), or is
 * called before any question starts (`prelude`: in a composite tool that asks nothing, every call).
 */
interface ToolStep {
  id: string;
  state: 'asked' | 'unasked' | 'prelude';
  at: Position;
}

/**
 * Which tool calls of a composite tool wait for a person's yes (`steps`); where the first question a call waits for
 * lets the workflow go on without a yes (`proceeds`, when some call waits for no other question that stops it);
 * else where the first question a call waits for stops it (`stops`).
 */
function elicitationGate(
  t: CompositeTool,
  ctx: ReadContext,
): { steps: ToolStep[]; proceeds?: Position; stops?: Position } {
  const f = ctx.fields;
  const o = t.object;
  const S = [...t.path, 'steps'];
  const steps = (f.list(o, S) ?? []).slice(0, MAX_STEPS);
  const ids = steps.map((_, i) => f.str(o, [...S, i, 'id']));
  const level = dependencyLevels(
    ids,
    steps.map((_, i) => f.strings(o, [...S, i, 'dependsOn']) ?? []),
  );
  const questions = steps.flatMap((_, i) => (f.str(o, [...S, i, 'type']) === 'elicitation' ? [i] : []));
  const goesOn = new Map(
    questions.map((q) => [q, proceedsAt(o, [...S, q], 'onDecline', ctx) ?? proceedsAt(o, [...S, q], 'onCancel', ctx)]),
  );
  const out: { steps: ToolStep[]; proceeds?: Position; stops?: Position } = { steps: [] };
  // The questions some unasked call waits for (all go on past a no), and those some call waits for.
  const passed = new Set<number>();
  const waited = new Set<number>();
  steps.forEach((_, i) => {
    if (questions.includes(i)) return;
    const waits = questions.filter((q) => level[q] < level[i]);
    const accepted = acceptRequired(f.str(o, [...S, i, 'condition']));
    const asked = waits.some((q) => !goesOn.get(q) || (ids[q] !== undefined && accepted.has(ids[q]!)));
    const state = asked ? 'asked' : questions.every((q) => level[q] > level[i]) ? 'prelude' : 'unasked';
    out.steps.push({ id: ids[i] ?? `#${i}`, state, at: o.locate([...S, i]) });
    for (const q of waits) (asked ? waited : passed).add(q);
  });
  const first = (set: Set<number>) => questions.find((q) => set.has(q));
  const proceeding = first(passed);
  if (proceeding !== undefined) out.proceeds = goesOn.get(proceeding);
  else {
    const stopping = questions.find((q) => waited.has(q) && !goesOn.get(q));
    if (stopping !== undefined) out.stops = handlerAt(o, [...S, stopping], ctx);
  }
  return out;
}

/**
 * The questions whose yes a step's `condition` requires: a Go template that is true only when
 * `.steps.<id>.output.action` equals "accept" — `{{eq .steps.<id>.output.action "accept"}}` (either order), an `and`
 * of such terms with others, or `{{if <that>}}true{{else}}false{{end}}`. Anything else requires nothing.
 */
export function acceptRequired(condition: string | undefined): Set<string> {
  const out = new Set<string>();
  if (condition === undefined) return out;
  const text = condition.trim();
  const plain = /^\{\{-?\s*([\s\S]*?)\s*-?\}\}$/.exec(text);
  const wrapped =
    /^\{\{-?\s*if\s+([\s\S]*?)\s*-?\}\}\s*true\s*(?:\{\{-?\s*else\s*-?\}\}\s*false\s*)?\{\{-?\s*end\s*-?\}\}$/.exec(
      text,
    );
  const expr = wrapped?.[1] ?? (plain && !/^if\s/.test(plain[1]) ? plain[1] : undefined);
  if (expr === undefined || /\{\{|\}\}/.test(expr)) return out;
  const tokens = expr.match(/\(|\)|"[^"]*"|[^\s()]+/g) ?? [];
  // A condition is a short template: a longer one (untrusted input) is not parsed, so its nesting cannot overflow.
  if (tokens.length > MAX_CONDITION_TOKENS) return out;
  let i = 0;
  // term := '(' call ')' | word; call := 'eq' term term | 'and' term+ | word
  const term = (): Set<string> => {
    if (tokens[i] !== '(') {
      i++;
      return new Set();
    }
    i++;
    const r = call();
    if (tokens[i] === ')') i++;
    return r;
  };
  const call = (): Set<string> => {
    const head = tokens[i++];
    const args: Array<{ token: string; ids: Set<string> }> = [];
    while (i < tokens.length && tokens[i] !== ')') {
      const token = tokens[i];
      args.push({ token, ids: term() });
    }
    if (head === 'and') return new Set(args.flatMap((a) => [...a.ids]));
    if (head === 'eq' && args.length === 2) {
      const [a, b] = args.map((x) => x.token);
      const action = (s: string) => /^\.steps\.([A-Za-z0-9_-]+)\.output\.action$/.exec(s)?.[1];
      const id = a === '"accept"' ? action(b) : b === '"accept"' ? action(a) : undefined;
      if (id !== undefined) return new Set([id]);
    }
    return new Set();
  };
  const r = call();
  return i === tokens.length ? r : out;
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
