import type { ManifestObject } from '../../model/manifest.js';
import type { FieldReader } from './fields.js';
import type { ReadContext } from './kagent.js';
import { MCP_CLIENT_CONFIG, VSCODE_APPROVAL_KEYS } from './manifest-file.js';
import { type ClientPolicy, approve, emptyApprovals } from './mcp-client-approvals.js';

/**
 * VS Code's settings beside its MCP servers: the `settings.json` in the same folder as an `mcp.json` (workspace
 * `.vscode/`, or the user's `User/`), which also governs the older `mcp.servers` written in itself. Facts, verified
 * in VS Code's source as the stored index holds it (microsoft/vscode is too large to fetch here; the same text in
 * current copies): `ChatConfiguration` and `ChatPermissionLevel` (src/vs/workbench/contrib/chat/common/constants.ts),
 * their registration in chat.contribution.ts, and `McpConfigMigrationContribution` (contrib/mcp/browser):
 *
 * - `chat.permissions.default`: the permission level new chat sessions start in. `autoApprove` ("Bypass Approvals")
 *   and `autopilot` approve every tool call (`isAutoApproveLevel`); `default` uses the per-tool approvals a person
 *   gives in the UI (kept in VS Code's storage, not in a file). Registered without a scope, so a workspace may set it.
 * - `chat.tools.global.autoApprove: true` ("YOLO mode"): every tool of every workspace runs without asking. Its scope
 *   is `APPLICATION_MACHINE`, so VS Code ignores it in a workspace's settings: it is read in user settings only.
 * - Enterprise policy can force both off; a policy lives outside the repository, so it is not seen here.
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
  const user = m[2].toLowerCase() === 'user';
  const level = f.str(settings, ['chat.permissions.default']);
  const yolo = user && f.bool(settings, ['chat.tools.global.autoApprove']) === true;
  const where = (key: string) => `${settings.position.file}#${key}`;
  return {
    governs: (section) => section.key === 'servers',
    approvals: () => {
      const out = emptyApprovals();
      out.settings = {};
      for (const key of VSCODE_APPROVAL_KEYS)
        if (f.raw(settings, [key]) !== undefined && (user || key !== 'chat.tools.global.autoApprove'))
          out.settings[where(key)] = settings.locate([key]);
      // Each setting that approves every tool, by its key: the diff points at the one a change set.
      const approving: string[] = [];
      if (level === 'autoApprove' || level === 'autopilot') approving.push('chat.permissions.default');
      if (yolo) approving.push('chat.tools.global.autoApprove');
      if (approving.length > 0) {
        approve(out, '*', settings.locate([approving[0]]));
        out.conditions = Object.fromEntries(approving.map((k) => [where(k), settings.locate([k])]));
      }
      return out;
    },
    denials: () => emptyApprovals(),
  };
}

/** Reads VS Code's approval settings for their types alone, so a malformed one is reported even with no server beside it. */
export function checkVsCodeSettings(o: ManifestObject, f: FieldReader): void {
  f.str(o, ['chat.permissions.default']);
  f.bool(o, ['chat.tools.global.autoApprove']);
}
