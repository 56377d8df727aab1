/**
 * Bounds on the work one input may cause. Catalogs, manifests, configs and baselines can come from an untrusted
 * pull request (the Action validates the PR head), so every parse is bounded in size, nesting, documents and
 * nodes; past a bound the input is refused with one error naming the bound (docs/catalog-format.md, "Limits").
 * Each bound is far above what a hand-written or generated file of its kind needs.
 */
export const LIMITS = {
  /** Bytes in one catalog, manifest, configuration or baseline file. */
  fileBytes: 8 * 1024 * 1024,
  /**
   * Nesting levels of mappings and lists. js-yaml's own default, kept: a CRD schema needs about 30, and the
   * recursive walks after parsing (schema validation, tool hashes) stay far from the call-stack limit.
   */
  depth: 100,
  /** YAML documents in one manifest file (`---` separated). */
  documents: 10_000,
  /**
   * Nodes (mappings, lists, scalars) in one file as a walk sees them, aliases expanded: the bound on an alias
   * bomb, and on the time and memory a parse takes (a CRD bundle of a few MiB has about 100,000).
   */
  nodes: 500_000,
} as const;

/** The messages for an input past a bound: each names the bound. */
export const LIMIT_MESSAGES = {
  depth: `nesting deeper than ${LIMITS.depth} levels (the limit); refusing to process it`,
  nodes: `more than ${LIMITS.nodes} nodes (the limit); refusing to process it`,
  expanded: `more than ${LIMITS.nodes} nodes once aliases are expanded (the limit; an alias bomb?); refusing to process it`,
  documents: `more than ${LIMITS.documents} YAML documents in one file (the limit); refusing to process it`,
} as const;

/**
 * Whether walking `root` would visit more than `max` nodes (or nest deeper than LIMITS.depth). js-yaml shares the object behind an alias, so a
 * "billion laughs" document loads small but would make every later walk (schema validation, rules, tool hashes)
 * exponential: nodes are counted as such a walk would see them, stopping at `max`. Iterative, so a deep value
 * cannot overflow the call stack here.
 */
export function expandsBeyond(root: unknown, max: number): 'expanded' | 'depth' | undefined {
  const n = expandedNodes(root, max);
  return n === 'depth' ? 'depth' : n > max ? 'expanded' : undefined;
}

/**
 * The nodes a walk of `root` visits, counted up to `max + 1` at most; or 'depth' when aliases nest it deeper
 * than LIMITS.depth (a chain of anchors, each holding the one before, is deep without being large, and would
 * overflow a recursive walk).
 */
export function expandedNodes(root: unknown, max: number): number | 'depth' {
  let count = 0;
  const stack: unknown[] = [root];
  const depths: number[] = [0];
  while (stack.length > 0) {
    const node = stack.pop();
    const depth = depths.pop()!;
    if (++count > max) return count;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= LIMITS.depth) return 'depth';
    for (const value of Array.isArray(node) ? node : Object.values(node)) {
      stack.push(value);
      depths.push(depth + 1);
    }
  }
  return count;
}

/**
 * Start offsets of the YAML documents in a text, at most `max + 1` of them: a `---` line starts one (the spec
 * forbids such a line inside a document, even in a block scalar). Linear, and without parsing, so a file of a
 * million empty documents is refused before any is parsed.
 */
export function documentStarts(text: string, max: number): number[] {
  const starts = [0];
  for (let i = text.indexOf('---'); i !== -1 && starts.length <= max; i = text.indexOf('---', i + 3)) {
    if (i > 0 && text.charCodeAt(i - 1) !== 10) continue;
    const next = text.charCodeAt(i + 3);
    if (!(Number.isNaN(next) || next === 32 || next === 9 || next === 10 || next === 13)) continue;
    if (i > 0) starts.push(i);
  }
  return starts;
}

/**
 * The offset where JSON text first nests deeper than `max` (-1 when it does not). A byte scan that knows
 * strings and escapes: linear, and done before JSON.parse so that nothing later walks an over-deep value.
 */
export function jsonDepthExceeded(text: string, max: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) {
      inString = true;
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > max) return i;
    } else if (c === 93 /* ] */ || c === 125 /* } */) {
      depth--;
    }
  }
  return -1;
}
