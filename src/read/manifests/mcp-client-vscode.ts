import type { NodePath } from '../../model/catalog.js';
import type { Position } from '../../model/finding.js';
import type { ManifestObject } from '../../model/manifest.js';
import type { FieldReader } from './fields.js';
import type { ReadContext } from './kagent.js';
import { MCP_CLIENT_CONFIG } from './manifest-file.js';
import { type ClientPolicy, approve, emptyApprovals } from './mcp-client-approvals.js';
import { vsCodeSettingPath } from './vscode-setting-path.js';

/**
 * VS Code's settings beside its MCP servers: the `settings.json` in the same folder as an `mcp.json` (workspace
 * `.vscode/`, or the user's `User/`), which also governs the older `mcp.servers` written in itself. Each setting is
 * read where VS Code reads it, dotted or nested (vscode-setting-path.ts). Facts, verified in VS Code's source as the
 * stored index holds it (microsoft/vscode is too large to fetch here; the copies carry the 1.127 policy registrations
 * and the permission levels with `assisted`): `ChatConfiguration`, `ChatPermissionLevel`, `isAutoApproveLevel` and
 * `getChatPermissionLevelFromDefaultConfiguration` (src/vs/workbench/contrib/chat/common/constants.ts), their
 * registration in chat.contribution.ts, `LanguageModelToolsService.shouldAutoConfirm` and
 * `isToolEligibleForAutoApproval` (contrib/chat/browser/tools/languageModelToolsService.ts), and
 * `McpLanguageModelToolContribution` (contrib/mcp: a server's tools form a tool set named after the server's label,
 * each tool referenced by its name with `.` as `_`, `runsInWorkspace` for a workspace's servers):
 *
 * - `chat.permissions.default`: the permission level new local chat sessions start in. `autoApprove` ("Bypass
 *   Approvals") and `autopilot` approve every tool call (`isAutoApproveLevel`), before any per-tool check; `default`
 *   uses the per-tool approvals a person gives in the UI (kept in VS Code's storage, not in a file). Registered without
 *   a scope, so a workspace may set it.
 * - `chat.defaultConfiguration.approvals`: the same for new agent-host sessions (Copilot CLI, Codex in VS Code): `allowAll`
 *   (and the older level names `autoApprove`, `autopilot`) runs every tool call without asking, `assisted` lets a
 *   model judge each call instead of a person (counted as approving, as Claude Code's `auto` is), `manual` asks. Also
 *   without a scope. Those sessions are given the workspace's MCP servers too (secondary: VS Code's agent host
 *   merges the root, workspace and plugin servers; the merge was read in a third party's notes on it, not in source).
 * - `chat.tools.global.autoApprove: true` ("YOLO mode"): every tool runs without asking. Its scope is
 *   `APPLICATION_MACHINE`, and VS Code drops a setting of another scope from a workspace's settings by its top-level
 *   key only: the dotted key is ignored there, but the same setting written nested (`"chat": {"tools": …}`) has a
 *   top-level key that is no registered setting, so it is kept; a workspace server's tools (`runsInWorkspace`) then
 *   take the workspace's value first. So the nested form counts in a workspace, the dotted one in user settings only.
 *   The first time it is on, VS Code asks once whether to enable it: one click, as a person's approval of every later
 *   call, so it is counted.
 * - `chat.tools.eligibleForAutoApproval`: `{"<server>/<tool>": false}` keeps that tool asking under YOLO mode, which
 *   checks it first; the permission levels above approve before it is looked at, so under them it changes nothing.
 * - Enterprise policy can force all of this off; a policy lives outside the repository, so it is not seen here.
 * - `mcp.servers` in settings is the form before `mcp.json`: current VS Code moves a user's into the user `mcp.json`
 *   at start (the servers run), so they are read as servers wherever they are written.
 */
