import type { ManifestObject } from '../../model/manifest.js';
import type { Position } from '../../model/finding.js';
import type { SurfaceInventory, SurfaceMcpServer } from '../../model/surface.js';
import {
  isClaudeCodeSettings,
  isGoosePermissions,
  isVsCodeSettings,
  isCursorPermissions,
  isOpenCodeServerEntry,
  MCP_CLIENT_CONFIG,
  type McpClientSection,
  mcpClientSections,
} from './manifest-file.js';
import type { NodePath } from '../../model/catalog.js';
import type { FieldReader } from './fields.js';
import { addCredentials, type ReadContext } from './kagent.js';
import {
  applyApprovals,
  applyDenials,
  type ClientPolicy,
  mergeApprovals,
  approve,
  emptyApprovals,
  entryApprovals,
  entryDenials,
} from './mcp-client-approvals.js';
import { type ClaudeCodeGovernance, checkClaudeCodeSettings, claudeCodeGovernance } from './mcp-client-claude.js';
import { GEMINI_FAMILY_SETTINGS, type GeminiGovernance, geminiGovernance } from './mcp-client-gemini.js';
import { qwenGovernance } from './mcp-client-qwen.js';
import { type AmazonQAgent, amazonQAgent, amazonQWorkspacePolicy } from './mcp-client-amazonq.js';
import { checkVsCodeSettings, vsCodePolicy } from './mcp-client-vscode.js';
import { checkCursorPermissions, cursorPolicy } from './mcp-client-cursor.js';
import { vsCodeSettingPath } from './vscode-setting-path.js';
import { openCodePolicy } from './mcp-client-opencode.js';
import { zedPolicy } from './mcp-client-zed.js';
import { goosePolicy, gooseRecipePolicy } from './mcp-client-goose.js';
import { checkGoosePermissions } from './mcp-client-goose-permissions.js';

