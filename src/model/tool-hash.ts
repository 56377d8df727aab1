import { createHash } from 'node:crypto';

/** What a tool pin covers: everything an MCP client shows the model about the tool. */
export interface HashableTool {
  name: string;
  description?: string;
  inputSchema?: unknown;
  annotations?: unknown;
}

/**
 * sha256 (hex) of the tool's canonical JSON: `{name, description?, inputSchema?, annotations?}` with object keys
 * sorted at every depth, no whitespace, absent fields omitted. Key order and formatting in the manifest therefore
 * never change the hash; a changed word in the description does (a "rug pull" of the tool).
 */
export function toolHash(tool: HashableTool): string {
  const pinned: Record<string, unknown> = { name: tool.name };
  if (tool.description !== undefined) pinned.description = tool.description;
  if (tool.inputSchema !== undefined) pinned.inputSchema = tool.inputSchema;
  if (tool.annotations !== undefined) pinned.annotations = tool.annotations;
  return createHash('sha256').update(canonicalJson(pinned)).digest('hex');
}

/** JSON with object keys sorted (arrays keep their order); undefined members are dropped as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}
