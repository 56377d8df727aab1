import type { Position } from '../../model/finding.js';
import type { ManifestObject } from '../../model/manifest.js';
import type { FieldReader } from './fields.js';
import type { ReadContext } from './kagent.js';
import { MCP_CLIENT_CONFIG } from './manifest-file.js';
import {
  type Approvals,
  type ClientPolicy,
  approve,
  emptyApprovals,
  glob,
  mergeApprovals,
} from './mcp-client-approvals.js';

/**
 * An Amazon Q Developer CLI agent of the workspace, `.amazonq/cli-agents/<agent>.json`, or a Kiro CLI one (Kiro CLI
 * is its successor, same format), `.kiro/agents/<agent>.json`: its `mcpServers` are read as every `mcpServers` file
 * is; beside them (verified: aws/amazon-q-developer-cli `docs/agent-format.md` @5b06a6aa5815,
 * `docs/agent-file-locations.md` @90d66ece6b39; Kiro's project-scope `.kiro/agents` and the same `allowedTools`
 * patterns: Kiro's own documentation, kiro.dev/docs/cli/chat/configuration and
 * kiro.dev/docs/cli/custom-agents/configuration-reference, Kiro CLI being closed source):
 *
 * - `allowedTools`: tools used without prompting. `@<server>` is every tool of the server, `@<server>/<tool>` one tool;
 *   `*` and `?` are globs in either part (`@git-*`, `@server/read_*`), compared case-sensitively. A bare `*` is not
 *   accepted there.
 * - `tools`: the tools the agent may use at all, in the same names, `*` for every tool; a server it does not name
 *   offers the agent nothing.
 */
export interface AmazonQAgent {
  /** The server's tools used without prompting, each at its `allowedTools` item (`*` = every tool). */
  approvals(name: string): Approvals;
  /** What `tools` leaves the agent of the server: undefined for every tool, else the tools it names (empty: none). */
  usable(name: string): { tools: string[]; at: Position } | undefined;
}

export const AMAZONQ_AGENT = /(^|\/)(\.amazonq\/cli-agents|\.kiro\/agents)\/[^/]+\.json$/i;

export function amazonQAgent(o: ManifestObject, f: FieldReader, file: string): AmazonQAgent | undefined {
  if (!AMAZONQ_AGENT.test(file.replace(/\\/g, '/'))) return undefined;
  const allowed = byServer(f.strings(o, ['allowedTools']) ?? []);
  const list = f.strings(o, ['tools']);
  const tools = list && byServer(list);
  /** The tools the items name for this server (`*` = all), in the items' order, with each item's index. */
  const toolsOf = (items: ServerItems, name: string): Array<[string, number]> => {
    const named = [...(items.exact.get(name) ?? []), ...items.wild.filter((w) => w.server.test(name))];
    return named.sort((a, b) => a.index - b.index).map((w) => [w.tool, w.index]);
  };
  return {
    approvals: (name) => {
      const out = emptyApprovals();
      for (const [tool, i] of toolsOf(allowed, name)) approve(out, tool, o.locate(['allowedTools', i]));
      return out;
    },
    usable: (name) => {
      if (list === undefined || list.includes('*')) return undefined;
      const named = toolsOf(tools!, name).map(([t]) => t);
      if (named.includes('*')) return undefined;
      return { tools: [...new Set(named)].sort(), at: o.locate(['tools']) };
    },
  };
}

interface ServerItem {
  tool: string;
  index: number;
}

/**
 * The `@server[/tool]` items of a list, parsed once: those naming one server by name looked up by it, the wildcards
 * tried on each server. Asked per server, a list of 20,000 items beside 20,000 servers was 400 million matches.
 */
interface ServerItems {
  exact: Map<string, ServerItem[]>;
  wild: Array<ServerItem & { server: { test(name: string): boolean } }>;
}

function byServer(items: string[]): ServerItems {
  const out: ServerItems = { exact: new Map(), wild: [] };
  items.forEach((item, index) => {
    const m = /^@([^/]+)(?:\/(.+))?$/s.exec(item);
    if (!m) return;
    const tool = m[2] === undefined || m[2] === '*' ? '*' : m[2];
    const pattern = m[1];
    if (pattern.includes('*') || pattern.includes('?')) {
      out.wild.push({ server: glob(pattern), tool, index });
      return;
    }
    const named = out.exact.get(pattern) ?? [];
    named.push({ tool, index });
    out.exact.set(pattern, named);
  });
  return out;
}

/**
 * The workspace MCP file an agent may take its servers from as well: Amazon Q CLI `.amazonq/mcp.json` when the agent
 * says `useLegacyMcpJson: true` (verified: aws/amazon-q-developer-cli @15cc8f3cd18c, `Agent::thaw` and
 * `load_legacy_mcp_config`, crates/chat-cli/src/cli/agent/mod.rs; `MCP_CONFIG` paths, crates/chat-cli/src/util/
 * paths.rs: the workspace file is `.amazonq/mcp.json` of the folder the agents' `.amazonq/cli-agents/` is in), and
 * Kiro CLI `.kiro/settings/mcp.json` when it says `includeMcpJson: true` (secondary: Kiro's agent configuration
 * reference, Kiro CLI being closed source). Those servers join the agent, which refers to their tools as to its own
 * (`@<server>`, `@<server>/<tool>`), so its `allowedTools` approves them; a server of the agent's own `mcpServers`
 * keeps that name, and the workspace one is skipped for that agent.
 */
const WORKSPACE_MCP: Array<{ file: RegExp; agents: RegExp; include: string }> = [
  {
    file: /(^|\/)\.amazonq\/mcp\.json$/i,
    agents: /^\.amazonq\/cli-agents\/[^/]+\.json$/i,
    include: 'useLegacyMcpJson',
  },
  { file: /(^|\/)\.kiro\/settings\/mcp\.json$/i, agents: /^\.kiro\/agents\/[^/]+\.json$/i, include: 'includeMcpJson' },
];

/**
 * What the agents of the same workspace approve for the servers of its `mcp.json`: every agent that takes the file in
 * is one `--agent` away, so the tools any of them approves count, each at its `allowedTools` item. The file names no
 * agent, and the default agent (no file) uses every server, so no agent's `tools` narrows what the servers offer.
 */
export function amazonQWorkspacePolicy(ctx: ReadContext, file: string): ClientPolicy | undefined {
  const path = file.replace(/\\/g, '/');
  const kind = WORKSPACE_MCP.find((w) => w.file.test(path));
  if (!kind) return undefined;
  const m = kind.file.exec(path)!;
  const root = path.slice(0, m.index + m[1].length).toLowerCase();
  const f = ctx.fields;
  const agents = ctx.index
    .ofKind(MCP_CLIENT_CONFIG.kind)
    .filter((a) => {
      if (a.apiVersion !== MCP_CLIENT_CONFIG.apiVersion) return false;
      const own = a.position.file.replace(/\\/g, '/');
      if (!own.toLowerCase().startsWith(root) || !kind.agents.test(own.slice(root.length))) return false;
      return f.raw(a, [kind.include]) === true;
    })
    .map((a) => ({ agent: amazonQAgent(a, f, a.position.file), own: f.map(a, ['mcpServers']) ?? {} }));
  if (agents.length === 0) return undefined;
  return {
    governs: (section) => section.key === 'mcpServers',
    approvals: (name) => {
      const out = emptyApprovals();
      for (const { agent, own } of agents)
        if (agent && !Object.hasOwn(own, name)) mergeApprovals(out, agent.approvals(name));
      return out;
    },
    denials: () => emptyApprovals(),
  };
}