/**
 * MCP client configurations (mcpClientSections in manifest-file.ts says which files and keys). Each server is its own
 * MCP server on the surface, named in a catalog as `trustSource: { kind: MCPClientServer, name: <server key>, file:
 * <config path> }`; an `mcp-remote <url>` bridge is the remote server at that URL. Facts: formats.md §3.5,
 * misc-formats.md §4, and for the other clients (what is verified where):
 *
 * - `mcpServers` (Claude Code/Desktop, Cursor, Copilot) and VS Code `servers` + `inputs`: `command`/`args`/`env`/
 *   `envFile`, `type` + `url`/`headers` (formats.md §3.5).
 * - Gemini CLI `.gemini/settings.json` `mcpServers`: `httpUrl` is streamable HTTP, `url` is SSE; `trust`,
 *   `includeTools`, `excludeTools`; `$VAR` in values (verified: google-gemini/gemini-cli `docs/tools/mcp-server.md`).
 *   `includeTools` (less `excludeTools`) becomes the server's `allowedTools`, `excludeTools` its `deniedTools`.
 * - Windsurf (`mcp_config.json`) and Antigravity: `serverUrl` for remote servers (ToolHive `pkg/client/config.go`,
 *   which writes these files; not read in the clients' own source, which is closed).
 * - Zed `settings.json` `context_servers`: `command` (a string, serde-renamed `path`), `args`, `env`, or `url` +
 *   `headers`, each with `enabled` (default true); an entry with only `settings` is provided by a Zed extension and
 *   names no command here, so it is passed over (verified: zed-industries/zed `ContextServerSettingsContent`,
 *   `ContextServerCommand`, crates/settings).
 * - OpenCode `opencode.json` `mcp`: `type: local` with `command` as an array (program and arguments) and
 *   `environment`, or `type: remote` with `url` and `headers`; `enabled` (OpenCode's docs and config schema as quoted
 *   in several public repositories; not read in sst/opencode's source here). `{env:VAR}` in values.
 * - Amp `amp.mcpServers` (a dotted top-level key of `settings.json`): the `mcpServers` entry shape (ToolHive
 *   `pkg/client/config.go`; secondary).
 * - Goose `config.yaml` `extensions`: `type: stdio` with `cmd`, `args`, `envs` (alias `env`); `type: sse` or
 *   `streamable_http` with `uri` (+ `headers`); `enabled`; `builtin` and other in-process types run no server of
 *   their own and are passed over (verified against the `ExtensionConfig` serde enum of a goose fork in the stored
 *   index, the same shape as block/goose `crates/goose/src/agents/extension.rs`).
 * - Continue `.continue/config.yaml` or `.continue/mcpServers/*.yaml`: `mcpServers` is a list of `{name, command,
 *   args, env}` or `{name, type, url}` (Continue's docs, `docs/customize/deep-dives/mcp.mdx`; secondary).
 * - Roo Code/Kiro `disabledTools` and Claude Code `permissions.deny` rules: tools the agent may not call, the
 *   server's `deniedTools` (mcp-client-approvals.ts, mcp-client-claude.ts).
 * - Cline/Roo/Kiro/Claude `disabled: true` and `enabled: false` (any client): the server is not started, so it is
 *   no connection; enabling it later is an added connection.
 *
 * - Codex `.codex/config.toml` `[mcp_servers.<name>]`: `command`, `args`, `env`, `env_vars`, or `url`,
 *   `http_headers`, `env_http_headers`, `bearer_token_env_var`; `enabled`; `enabled_tools` less `disabled_tools` are
 *   the server's `allowedTools`, `disabled_tools` its `deniedTools` with or without `enabled_tools` (verified:
 *   openai/codex `RawMcpServerConfig` and `McpServerConfig`, codex-rs/core/src/config/types.rs).
 *
 * Client-side approvals (Gemini `trust`, Cline `autoApprove`, Roo `alwaysAllow`, Kiro `autoApprove`, Codex per-tool
 * `approval_mode` and full access) become the server's `autoApproved` (mcp-client-approvals.ts); Claude Code's
 * `.claude/settings.json` decides which `.mcp.json` servers start and which tools run without asking
 * (mcp-client-claude.ts); the settings of VS Code, OpenCode, Zed and Goose decide it for their servers
 * (mcp-client-vscode.ts, -opencode.ts, -zed.ts, -goose.ts: OpenCode and Goose approve every tool by default).
 */
export const MCP_CLIENT_SERVER_KIND = 'MCPClientServer';

/** Options of `docker run` / `podman run` that take a value (so the value is not mistaken for the image). */
const RUN_OPTS_WITH_VALUE = new Set([
  '-v',
  '--volume',
  '-e',
  '--env',
  '--env-file',
  '-p',
  '--publish',
  '--name',
  '--network',
  '--net',
  '-w',
  '--workdir',
  '--mount',
  '--entrypoint',
  '-u',
  '--user',
  '--platform',
  '-l',
  '--label',
  '--add-host',
  '--cpus',
  '-m',
  '--memory',
  '--pull',
]);

/** The keys a remote server's URL may be under: `url`, Gemini `httpUrl`, Windsurf/Antigravity `serverUrl`, Goose `uri`. */
const URL_KEYS = ['url', 'httpUrl', 'serverUrl', 'uri'] as const;

/** Goose extension types that run no MCP server of their own (in-process, or provided by the client). */
const GOOSE_IN_PROCESS = new Set(['builtin', 'platform', 'inline_python', 'frontend']);

/** The keys of OpenCode's `mcp` that its second layout gives a meaning of their own. */
const OPENCODE_V2_KEYS = new Set(['servers', 'timeout']);

export function readMcpClientConfig(o: ManifestObject, ctx: ReadContext, out: SurfaceInventory): void {
  if (o.kind !== MCP_CLIENT_CONFIG.kind || o.apiVersion !== MCP_CLIENT_CONFIG.apiVersion) return;
  readMcpClientObject(o, ctx, out, o.position.file);
}

