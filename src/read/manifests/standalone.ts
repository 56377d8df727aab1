import type { ManifestObject } from '../../model/manifest.js';
import type { SurfaceInventory } from '../../model/surface.js';
import type { ReadContext } from './kagent.js';
import { readToolHive } from './toolhive.js';
import { readKServe } from './kserve.js';
import { readModelDeployment } from './model-deployments.js';
import { readKaito } from './kaito.js';
import { readAgentgateway } from './agentgateway.js';
import { readAgentgatewayConfig } from './agentgateway-standalone.js';
import { readEnvoyAiGateway } from './envoy-ai-gateway.js';
import { readEnvoyAiGatewayRoute } from './envoy-ai-gateway-routes.js';
import { readVectorStore } from './vector-stores.js';
import { readMcpClientConfig } from './mcp-client.js';
import { readConfigMapMcpClient } from './mcp-client-configmap.js';
import { readConfigMapAgentgateway } from './agentgateway-configmap.js';
import { readKagentConfigKinds } from './kagent-v2.js';
import { readKgatewayBackend } from './kgateway-backend.js';

/**
 * Readers of objects that carry surface on their own (no kagent Agent references them): each looks at one
 * object and adds what it recognises to the inventory; unknown kinds are left alone.
 */
export type StandaloneReader = (o: ManifestObject, ctx: ReadContext, out: SurfaceInventory) => void;

export const STANDALONE_READERS: readonly StandaloneReader[] = [
  readToolHive,
  readKServe,
  readModelDeployment,
  readKaito,
  readAgentgateway,
  readAgentgatewayConfig,
  readKgatewayBackend,
  readEnvoyAiGateway,
  readEnvoyAiGatewayRoute,
  readVectorStore,
  readMcpClientConfig,
  readConfigMapMcpClient,
  readConfigMapAgentgateway,
  readKagentConfigKinds,
];
