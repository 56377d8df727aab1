import { normTime } from './summary-builder.js';
import { BadRecord, isObject, str, type EvidenceReader, type ReadContext } from './reader.js';

/**
 * Where the ToolHive servers of a snapshot run. An audit event names its server (`component`: the MCPServer's,
 * MCPRemoteProxy's or VirtualMCPServer's name) but not the server's namespace, so the event's workload comes
 * from here, or not at all.
 */
export interface ToolHivePlacement {
  /** `ingest --namespace`: the namespace of the servers whose logs are given. */
  namespace?: string;
  /**
   * The workloads ("<namespace>/<name>") of the catalogued ToolHive servers of a name, with that namespace only
   * when one is given. An event is placed only when exactly one matches.
   */
  workloadsNamed?: (server: string, namespace?: string) => readonly string[];
}

export function isToolHiveAuditEvent(o: Record<string, unknown>): boolean {
  return o.msg === 'audit_event' && typeof o.type === 'string' && 'component' in o;
}

/** MCP requests that are tool calls; every other audit event of the server is coverage (`seen`). */
const TOOL_CALL = 'mcp_tool_call';
/**
 * A VirtualMCPServer's composite tool runs its steps itself: a tool step calls a backend's tool, logged only as the
 * step's start (with `target.tool_name`) and its end (with the outcome, not the tool), joined by workflow and step id.
 */
const STEP_STARTED = 'vmcp_workflow_step_started';
const STEP_ENDED: Record<string, string> = {
  vmcp_workflow_step_completed: 'ok',
  vmcp_workflow_step_failed: 'error',
  vmcp_workflow_step_skipped: '',
};
/** Steps awaiting their end, at most; the oldest is then counted as a call whose outcome the log does not hold. */
const MAX_OPEN_STEPS = 10_000;

interface OpenStep {
  fields: { workload: string; server: string; tool: string };
  time: string;
}

/**
 * ToolHive's audit log (`spec.audit.enabled`: the proxy's `audit_event` slog lines, one per MCP request), as
 * `mcp-log` evidence of the server's workload: a tool call is a `tool` row (server = `component`, tool =
 * `target.name`), and so is a VirtualMCPServer's composite-tool step that calls a backend tool (counted at the step's
 * end, with its outcome); every other event is a `seen` row. The workload is placed by name (`ToolHivePlacement`); an event that
 * cannot be placed on exactly one catalogued server is counted as malformed with why, never given to a guess: a
 * server of the same name in another namespace would otherwise close (or re-open) another agent's threats.
 */
export function toolHiveAuditReader(placement: ToolHivePlacement = {}): EvidenceReader {
  const steps = new Map<string, OpenStep>();
  const call = (ctx: ReadContext, step: OpenStep, outcome: string) =>
    ctx.builder.add('tool', 'mcp-log', { ...step.fields, outcome }, step.time);
  return {
    name: 'toolhive-audit',
    finish(ctx: ReadContext) {
      // A step whose end is not in the log (cut off, or still running) was called all the same.
      for (const step of steps.values()) call(ctx, step, 'ok');
      steps.clear();
    },
    read(o: unknown, ctx: ReadContext) {
      if (!isObject(o) || !isToolHiveAuditEvent(o)) return new BadRecord('not a ToolHive audit event');
      const time = normTime(o.logged_at) || normTime(o.time);
      if (!time) return new BadRecord('ToolHive audit event without a valid logged_at');
      const server = str(o.component);
      if (!server) return new BadRecord('ToolHive audit event without a component (its MCP server)');
      const placed = workloadOf(server, placement);
      if (placed instanceof BadRecord) return placed;
      const workload = placed;
      const target = isObject(o.target) ? o.target : {};
      if (o.type === TOOL_CALL) {
        const tool = str(target.name) || str(target.tool_name);
        if (!tool) return new BadRecord('ToolHive mcp_tool_call without target.name');
        ctx.builder.add('tool', 'mcp-log', { workload, server, tool, outcome: outcomeOf(str(o.outcome)) }, time);
      } else {
        ctx.builder.add('seen', 'mcp-log', { workload }, time);
        const key = `${workload}\0${str(target.workflow_id)}\0${str(target.step_id)}`;
        if (o.type === STEP_STARTED && str(target.step_type) === 'tool' && str(target.tool_name)) {
          steps.delete(key);
          steps.set(key, { fields: { workload, server, tool: str(target.tool_name) }, time });
          if (steps.size > MAX_OPEN_STEPS) {
            const [oldest, step] = steps.entries().next().value as [string, OpenStep];
            steps.delete(oldest);
            call(ctx, step, 'ok');
          }
        } else if (typeof o.type === 'string' && o.type in STEP_ENDED) {
          const step = steps.get(key);
          steps.delete(key);
          const outcome = STEP_ENDED[o.type];
          if (step && outcome) call(ctx, step, outcome);
        }
      }
      return 1;
    },
  };
}

function workloadOf(server: string, placement: ToolHivePlacement): string | BadRecord {
  const { namespace } = placement;
  const named = placement.workloadsNamed?.(server, namespace) ?? [];
  const shown = quoted(server);
  if (named.length === 1) return named[0] as string;
  if (named.length > 1)
    return new BadRecord(
      `ToolHive audit event of server ${shown}: not attributed, ${named.length} catalogued ToolHive servers have that name (${named.slice(0, 3).join(', ')}${named.length > 3 ? ', …' : ''}) and the event names no namespace; ingest each namespace's log with --namespace NS`,
    );
  // Named with --namespace but catalogued nowhere: the workload is still known (the proxy's Deployment has the
  // server's name), it just belongs to no agent, like any other workload's events.
  if (namespace) return `${namespace}/${server}`;
  return new BadRecord(
    `ToolHive audit event of server ${shown}: not attributed, no catalog's manifests hold a ToolHive MCPServer, MCPRemoteProxy or VirtualMCPServer of that name and the event names no namespace; pass --namespace NS`,
  );
}

/** ToolHive outcomes in the tool-call vocabulary: `denied` stays (authorization refused), every failure is `error`. */
function outcomeOf(outcome: string): string {
  if (outcome === 'success' || outcome === '') return 'ok';
  if (outcome === 'denied') return 'denied';
  return 'error';
}

function quoted(name: string): string {
  return JSON.stringify(name.length > 80 ? `${name.slice(0, 80)}…` : name);
}