/**
 * The servers of one client configuration, read as the file `file` (its name and folder decide which sections and
 * fields apply): the object's own file, or the key of a ConfigMap that carries it (mcp-client-configmap.ts).
 */
export function readMcpClientObject(o: ManifestObject, ctx: ReadContext, out: SurfaceInventory, file: string): void {
  const f = ctx.fields;
  // Claude Code's settings name no server: they govern the `.mcp.json` beside them (read with it, below).
  if (isClaudeCodeSettings(o.body, file)) checkClaudeCodeSettings(o, f);
  // VS Code's approval settings likewise govern the `mcp.json` beside them.
  if (isVsCodeSettings(o.body, file)) checkVsCodeSettings(o, f);
  // Goose's per-tool permissions govern the extensions of the config.yaml beside them.
  if (isGoosePermissions(o.body, file)) checkGoosePermissions(o, f);
  // Cursor's permissions.json likewise governs the mcp.json of its `.cursor/` folder.
  if (isCursorPermissions(o.body, file)) checkCursorPermissions(o, f);
  const secretInputs = passwordInputs(o, f);
  const claude = claudeCodeGovernance(o, ctx);
  // Qwen Code, a fork of Gemini CLI, answers the same questions of its servers from settings of its own.
  const gemini = geminiGovernance(o, f, file) ?? qwenGovernance(o, f, file);
  const amazonq = amazonQAgent(o, f, file);
  const policy =
    vsCodePolicy(o, ctx, file) ??
    openCodePolicy(o, ctx, file) ??
    zedPolicy(o, f, file) ??
    goosePolicy(o, ctx, file) ??
    gooseRecipePolicy(o) ??
    cursorPolicy(ctx, file) ??
    amazonQWorkspacePolicy(ctx, file);
  for (const section of mcpClientSections(o.body, file)) {
    const entries: Array<[string, NodePath]> = [];
    if (section.shape === 'map') {
      const at: NodePath = section.parent !== undefined ? [section.parent, section.key] : [section.key];
      for (const name of Object.keys(f.map(o, at) ?? {})) {
        // OpenCode's `mcp.servers` and `mcp.timeout` of the second layout are no servers of the first (unless one is
        // written as a server, `type: local`/`remote`, which OpenCode then reads as a server of that name).
        if (section.flavour === 'opencode' && section.parent === undefined && OPENCODE_V2_KEYS.has(name))
          if (!isOpenCodeServerEntry(f.raw(o, [...at, name]))) continue;
        entries.push([name, [...at, name]]);
      }
    } else {
      (f.list(o, [section.key]) ?? []).forEach((_, i) => {
        const name = f.str(o, [section.key, i, 'name']);
        // Continue: `uses: <owner>/<block>` (a Continue Hub block, or a local block file) is a server defined elsewhere.
        const uses = name === undefined ? f.str(o, [section.key, i, 'uses']) : undefined;
        if (uses !== undefined) readContinueBlock(o, f, uses, [section.key, i], out);
        else if (name === undefined)
          f.problem(o.locate([section.key, i]), `${o.name}: ${section.key}[${i}] has no name`);
        else entries.push([name, [section.key, i]]);
      });
    }
    for (const [name, P] of entries)
      readServer(o, f, section, name, P, file, secretInputs, out, {
        claude,
        ...(section.key === 'mcpServers' ? { gemini, amazonq } : {}),
        ...(policy?.governs(section) ? { policy } : {}),
      });
  }
}

