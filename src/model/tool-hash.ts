import * as crypto from 'node:crypto';

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
  return sha256Hex(canonicalJson(pinned));
}

/**
 * Every discovered tool of every server is hashed when a surface is read (both states of a diff, every agent of a
 * validate): the one-shot `crypto.hash` (Node >= 20.12) is 2-3x faster than a Hash object for such short texts.
 */
const sha256Hex: (text: string) => string =
  typeof (crypto as { hash?: unknown }).hash === 'function'
    ? (text) => (crypto as unknown as { hash(a: string, t: string, e: 'hex'): string }).hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text).digest('hex');

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
