import type { ManifestObject } from '../../model/manifest.js';
import type { SurfaceInventory } from '../../model/surface.js';
import type { ReadContext } from './kagent.js';
import { readManifestText } from './manifest-file.js';
import { AGENTGATEWAY_CONFIG, readAgentgatewayConfig } from './agentgateway-standalone.js';
import { embeddedObject } from './mcp-client-configmap.js';

/**
 * agentgateway's own configuration carried in a ConfigMap (`v1` ConfigMap `data.<key>`, the key ending in `.yaml` or
 * `.yml`, e.g. `config.yaml`), as the standalone gateway's Deployment mounts it (`agentgateway -f
 * /config/config.yaml`): the value is recognised and read exactly as the file of that name would be
 * (agentgateway-standalone.ts: its MCP targets, their allow rules and backend auth, its LLM models), at the
 * ConfigMap's lines. A value that is not agentgateway's (any other YAML a ConfigMap holds) is passed over.
 */
export function readConfigMapAgentgateway(o: ManifestObject, ctx: ReadContext, out: SurfaceInventory): void {
  if (o.kind !== 'ConfigMap' || o.apiVersion !== 'v1') return;
  const data = o.body.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) return;
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (!/\.ya?ml$/i.test(key) || typeof value !== 'string') continue;
    const embedded = readManifestText(value, key);
    if (embedded.problems.length > 0) continue;
    const config = embedded.objects.find(
      (x) => x.kind === AGENTGATEWAY_CONFIG.kind && x.apiVersion === AGENTGATEWAY_CONFIG.apiVersion,
    );
    if (config) readAgentgatewayConfig(embeddedObject(o, key, value, config), ctx, out);
  }
}
