import type { Position } from './finding.js';
import type { SurfaceRef } from './surface.js';

/** The surface events `threatcat diff` reports (the re-open events a pull request can cause). */
export const SURFACE_EVENT_TYPES = [
  'mcp-connection-added',
  'mcp-connection-removed',
  'model-version-updated',
  'tool-surface-modified',
  'autonomy-tier-changed',
  'permissions-changed',
] as const;

export type SurfaceEventType = (typeof SURFACE_EVENT_TYPES)[number];

/**
 * Which way a change moves what the agent can reach: `widened` (a tool, permission, connection, credential or host
 * path gained; an approval requirement dropped; a higher autonomy tier), `narrowed` (the reverse), `changed` (both
 * at once, or a change with no order: another model, image, endpoint or identity). The re-open table reads it: a
 * narrowing re-opens only what names the thing that went away (docs/reopen.md).
 */
export const EVENT_DIRECTIONS = ['widened', 'narrowed', 'changed'] as const;

export type EventDirection = (typeof EVENT_DIRECTIONS)[number];

/** The direction of a set going from `before` to `after`: items only gained, only lost, or both. */
export function setDirection(before: readonly string[], after: readonly string[]): EventDirection {
  const b = new Set(before);
  const a = new Set(after);
  const gained = after.some((x) => !b.has(x));
  const lost = before.some((x) => !a.has(x));
  return gained && !lost ? 'widened' : lost && !gained ? 'narrowed' : 'changed';
}

/** The opposite direction (a requirement gained narrows what the agent may do alone). */
export function inverse(d: EventDirection): EventDirection {
  return d === 'widened' ? 'narrowed' : d === 'narrowed' ? 'widened' : 'changed';
}

/** One declared permission as compared between states (who grants it does not matter, what it allows does). */
export interface PermissionTuple {
  apiGroup: string;
  resource: string;
  verb: string;
  namespace: string;
  resourceNames?: string[];
  nonResourceURL?: string;
}

/** One change of an agent's surface, at the changed node: in head, or in base for a removal. */
export interface SurfaceEvent extends Position {
  type: SurfaceEventType;
  /** Whether the change gives the agent more reach, less, or a different one. */
  direction: EventDirection;
  /** The agent, as namespace/name. */
  agent: string;
  /** What changed, for people: "RemoteMCPServer agents/kagent-tool-server", "tool k8s_get_resources"… */
  subject: string;
  /** The fact before and after (null when it did not exist). JSON data. */
  before: unknown;
  after: unknown;
  /** What the re-open plan scopes by. */
  scope: EventScope;
}

export interface EventScope {
  /** The manifest object the event is about (MCP server, model object, delegated agent). */
  ref?: SurfaceRef;
  /** Which facet changed (e.g. 'tools', 'allowed-tools', 'tool-hash', 'image', 'delegation', 'tier', 'approval'). */
  aspect?: string;
  /** mcp-connection-added/-removed: the server runs in the cluster (an image or a workload), not only behind a URL. */
  inCluster?: boolean;
  /** Tools the change concerns (added, removed or modified). */
  tools?: string[];
  /** permissions-changed: the identity and the rules gained or lost. */
  identity?: string;
  added?: PermissionTuple[];
  removed?: PermissionTuple[];
  /** permissions-changed: some of the rules are wildcards (`*` verb, resource, API group or URL). */
  wildcard?: boolean;
  /** permissions-changed: the built-in ClusterRoles (cluster-admin, edit…) that grant the rules. */
  builtinRoles?: string[];
}

export type AnnotationFacts = Record<string, { value: string; position: Position }>;

/**
 * Annotations that declare how much an agent may act alone (no standard key beyond threatcat's own
 * `threatcat.dev/autonomy-tier`, which the surface readers turn into the tier: any annotation whose name speaks
 * of autonomy, approval or a human in the loop). Every other annotation is cosmetic for the surface.
 */
export const AUTONOMY_ANNOTATION_PATTERN = /autonom|approval|human-in-the-loop|hitl/i;
