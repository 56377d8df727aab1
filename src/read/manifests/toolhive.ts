import type { ManifestObject } from '../../model/manifest.js';
import type { Position } from '../../model/finding.js';
import type { SurfaceInventory, SurfaceMcpServer, SurfaceTool } from '../../model/surface.js';
import { toolHash } from '../../model/tool-hash.js';
import { groupOf, refOf, saUsername } from './fields.js';
import type { ReadContext } from './kagent.js';

/**
 * Stacklok ToolHive (group toolhive.stacklok.dev) MCPServer v1beta1 and the deprecated v1alpha1, with its
 * MCPToolConfig (toolsFilter, toolsOverride) and permission profile. Facts: formats.md §3.2.
 */
export const TOOLHIVE_GROUP = 'toolhive.stacklok.dev';

export function readToolHive(o: ManifestObject, ctx: ReadContext, out: SurfaceInventory): void {
  if (o.kind !== 'MCPServer' || groupOf(o.apiVersion) !== TOOLHIVE_GROUP) return;
  out.mcpServers.push(toolhiveServer(o, ctx));
}

export function toolhiveServer(o: ManifestObject, ctx: ReadContext): SurfaceMcpServer {
  const f = ctx.fields;
  const ns = o.namespace ?? 'default';
  const image = f.str(o, ['spec', 'image']);
  if (image === undefined) f.problem(o.locate(['spec']), `MCPServer ${o.name}: spec.image is required`);
  // v1alpha1 before v0.14 called the proxy port spec.port.
  const portPath = f.raw(o, ['spec', 'proxyPort']) !== undefined ? ['spec', 'proxyPort'] : ['spec', 'port'];
  const port = f.str(o, portPath) ?? '8080';
  const sa = f.str(o, ['spec', 'serviceAccount']);
  const args = f.strings(o, ['spec', 'args']);
  const at: Record<string, Position> = {
    image: o.locate(['spec', 'image']),
    transport: o.locate(['spec', 'transport']),
    url: o.locate(portPath),
    args: o.locate(['spec', 'args']),
    identity: o.locate(['spec', 'serviceAccount']),
  };
  const s: SurfaceMcpServer = {
    ref: refOf(o, ns),
    position: o.position,
    definedAt: o.position,
    // Clients reach the server through the operator's proxy Service mcp-<name>-proxy.
    url: `http://mcp-${o.name}-proxy.${ns}:${port}`,
    ...(image !== undefined ? { image } : {}),
    ...(args ? { args } : {}),
    transport: f.str(o, ['spec', 'transport']) ?? 'stdio',
    // The operator creates <name>-sa for the server pod unless spec.serviceAccount names one.
    identity: saUsername(ns, sa ?? `${o.name}-sa`),
    proxyIdentity: saUsername(ns, `${o.name}-proxy-runner`),
    at,
  };
  const ptype = f.str(o, ['spec', 'permissionProfile', 'type']);
  const pname = f.str(o, ['spec', 'permissionProfile', 'name']);
  if (ptype !== undefined || pname !== undefined) {
    const key = f.str(o, ['spec', 'permissionProfile', 'key']);
    s.permissionProfile = `${ptype ?? 'builtin'}:${pname ?? ''}${key ? `/${key}` : ''}`;
    at.permissionProfile = o.locate(['spec', 'permissionProfile']);
  }
  const toolConfig = f.str(o, ['spec', 'toolConfigRef', 'name']);
  if (toolConfig !== undefined) {
    const cfg = ctx.index.find('MCPToolConfig', toolConfig, ns, TOOLHIVE_GROUP);
    at.toolConfig = o.locate(['spec', 'toolConfigRef', 'name']);
    if (cfg) applyToolConfig(s, cfg, ctx);
  }
  return s;
}

/**
 * toolsFilter is the allow-list (names as the server has them); toolsOverride renames and re-describes tools,
 * which is what the model then sees, so overridden tools are pinned with their new name and description.
 */
function applyToolConfig(s: SurfaceMcpServer, cfg: ManifestObject, ctx: ReadContext): void {
  const f = ctx.fields;
  const filter = f.strings(cfg, ['spec', 'toolsFilter']);
  const overrides = f.map(cfg, ['spec', 'toolsOverride']) ?? {};
  const at = s.at!;
  if (filter) {
    s.allowedTools = filter;
    at.toolNames = cfg.locate(['spec', 'toolsFilter']);
  }
  const names = filter ?? Object.keys(overrides);
  const tools: SurfaceTool[] = [];
  for (const original of names) {
    const P = ['spec', 'toolsOverride', original];
    const ov = f.map(cfg, P);
    if (!ov) {
      tools.push({ name: original, position: cfg.locate(['spec', 'toolsFilter', names.indexOf(original)]) });
      continue;
    }
    const name = f.str(cfg, [...P, 'name']) ?? original;
    const description = f.str(cfg, [...P, 'description']);
    const annotations = ov.annotations;
    tools.push({
      name,
      ...(description !== undefined ? { description } : {}),
      ...(description !== undefined || annotations !== undefined
        ? { sha256: toolHash({ name, description, annotations }) }
        : {}),
      position: cfg.locate(P),
    });
  }
  if (tools.length > 0) {
    s.tools = tools;
    at.tools = cfg.locate(['spec', 'toolsOverride']);
  }
}