function readServer(
  o: ManifestObject,
  f: FieldReader,
  section: McpClientSection,
  name: string,
  P: NodePath,
  file: string,
  secretInputs: Set<string>,
  out: SurfaceInventory,
  governed: { claude?: ClaudeCodeGovernance; gemini?: GeminiGovernance; amazonq?: AmazonQAgent; policy?: ClientPolicy },
): void {
  const { claude, gemini, amazonq, policy } = governed;
  const where = `${o.name}: ${P.join('.')}`;
  const value = f.raw(o, P);
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    f.problem(o.locate(P), `${where} must be an object`);
    return;
  }
  const entry = value as Record<string, unknown>;
  // A server the client does not start is no connection (Cline/Roo/Kiro `disabled`, OpenCode/Zed/Goose `enabled`).
  if (f.bool(o, [...P, 'disabled']) === true || f.bool(o, [...P, 'enabled']) === false) return;
  // Claude Code: a `.mcp.json` server the project's settings reject does not start either.
  if (section.key === 'mcpServers' && claude?.rejected(name)) return;
  // Gemini CLI: a server `mcp.excluded` names, or a non-empty `mcp.allowed` leaves out, does not start.
  if (gemini?.rejected(name)) return;
  const { flavour } = section;
  let type = f.str(o, [...P, 'type']);
  if (flavour === 'goose' && type !== undefined && GOOSE_IN_PROCESS.has(type)) return;
  // Zed: an entry with only `settings` (and `enabled`) is a server a Zed extension provides.
  if (flavour === 'zed' && entry.command === undefined && entry.url === undefined) return;

  let command: string | undefined;
  let args: string[] | undefined;
  let argsPath: NodePath = [...P, 'args'];
  let argsOffset = 0;
  let commandPath: NodePath = [...P, 'command'];
  if (flavour === 'opencode' && Array.isArray(entry.command)) {
    // OpenCode: `command` is the program and its arguments in one list.
    const all = f.strings(o, [...P, 'command']) ?? [];
    command = all[0];
    args = all.slice(1);
    commandPath = [...P, 'command', 0];
    argsPath = [...P, 'command'];
    argsOffset = 1;
  } else if (flavour === 'goose') {
    command = f.str(o, [...P, 'cmd']);
    commandPath = [...P, 'cmd'];
    args = f.strings(o, [...P, 'args']);
  } else {
    command = f.str(o, commandPath);
    args = f.strings(o, argsPath);
  }
  const urlKey = URL_KEYS.find((k) => entry[k] !== undefined && (k !== 'uri' || flavour === 'goose'));
  const url = urlKey !== undefined ? f.str(o, [...P, urlKey]) : undefined;
  if (flavour === 'opencode') type = type === 'local' ? 'stdio' : type === 'remote' ? 'http' : type;
  // Gemini CLI and Qwen Code: `url` is SSE and `httpUrl` streamable HTTP.
  type ??=
    url === undefined
      ? 'stdio'
      : urlKey === 'httpUrl'
        ? 'http'
        : urlKey === 'url' && GEMINI_FAMILY_SETTINGS.test(file.replace(/\\/g, '/'))
          ? 'sse'
          : 'http';
  if (command === undefined && url === undefined) {
    f.problem(o.locate(P), `${where} has neither command nor url`);
  }
  const image = command !== undefined && /(^|\/)(docker|podman)$/.test(command) ? runImage(args ?? []) : undefined;
  // `npx mcp-remote <url>` (Claude Desktop's way to reach a remote server): the server is at that URL.
  const bridge = url === undefined ? remoteBridge(args ?? []) : undefined;
  const envKey =
    flavour === 'opencode' ? 'environment' : flavour === 'goose' && entry.envs !== undefined ? 'envs' : 'env';
  const credentials = credentialsOf(o, f, P, {
    envKey,
    headersKey: flavour === 'codex' ? 'http_headers' : 'headers',
    args: args ?? [],
    argsPath,
    argsOffset,
    urlPath: urlKey !== undefined ? [...P, urlKey] : undefined,
    secretInputs,
  });
  const server: SurfaceMcpServer = {
    ref: { kind: MCP_CLIENT_SERVER_KIND, name },
    position: o.locate(P),
    definedAt: o.locate(P),
    transport: type,
    ...(url !== undefined ? { url } : bridge ? { url: bridge.url } : {}),
    ...(command !== undefined ? { command } : {}),
    ...(args && (args.length > 0 || flavour !== 'opencode') ? { args } : {}),
    ...(image ? { image } : {}),
    at: {
      url: o.locate(bridge ? [...argsPath, bridge.index + argsOffset] : [...P, urlKey ?? 'url']),
      command: o.locate(commandPath),
      args: o.locate(argsPath),
      transport: o.locate([...P, 'type']),
    },
  };
  // A deny-list wins over an allow-list (Gemini CLI `includeTools`/`excludeTools`, Codex `enabled_tools`/
  // `disabled_tools`): the allow-list less the deny-list is the tools the agent may call. A deny-list alone narrows a
  // catalogue we do not know, so it is recorded as it is (`deniedTools`), with Roo/Kiro `disabledTools` and Claude
  // Code's `permissions.deny` rules.
  const denied = entryDenials(o, f, section, P);
  if (section.key === 'mcpServers' && claude) {
    const more = claude.denials(name);
    for (const t of more.tools) approve(denied, t, more.at[t]);
  }
  for (const more of [gemini?.denials(name), policy?.denials(name)])
    for (const t of more?.tools ?? []) approve(denied, t, more!.at[t]);
  const usable = amazonq?.usable(name) ?? gemini?.usable(name) ?? policy?.allowed?.(name);
  const allowKey = flavour === 'codex' ? 'enabled_tools' : 'includeTools';
  const include = f.strings(o, [...P, allowKey]);
  if (include !== undefined) {
    // Gemini CLI `tools.core` beside `includeTools`: only the tools both let through.
    const through = usable ? include.filter((t) => usable.tools.includes(t)) : include;
    server.allowedTools = denied.tools.includes('*') ? [] : through.filter((t) => !denied.tools.includes(t));
    server.at!.allowedTools = o.locate([...P, allowKey]);
  } else if (usable) {
    // Amazon Q CLI agent `tools`, Gemini CLI `tools.core`: only the tools it names of this server (none when it names
    // none).
    server.allowedTools = usable.tools.filter((t) => !denied.tools.includes(t));
    server.at!.allowedTools = usable.at;
  } else if (section.key === 'mcpServers' && claude) {
    // Claude Code `dontAsk`: only the tools allow rules name may be called. The mode decides whether there is such a
    // list at all, so a change of it is located at `defaultMode`, in either state.
    const only = claude.allowed(name);
    if (only) server.allowedTools = only.tools.filter((t) => !denied.tools.includes(t));
    if (claude.modeAt) {
      server.at!.allowedTools = claude.modeAt;
      server.at!.denialSetting = claude.modeAt;
    }
  }
  applyDenials(server, denied);
  // Tools the client calls without asking a person (mcp-client-approvals.ts, and Claude Code's settings).
  const approvals = emptyApprovals();
  entryApprovals(o, f, section, P, approvals, { trust: !gemini?.trustOverridden });
  if (section.key === 'mcpServers' && claude) {
    mergeApprovals(approvals, claude.approvals(name));
  }
  if (gemini) mergeApprovals(approvals, gemini.approvals(name));
  if (amazonq) mergeApprovals(approvals, amazonq.approvals(name));
  if (policy) mergeApprovals(approvals, policy.approvals(name, o.locate(P)));
  applyApprovals(server, approvals);
  if (flavour === 'codex') credentials.push(...codexCredentials(o, f, P));
  // Goose `env_keys`: variables the extension gets from Goose's secrets or the environment (ExtensionConfig).
  if (flavour === 'goose')
    (f.strings(o, [...P, 'env_keys']) ?? []).forEach((key, i) => {
      credentials.push([`env ${key} from $${key}`, o.locate([...P, 'env_keys', i])]);
    });
  addCredentials(server, credentials, o.locate(P));
  out.mcpServers.push(server);
}