export function vsCodePolicy(o: ManifestObject, ctx: ReadContext, file: string): ClientPolicy | undefined {
  const path = file.replace(/\\/g, '/');
  const m = /(^|\/)(\.vscode|User)\/(mcp|settings)\.json$/i.exec(path);
  if (!m) return undefined;
  const folder = path.slice(0, path.length - `${m[3]}.json`.length);
  const settings =
    m[3].toLowerCase() === 'settings'
      ? o
      : ctx.index
          .ofKind(MCP_CLIENT_CONFIG.kind)
          .find(
            (s) =>
              s.apiVersion === MCP_CLIENT_CONFIG.apiVersion &&
              s.position.file.replace(/\\/g, '/').toLowerCase() === `${folder}settings.json`.toLowerCase(),
          );
  if (!settings) return undefined;
  const f = ctx.fields;
  const read = readVsCodeSettings(settings, f, m[2].toLowerCase() === 'user');
  const where = (key: string) => `${settings.position.file}#${key}`;
  const approving = APPROVERS.filter(([key, approves]) => approves(read.values[key])).map(([key]) => key);
  // YOLO mode alone approves: the tools the eligibility setting holds back still ask.
  const heldBack = approving.length === 1 && approving[0] === GLOBAL ? read.ineligible : [];
  return {
    governs: (section) => section.key === 'servers' || section.key === 'mcp.servers',
    approvals: (name) => {
      const out = emptyApprovals();
      out.settings = {};
      for (const [key, at] of Object.entries(read.at)) out.settings[where(key)] = settings.locate(at);
      if (approving.length > 0) {
        // Each setting that approves every tool, by its key: the diff points at the one a change set.
        approve(out, '*', settings.locate(read.at[approving[0]]));
        out.conditions = Object.fromEntries(approving.map((k) => [where(k), settings.locate(read.at[k])]));
      }
      const asked: Record<string, Position> = {};
      for (const e of heldBack) if (e.server === name) asked[e.tool] = settings.locate(e.at);
      if (Object.keys(asked).length > 0) {
        out.asked = asked;
        out.withheld = { ...asked };
      }
      return out;
    },
    denials: () => emptyApprovals(),
  };
}

const GLOBAL = 'chat.tools.global.autoApprove';

/** Each setting that can approve every tool, and the values with which it does. */
const APPROVERS: ReadonlyArray<readonly [string, (v: unknown) => boolean]> = [
  ['chat.permissions.default', (v) => v === 'autoApprove' || v === 'autopilot'],
  [
    'chat.defaultConfiguration.approvals',
    (v) => v === 'allowAll' || v === 'autoApprove' || v === 'autopilot' || v === 'assisted',
  ],
  [GLOBAL, (v) => v === true],
];

/** An MCP tool `chat.tools.eligibleForAutoApproval` keeps asking: `"<server>/<tool>": false`. */
interface Ineligible {
  server: string;
  tool: string;
  at: NodePath;
}

/**
 * The approval settings of one VS Code settings file as VS Code reads them (dotted or nested), each checked for its
 * type: their values and nodes, by setting name, and the MCP tools held back from auto-approval.
 */
function readVsCodeSettings(o: ManifestObject, f: FieldReader, user: boolean) {
  const values: Record<string, unknown> = {};
  const at: Record<string, NodePath> = {};
  for (const [key] of APPROVERS) {
    // YOLO mode's own dotted key is out of a workspace's scope (above).
    const node = vsCodeSettingPath(o.body, key, key === GLOBAL && !user);
    if (node === undefined) continue;
    const value = key === GLOBAL ? f.bool(o, node) : f.str(o, node);
    if (value === undefined) continue;
    values[key] = value;
    at[key] = node;
  }
  const ineligible: Ineligible[] = [];
  const map = vsCodeSettingPath(o.body, 'chat.tools.eligibleForAutoApproval');
  if (map !== undefined)
    for (const ref of Object.keys(f.map(o, map) ?? {}).slice(0, 4096)) {
      const slash = ref.indexOf('/');
      if (slash <= 0 || slash === ref.length - 1 || f.bool(o, [...map, ref]) !== false) continue;
      ineligible.push({ server: ref.slice(0, slash), tool: ref.slice(slash + 1), at: [...map, ref] });
    }
  return { values, at, ineligible };
}

/** Reads VS Code's approval settings for their types alone, so a malformed one is reported even with no server beside it. */
export function checkVsCodeSettings(o: ManifestObject, f: FieldReader): void {
  readVsCodeSettings(o, f, true);
}
