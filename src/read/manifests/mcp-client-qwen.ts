import type { Position } from '../../model/finding.js';
import type { ManifestObject } from '../../model/manifest.js';
import type { FieldReader } from './fields.js';
import { type Approvals, approve, emptyApprovals, glob } from './mcp-client-approvals.js';
import { mcpRule, normalisedName } from './mcp-client-claude.js';
import { type GeminiGovernance, serverListRejects } from './mcp-client-gemini.js';

/**
 * Qwen Code's settings beside the servers of `.qwen/settings.json` (a project's, or `~/.qwen/settings.json` kept in a
 * dotfiles repository). Qwen Code is a fork of Gemini CLI: the `mcpServers` entries are Gemini's (`httpUrl` streamable
 * HTTP, `url` SSE, `trust`, `includeTools`/`excludeTools`, read with the entry in mcp-client.ts and
 * mcp-client-approvals.ts), and so are `mcp.allowed`/`mcp.excluded`; what approves or forbids a tool call is its own
 * (verified: QwenLM/qwen-code @023f40b96e4a `docs/users/features/mcp.md`, @08d779da280a
 * `docs/users/features/approval-mode.md`, @060530667f7c packages/core/src/permissions/permission-manager.ts, @00ac46feb041
 * rule-parser.ts `matchesMcpPattern`, and `loadCliConfig`'s approval mode in packages/cli/src/config/config.ts):
 *
 * - `mcp.excluded`, `mcp.allowed`: as Gemini CLI's (mcp-client-gemini.ts `serverListRejects`), but each entry is a
 *   glob (`*` any run of characters, `?` one), and `excluded` wins.
 * - `permissions.allow`, `.ask`, `.deny`: Claude Code's rules (mcp-client-claude.ts `mcpRule`): `mcp__<server>`,
 *   `mcp__<server>__*` or `mcp__<server>__<tool>`; deny outranks ask, ask outranks allow. An allowed tool runs without
 *   asking; a denied one may not be called. The legacy `tools.allowed` and `tools.exclude` are merged into the allow and
 *   deny rules; `tools.core` restricts built-in tools only (MCP tools "bypass the coreTools allowlist check").
 * - `tools.approvalMode`: `yolo` approves every tool call, `auto` hands each to a classifier model instead of a person
 *   (MCP calls included: `permissions.autoMode.mcp`), so both approve every tool of every server, at that line, but for
 *   those an `ask` or `deny` rule names (taken to still ask, as Claude Code's do; not verified in Qwen's scheduler).
 *   Unlike Gemini CLI, Qwen Code honours `yolo` written in settings (in a folder the user trusts). Unset, an
 *   interactive session now starts in `auto`: a default no line of the file states, so it is not read as an approval.
 *
 * A server's name in a rule is taken with the characters Claude Code replaces written as `_` (normalisedName).
 */
export const QWEN_SETTINGS = /(^|\/)\.qwen\/settings\.json$/i;

const RULES = {
  allow: [
    ['permissions', 'allow'],
    ['tools', 'allowed'],
  ],
  ask: [['permissions', 'ask']],
  deny: [
    ['permissions', 'deny'],
    ['tools', 'exclude'],
  ],
} as const;

const APPROVE_ALL_MODES = new Set(['yolo', 'auto']);

export function qwenGovernance(o: ManifestObject, f: FieldReader, file: string): GeminiGovernance | undefined {
  if (!QWEN_SETTINGS.test(file.replace(/\\/g, '/'))) return undefined;
  const rejected = serverListRejects(
    f.strings(o, ['mcp', 'excluded']) ?? [],
    f.strings(o, ['mcp', 'allowed']),
    // `*` and `?` are wildcards (in linear work: a server name is attacker-written text).
    (entry, name) => glob(entry).test(name),
  );
  const lists = Object.fromEntries(
    Object.entries(RULES).map(([kind, keys]) => [
      kind,
      keys.flatMap((key) => (f.strings(o, [...key]) ?? []).map((rule, i) => ({ rule, at: o.locate([...key, i]) }))),
    ]),
  ) as Record<keyof typeof RULES, Array<{ rule: string; at: Position }>>;
  const mode = f.str(o, ['tools', 'approvalMode']);
  const everyTool = mode !== undefined && APPROVE_ALL_MODES.has(mode) ? o.locate(['tools', 'approvalMode']) : undefined;
  /** Each tool of the server the rules of these kinds name (`*` = every tool), at its first rule. */
  const named = (name: string, kinds: ReadonlyArray<keyof typeof RULES>): Map<string, Position> => {
    const server = normalisedName(name);
    const out = new Map<string, Position>();
    for (const kind of kinds)
      for (const { rule, at } of lists[kind]) {
        const r = mcpRule(rule);
        if (r?.server === server && !out.has(r.tool)) out.set(r.tool, at);
      }
    return out;
  };
  return {
    rejected,
    approvals: (name) => {
      const held = named(name, ['ask', 'deny']);
      const out: Approvals = emptyApprovals();
      out.withheld = Object.fromEntries(held);
      if (mode !== undefined) out.settings = { 'tools.approvalMode': o.locate(['tools', 'approvalMode']) };
      if (held.has('*')) return out;
      if (everyTool) {
        approve(out, '*', everyTool);
        out.asked = Object.fromEntries([...named(name, ['ask'])].filter(([t]) => t !== '*'));
        return out;
      }
      for (const [tool, at] of named(name, ['allow'])) if (!held.has(tool)) approve(out, tool, at);
      if (out.tools.includes('*')) out.asked = Object.fromEntries(named(name, ['ask']));
      return out;
    },
    denials: (name) => {
      const out = emptyApprovals();
      for (const [tool, at] of named(name, ['deny'])) approve(out, tool, at);
      return out;
    },
    usable: () => undefined,
    trustOverridden: false,
  };
}