/**
 * A Continue `mcpServers` item `{uses, with, override}` (verified: continuedev/continue `configYamlSchema`,
 * packages/config-yaml/src/schemas/index.ts @d0a3c0b626b5, and `partialMcpServerSchema`, schemas/mcp/index.ts): the
 * server is a block of the Continue Hub (`<owner>/<slug>`) or a local block file, unrolled when Continue loads the
 * config, so its command or URL is not in this file. It is a server named after the block (`override.name` when
 * written), with what `override` sets (`command`, `args`, `url`, `type`) and the block's inputs (`with`, often
 * secrets) as its credentials.
 */
function readContinueBlock(o: ManifestObject, f: FieldReader, uses: string, P: NodePath, out: SurfaceInventory): void {
  const O: NodePath = [...P, 'override'];
  if (f.map(o, O) === undefined && f.raw(o, O) !== undefined) return;
  const name = f.str(o, [...O, 'name']) ?? uses;
  const command = f.str(o, [...O, 'command']);
  const args = f.strings(o, [...O, 'args']);
  const url = f.str(o, [...O, 'url']);
  const type = f.str(o, [...O, 'type']) ?? (url !== undefined ? 'http' : command !== undefined ? 'stdio' : undefined);
  const credentials = credentialsOf(o, f, P, {
    envKey: 'with',
    headersKey: 'headers',
    args: [],
    argsPath: [...O, 'args'],
    argsOffset: 0,
    urlPath: url !== undefined ? [...O, 'url'] : undefined,
    secretInputs: new Set(),
  });
  credentials.push(
    ...credentialsOf(o, f, O, {
      envKey: 'env',
      headersKey: 'headers',
      args: args ?? [],
      argsPath: [...O, 'args'],
      argsOffset: 0,
      secretInputs: new Set(),
    }),
  );
  const server: SurfaceMcpServer = {
    ref: { kind: MCP_CLIENT_SERVER_KIND, name },
    position: o.locate(P),
    definedAt: o.locate(P),
    ...(type !== undefined ? { transport: type } : {}),
    ...(url !== undefined ? { url } : {}),
    ...(command !== undefined ? { command } : {}),
    ...(args ? { args } : {}),
    at: {
      url: o.locate([...O, 'url']),
      command: o.locate([...O, 'command']),
      args: o.locate([...O, 'args']),
      transport: o.locate([...O, 'type']),
    },
  };
  addCredentials(server, credentials, o.locate(P));
  out.mcpServers.push(server);
}

