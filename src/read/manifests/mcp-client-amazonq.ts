import type { Position } from '../../model/finding.js';
import type { ManifestObject } from '../../model/manifest.js';
import type { FieldReader } from './fields.js';
import { type Approvals, approve, emptyApprovals, glob } from './mcp-client-approvals.js';

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
