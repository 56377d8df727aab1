import type { ManifestObject } from '../../model/manifest.js';
import type { Position } from '../../model/finding.js';
import type { SurfaceInventory } from '../../model/surface.js';
import type { ReadContext } from './kagent.js';
import { MCP_CLIENT_CONFIG, mcpClientSections, readManifestText } from './manifest-file.js';
import { readMcpClientObject } from './mcp-client.js';

/**
 * An MCP client configuration carried in a ConfigMap (`v1` ConfigMap `data.<key>`, the key ending in `.json` or
 * `.jsonc`, e.g. `mcp.json`), as it is mounted into an agent's container: the value is read as the file of that
 * name would be (mcpClientSections decides by the key and its content; VS Code's generic `servers` only under the
 * name `mcp.json`), with the same MCP client reader, so its servers, credentials and approvals join the surface like
 * those of a `.mcp.json` in the repository.
 *
 * Positions are the ConfigMap's lines: a value written as a literal block (`mcp.json: |`), the usual way, keeps its
 * lines, so each node is at its own line below the key (its column assumes the usual two-space indentation); any
 * other value (quoted, folded, one line) points at the key. A value that is not JSON, or holds no MCP server
 * section, is passed over: a ConfigMap may hold anything.
 */
export function readConfigMapMcpClient(o: ManifestObject, ctx: ReadContext, out: SurfaceInventory): void {
  if (o.kind !== 'ConfigMap' || o.apiVersion !== 'v1') return;
  const data = o.body.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) return;
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (!/\.jsonc?$/i.test(key) || typeof value !== 'string') continue;
    const embedded = readManifestText(value, key);
    if (embedded.problems.length > 0) continue;
    const config = embedded.objects.find(
      (x) => x.kind === MCP_CLIENT_CONFIG.kind && x.apiVersion === MCP_CLIENT_CONFIG.apiVersion,
    );
    if (!config) continue;
    // VS Code's `servers` is too common a key to be taken for MCP servers under any other name than `mcp.json`.
    const sections = mcpClientSections(config.body, key);
    if (!/^mcp\.jsonc?$/i.test(key) && sections.every((x) => x.key === 'servers')) continue;
    readMcpClientObject(embeddedObject(o, key, value, config), ctx, out, key);
  }
}

/**
 * An object read from a ConfigMap's `data.<key>` text, located at the ConfigMap's lines and named `<configmap>/<key>`.
 * A literal block (`key: |`, the usual way) keeps every line: line n of the value is n lines below the block's
 * header (its column assumes the usual two-space indentation); any other value (quoted, folded, one line) points
 * at the key.
 */
export function embeddedObject(o: ManifestObject, key: string, value: string, inner: ManifestObject): ManifestObject {
  const at = o.locate(['data', key]);
  const block = /\n[^\n]/.test(value.replace(/\n+$/, '\n'));
  const column = o.locate(['data']).column + 4;
  const locate = (path: Parameters<ManifestObject['locate']>[0]): Position => {
    if (!block) return at;
    const p = inner.locate(path);
    return { file: at.file, line: at.line + p.line, column: column + p.column - 1 };
  };
  return {
    ...inner,
    name: `${o.name}/${key}`,
    ...(o.namespace !== undefined ? { namespace: o.namespace } : {}),
    position: at,
    locate,
  };
}