/** `mcp-remote <url>` (also `mcp-remote@version`) among a stdio server's arguments. */
function remoteBridge(args: string[]): { url: string; index: number } | undefined {
  const i = args.findIndex((a) => /^mcp-remote(@[^\s]+)?$/.test(a));
  if (i < 0) return undefined;
  const j = args.findIndex((a, k) => k > i && /^https?:\/\//.test(a));
  return j < 0 ? undefined : { url: args[j], index: j };
}

/** VS Code `inputs[]` (in settings, `mcp.inputs[]`, nested or dotted) declared `password: true`, by id. */
function passwordInputs(o: ManifestObject, f: FieldReader): Set<string> {
  const ids = new Set<string>();
  const settingsInputs = vsCodeSettingPath(o.body, 'mcp.inputs');
  for (const P of settingsInputs && Array.isArray(f.raw(o, settingsInputs))
    ? [['inputs'], settingsInputs]
    : [['inputs']])
    (f.list(o, P) ?? []).forEach((_, i) => {
      const id = f.str(o, [...P, i, 'id']);
      if (id !== undefined && f.bool(o, [...P, i, 'password']) === true) ids.add(id);
    });
  return ids;
}

/**
 * References that bring a value in from outside the file: `${input:x}`, `${env:X}`, `${X}`, `${X:-default}`,
 * `$X` (Gemini CLI) and `{env:X}` (OpenCode). VS Code's predefined paths (`${workspaceFolder}`, `${userHome}`…) are not credentials.
 */
function references(value: string): string[] {
  return [...value.matchAll(/\$\{[^}]*\}|\{env:[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g)]
    .map((m) => m[0])
    .filter((r) => !/^\$\{(workspaceFolder|workspaceFolderBasename|userHome|pathSeparator|cwd|\/)(:[^}]*)?\}$/.test(r));
}

/**
 * Where credentials live: every env variable and header (a literal value is only said to be written in the file,
 * never copied), the env file, and the arguments or URL that reference a variable or input — as the same
 * credential texts the other MCP server readers give (`addCredentials`), each at its node.
 */
function credentialsOf(
  o: ManifestObject,
  f: FieldReader,
  P: NodePath,
  spec: {
    envKey: string;
    headersKey: string;
    args: string[];
    argsPath: NodePath;
    argsOffset: number;
    urlPath?: NodePath;
    secretInputs: Set<string>;
  },
): Array<[string, Position]> {
  const out: Array<[string, Position]> = [];
  const add = (where: string, name: string, value: string, path: NodePath) => {
    const refs = references(value);
    const secret = refs.some((r) => spec.secretInputs.has(/^\$\{input:([^}]*)\}$/.exec(r)?.[1] ?? ''));
    const source = refs.length > 0 ? `from ${refs.join(', ')}` : 'written in the file';
    out.push([`${where} ${name} ${source}${secret ? ' (secret input)' : ''}`, o.locate(path)]);
  };
  for (const [where, field] of [
    ['env', spec.envKey],
    ['header', spec.headersKey],
  ] as const) {
    for (const [name, value] of Object.entries(f.map(o, [...P, field]) ?? {})) {
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        add(where, name, String(value), [...P, field, name]);
      else f.problem(o.locate([...P, field, name]), `${o.name}: ${P.join('.')}.${field}.${name} must be a string`);
    }
  }
  const envFile = f.str(o, [...P, 'envFile']);
  if (envFile !== undefined) out.push([`envFile ${envFile}`, o.locate([...P, 'envFile'])]);
  spec.args.forEach((a, i) => {
    if (references(a).length > 0) add('arg', String(i), a, [...spec.argsPath, i + spec.argsOffset]);
  });
  const url = spec.urlPath ? f.str(o, spec.urlPath) : undefined;
  if (spec.urlPath && url !== undefined && references(url).length > 0) add('url', 'url', url, spec.urlPath);
  return out;
}

