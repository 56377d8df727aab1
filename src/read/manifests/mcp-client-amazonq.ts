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
  const allowed = f.strings(o, ['allowedTools']) ?? [];
  const tools = f.strings(o, ['tools']);
  /** The tool an `@server[/tool]` item names for this server (`*` = all), or undefined when it names another. */
  const toolOf = (item: string, name: string): string | undefined => {
    const m = /^@([^/]+)(?:\/(.+))?$/s.exec(item);
    if (!m || !glob(m[1]).test(name)) return undefined;
    return m[2] === undefined || m[2] === '*' ? '*' : m[2];
  };
  return {
    approvals: (name) => {
      const out = emptyApprovals();
      allowed.forEach((item, i) => {
        const tool = toolOf(item, name);
        if (tool) approve(out, tool, o.locate(['allowedTools', i]));
      });
      return out;
    },
    usable: (name) => {
      if (tools === undefined || tools.includes('*')) return undefined;
      const named = tools.map((t) => toolOf(t, name)).filter((t): t is string => t !== undefined);
      if (named.includes('*')) return undefined;
      return { tools: [...new Set(named)].sort(), at: o.locate(['tools']) };
    },
  };
}
