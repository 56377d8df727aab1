import { parse, TomlError } from 'smol-toml';
import type { NodePath } from '../../model/catalog.js';
import { LIMIT_MESSAGES, LIMITS } from '../limits.js';

/**
 * TOML, for the one TOML file threatcat reads: Codex's `config.toml` (`[mcp_servers.<name>]`). Parsed by smol-toml
 * (TOML 1.0, no dependencies) within the same limits as YAML and JSON: the file's size is bounded where it is read,
 * inline nesting by the parser's `maxDepth`, and the parsed tree (dotted keys and table headers nest too) is checked
 * for depth and node count before anything walks it. `__proto__`-like keys are dropped.
 *
 * smol-toml gives no node positions: `offsetOf` finds the line that defines a path from the text itself, scanning
 * table headers (`[a.b]`, `[[a]]`) and `key =` lines (dotted and quoted keys included), and answers with the nearest
 * ancestor it found. It is for pointing at a line, never for reading values.
 */
export function readTomlText(
  text: string,
):
  | { data: Record<string, unknown>; offsetOf: (path: NodePath) => number }
  | { error: { offset: number; message: string } } {
  let data: Record<string, unknown>;
  try {
    data = parse(text, { maxDepth: LIMITS.depth, unsafeKeyBehaviour: 'drop' }) as Record<string, unknown>;
  } catch (err) {
    if (err instanceof TomlError) {
      const offset = offsetOfLine(text, err.line, err.column);
      const first = err.message.split('\n')[0];
      // smol-toml's own nesting bound (maxDepth) is the same limit as the other readers'.
      if (/excessively nested/.test(first)) return { error: { offset, message: LIMIT_MESSAGES.depth } };
      return { error: { offset, message: `TOML syntax error: ${first}` } };
    }
    return { error: { offset: 0, message: `cannot parse TOML: ${(err as Error).message.split('\n')[0]}` } };
  }
  const tooBig = beyondLimits(data);
  if (tooBig) return { error: { offset: 0, message: tooBig } };
  let index: Map<string, number> | undefined;
  return {
    data,
    offsetOf: (path) => {
      index ??= keyOffsets(text);
      for (let n = path.length; n > 0; n--) {
        const at = index.get(pathKey(path.slice(0, n)));
        if (at !== undefined) return at;
      }
      return 0;
    },
  };
}

/** The first message of LIMITS the tree breaks (depth, nodes), walked without recursion. */
function beyondLimits(root: unknown): string | undefined {
  const stack: Array<[unknown, number]> = [[root, 0]];
  let nodes = 0;
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (++nodes > LIMITS.nodes) return LIMIT_MESSAGES.nodes;
    if (v === null || typeof v !== 'object' || v instanceof Date) continue;
    if (depth >= LIMITS.depth) return LIMIT_MESSAGES.depth;
    for (const child of Object.values(v as Record<string, unknown>)) stack.push([child, depth + 1]);
  }
  return undefined;
}

function offsetOfLine(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const eol = text.indexOf('\n', offset);
    if (eol < 0) return offset;
    offset = eol + 1;
  }
  return offset + Math.max(0, column - 1);
}

const pathKey = (path: NodePath) => JSON.stringify(path.map(String));

/** `a."b.c".'d'` → ['a', 'b.c', 'd'], or undefined when the text is no key. */
function splitKey(key: string): string[] | undefined {
  const out: string[] = [];
  const re = /\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*(\.|$)/y;
  let i = 0;
  while (i < key.length) {
    re.lastIndex = i;
    const m = re.exec(key);
    if (!m) return undefined;
    out.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : (m[2] ?? m[3]));
    i = re.lastIndex;
    if (m[4] === '') break;
  }
  return out.length > 0 ? out : undefined;
}

/**
 * Where each table and key is defined: path → offset of its header or key. Arrays of tables count their items.
 * Lines inside multi-line strings are passed over.
 */
function keyOffsets(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const arrays = new Map<string, number>();
  let table: string[] = [];
  let inString: '"""' | "'''" | undefined;
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if (inString) {
      if (line.includes(inString)) inString = undefined;
      continue;
    }
    const lead = line.length - line.trimStart().length;
    const t = line.trim();
    const header = /^\[\[(.+?)\]\]|^\[(.+?)\]/.exec(t);
    if (header) {
      const keys = splitKey((header[1] ?? header[2]).trim());
      if (!keys) continue;
      if (header[1] !== undefined) {
        const k = pathKey(keys);
        const n = arrays.get(k) ?? 0;
        arrays.set(k, n + 1);
        table = [...keys, String(n)];
      } else table = keys;
      const k = pathKey(table);
      if (!out.has(k)) out.set(k, start + lead);
      continue;
    }
    const eq = /^((?:"(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_.\s-])+?)\s*=/.exec(t);
    if (!eq) continue;
    const keys = splitKey(eq[1]);
    if (keys) {
      for (let n = 1; n <= keys.length; n++) {
        const k = pathKey([...table, ...keys.slice(0, n)]);
        if (!out.has(k)) out.set(k, start + lead);
      }
    }
    const rest = t.slice(eq[0].length);
    for (const q of ['"""', "'''"] as const) {
      const i = rest.indexOf(q);
      if (i >= 0 && rest.indexOf(q, i + 3) < 0) inString = q;
    }
  }
  return out;
}
