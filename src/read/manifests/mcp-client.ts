import type { ManifestObject } from '../../model/manifest.js';
import type { SurfaceInventory } from '../../model/surface.js';
import { MCP_CLIENT_CONFIG } from './manifest-file.js';
import type { ReadContext } from './kagent.js';

/**
 * MCP client configuration JSON: `mcpServers` (Claude Desktop, Cursor, Claude Code `.mcp.json`) and VS Code's
 * `servers` (+ `inputs`). Each server is its own MCP server on the surface, named in a catalog as
 * `trustSource: { kind: MCPClientServer, name: <server key>, file: <json path> }`. Facts: formats.md §3.5.
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

export function readMcpClientConfig(o: ManifestObject, ctx: ReadContext, out: SurfaceInventory): void {
  if (o.kind !== MCP_CLIENT_CONFIG.kind || o.apiVersion !== MCP_CLIENT_CONFIG.apiVersion) return;
  const f = ctx.fields;
  const key = f.raw(o, ['mcpServers']) !== undefined ? 'mcpServers' : 'servers';
  const servers = f.map(o, [key]) ?? {};
  for (const [name, value] of Object.entries(servers)) {
    const P = [key, name];
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      f.problem(o.locate(P), `${o.name}: ${key}.${name} must be an object`);
      continue;
    }
    const command = f.str(o, [...P, 'command']);
    const args = f.strings(o, [...P, 'args']);
    const url = f.str(o, [...P, 'url']);
    const type = f.str(o, [...P, 'type']) ?? (url !== undefined ? 'http' : 'stdio');
    if (command === undefined && url === undefined) {
      f.problem(o.locate(P), `${o.name}: ${key}.${name} has neither command nor url`);
    }
    const image = command !== undefined && /(^|\/)(docker|podman)$/.test(command) ? runImage(args ?? []) : undefined;
    out.mcpServers.push({
      ref: { kind: MCP_CLIENT_SERVER_KIND, name },
      position: o.locate(P),
      definedAt: o.locate(P),
      transport: type,
      ...(url !== undefined ? { url } : {}),
      ...(command !== undefined ? { command } : {}),
      ...(args ? { args } : {}),
      ...(image ? { image } : {}),
      at: {
        url: o.locate([...P, 'url']),
        command: o.locate([...P, 'command']),
        args: o.locate([...P, 'args']),
        transport: o.locate([...P, 'type']),
      },
    });
  }
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