/**
 * Codex's other ways to bring a secret in (codex `RawMcpServerConfig`): `env_vars` (variables passed through from
 * Codex's environment, a name or `{name}`), `env_http_headers` (header → variable), `bearer_token_env_var`, and a
 * literal `bearer_token` (only said to be written in the file).
 */
function codexCredentials(o: ManifestObject, f: FieldReader, P: NodePath): Array<[string, Position]> {
  const out: Array<[string, Position]> = [];
  (f.list(o, [...P, 'env_vars']) ?? []).forEach((v, i) => {
    const name = typeof v === 'string' ? v : f.str(o, [...P, 'env_vars', i, 'name']);
    if (name !== undefined) out.push([`env ${name} from $${name}`, o.locate([...P, 'env_vars', i])]);
  });
  for (const header of Object.keys(f.map(o, [...P, 'env_http_headers']) ?? {})) {
    const variable = f.str(o, [...P, 'env_http_headers', header]);
    if (variable !== undefined)
      out.push([`header ${header} from $${variable}`, o.locate([...P, 'env_http_headers', header])]);
  }
  const tokenVar = f.str(o, [...P, 'bearer_token_env_var']);
  if (tokenVar !== undefined)
    out.push([`header Authorization from $${tokenVar}`, o.locate([...P, 'bearer_token_env_var'])]);
  if (f.str(o, [...P, 'bearer_token']) !== undefined)
    out.push(['header Authorization written in the file', o.locate([...P, 'bearer_token'])]);
  return out;
}

/** The image of `docker run [options] IMAGE [cmd…]`. */
function runImage(args: string[]): string | undefined {
  const i = args.indexOf('run');
  if (i < 0) return undefined;
  for (let j = i + 1; j < args.length; j++) {
    const a = args[j];
    if (a.startsWith('-')) {
      if (!a.includes('=') && RUN_OPTS_WITH_VALUE.has(a)) j++;
      continue;
    }
    return a;
  }
  return undefined;
}
