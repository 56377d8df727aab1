import type { NodePath } from '../../model/catalog.js';
import type { Position } from '../../model/finding.js';
import type { ManifestObject } from '../../model/manifest.js';
import type { SurfaceMcpServer, SurfaceModel } from '../../model/surface.js';
import { addCredentials, type ReadContext } from './kagent.js';

/**
 * The `policies` of an AgentgatewayBackend that change what the agent reaches through the gateway: which MCP tools
 * may be called (`mcp.authorization`, CEL rules evaluated on each tool call and on `list_tools`), which credentials
 * the gateway adds to requests to the backend (`auth`), and which model a request really gets (`ai.overrides` and
 * `ai.transformations` that set `model`). Field names as in agentgateway's API types
 * (controller/api/v1alpha1/agentgateway: agentgateway_backend_types.go `Policies *BackendFull`, target
 * `static.policies` BackendSimple; agentgateway_policy_types.go BackendMCP, BackendAuth, BackendAI; rbac.go
 * Authorization; ai_policy.go FieldDefault) at agentgateway 75b4e6ce6e0e. Target and provider policies take
 * precedence over the backend's, field by field. The AgentgatewayPolicy kind, which attaches the same policies from
 * outside, is not read.
 */

const AUTH_KINDS = ['aws', 'azure', 'gcp', 'oauthTokenExchange', 'crossAppAccess'] as const;

/** Credentials the gateway adds to a backend request, from the first of `paths` (policy blocks) that sets `auth`. */
export function addGatewayAuth(o: ManifestObject, paths: NodePath[], s: SurfaceMcpServer, ctx: ReadContext): void {
  const f = ctx.fields;
  const P = paths.find((p) => f.raw(o, [...p, 'auth']) !== undefined);
  if (!P) return;
  const A = [...P, 'auth'];
  const found: Array<[string, Position]> = [];
  const secret = f.str(o, [...A, 'secretRef', 'name']);
  if (secret !== undefined) {
    const key = f.str(o, [...A, 'secretRef', 'key']) ?? 'Authorization';
    found.push([`header Authorization from Secret ${secret}/${key}`, o.locate([...A, 'secretRef'])]);
  }
  if (f.raw(o, [...A, 'key']) !== undefined) {
    found.push(['header Authorization written in the file', o.locate([...A, 'key'])]);
  }
  if (f.raw(o, [...A, 'passthrough']) !== undefined) {
    found.push(['header Authorization forwarded from the caller', o.locate([...A, 'passthrough'])]);
  }
  for (const k of AUTH_KINDS) {
    if (f.raw(o, [...A, k]) !== undefined) found.push([`${k} credentials from the gateway`, o.locate([...A, k])]);
  }
  addCredentials(s, found, o.locate(A));
}

/**
 * The backend's MCP authorization rule (one per backend), as `<Action>: <expression> && …`, and the tools it
 * leaves callable when it names them: an Allow or Require rule with an expression that is only
 * `mcp.tool.name == "x"` alternatives (or `mcp.tool.name in [...]`) lets no other tool through. A rule keyed on
 * anything else (the caller's JWT, arguments) is recorded, not turned into a tool list.
 */
export function applyMcpAuthorization(o: ManifestObject, s: SurfaceMcpServer, ctx: ReadContext): void {
  const f = ctx.fields;
  const A = ['spec', 'policies', 'mcp', 'authorization'];
  if (f.raw(o, A) === undefined) return;
  const action = f.str(o, [...A, 'action']) ?? 'Allow';
  const exprs = f.strings(o, [...A, 'policy', 'matchExpressions']) ?? [];
  s.authorization = [`${action}: ${exprs.join(' && ')}`];
  s.at ??= {};
  s.at.authorization = o.locate(A);
  if (action !== 'Allow' && action !== 'Require') return;
  for (const e of exprs) {
    const names = toolNamesOnly(e);
    if (names) {
      s.allowedTools = [...new Set(names)];
      s.at.allowedTools = o.locate([...A, 'policy', 'matchExpressions']);
      return;
    }
  }
}

const TOOL_EQ = /^\s*mcp\.tool\.name\s*==\s*(?:"([^"\\]*)"|'([^'\\]*)')\s*$/;
const TOOL_IN = /^\s*mcp\.tool\.name\s+in\s+\[([^\]]*)\]\s*$/;
const QUOTED = /^\s*(?:"([^"\\]*)"|'([^'\\]*)')\s*$/;

/** The tool names an expression made only of tool-name tests allows, else undefined. */
function toolNamesOnly(expr: string): string[] | undefined {
  const inList = TOOL_IN.exec(expr);
  if (inList) {
    const items = inList[1].split(',').filter((x) => x.trim() !== '');
    const names = items.map((x) => QUOTED.exec(x)).map((m) => (m ? (m[1] ?? m[2]) : undefined));
    return names.every((n): n is string => n !== undefined) ? names : undefined;
  }
  const names: string[] = [];
  for (const part of expr.split('||')) {
    const m = TOOL_EQ.exec(part);
    if (!m) return undefined;
    names.push(m[1] ?? m[2]);
  }
  return names.length > 0 ? names : undefined;
}

/**
 * The model a request to this provider really gets: an `ai.overrides` entry for `model` replaces what the client
 * asked for, and a CEL `transformations` entry for it computes it (the provider's own policies first, then the
 * backend's).
 */
export function applyModelOverride(o: ManifestObject, paths: NodePath[], m: SurfaceModel, ctx: ReadContext): void {
  const f = ctx.fields;
  for (const P of paths) {
    for (const [key, value] of [
      ['transformations', 'expression'],
      ['overrides', 'value'],
    ] as const) {
      const L = [...P, 'ai', key];
      const i = (f.list(o, L) ?? []).findIndex((x) => (x as { field?: unknown } | null)?.field === 'model');
      if (i < 0) continue;
      const v = f.raw(o, [...L, i, value]);
      const text = typeof v === 'string' ? v : JSON.stringify(v);
      m.model = key === 'overrides' ? text : `computed by CEL: ${text}`;
      m.at ??= {};
      m.at.model = o.locate([...L, i]);
      return;
    }
  }
}
