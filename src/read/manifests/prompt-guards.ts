import type { NodePath } from '../../model/catalog.js';
import type { Position } from '../../model/finding.js';
import type { ManifestObject } from '../../model/manifest.js';
import type { ReadContext } from './kagent.js';

/**
 * How one format writes a prompt guard (agentgateway's config file, its CRDs, kgateway 2.0's TrafficPolicy): the
 * same shape — `request` and `response` guards, each a regex or a call to something that judges the text — spelled
 * differently. The walk is shared so that every format yields the same facts (one per regex rule, else one per
 * guard and what it calls), and a removed check reads the same whichever file held it.
 */
export interface GuardFormat {
  /** The guard kinds an entry may hold, in the order the gateway runs them. */
  kinds: readonly string[];
  /**
   * `list`: each side is a list of entries holding one kind each (agentgateway); `one`: each side is one entry whose
   * every kind set is a check of its own (kgateway 2.0 runs webhook, regex and moderation of one entry in turn).
   */
  entries: 'list' | 'one';
  /** The problem for an entry that holds no kind. */
  missing(o: ManifestObject, side: string): string;
  /** A regex guard's action (as written, or its default) and its rules, each where it is written. */
  regex(o: ManifestObject, K: NodePath, ctx: ReadContext): { action: string; rules: Array<[string, NodePath]> };
  /** Any other guard: the name it is reported by and what it calls (a webhook's host, a moderation model…). */
  other(o: ManifestObject, K: NodePath, kind: string, ctx: ReadContext): [string, string];
}

/** One fact per check of the prompt guard node `G`: each regex rule on its own, each other guard by what it calls. */
export function promptGuardChecks(
  o: ManifestObject,
  G: NodePath,
  format: GuardFormat,
  ctx: ReadContext,
): Array<[string, Position]> {
  const f = ctx.fields;
  const out: Array<[string, Position]> = [];
  for (const side of ['request', 'response']) {
    const entries: NodePath[] =
      format.entries === 'one'
        ? f.map(o, [...G, side]) !== undefined
          ? [[...G, side]]
          : []
        : (f.list(o, [...G, side]) ?? []).map((_, i) => [...G, side, i]);
    for (const I of entries) {
      const present = format.kinds.filter((k) => f.raw(o, [...I, k]) !== undefined);
      if (present.length === 0) {
        f.problem(o.locate(I), format.missing(o, side));
        continue;
      }
      for (const kind of format.entries === 'one' ? present : present.slice(0, 1)) {
        const K = [...I, kind];
        if (kind === 'regex') {
          const { action, rules } = format.regex(o, K, ctx);
          for (const [rule, at] of rules) out.push([`${side} regex ${action}: ${rule}`, o.locate(at)]);
          continue;
        }
        const [name, what] = format.other(o, K, kind, ctx);
        // A kind of its own in an entry holding several: located at it, so that dropping one is reported there.
        out.push([`${side} ${name} ${what}`.trimEnd(), o.locate(format.entries === 'one' ? K : I)]);
      }
    }
  }
  return out;
}

/**
 * The rules of a regex guard written as CRD lists: `matches[]` (pattern strings; kgateway 2.0 wrote `{pattern,
 * name}` objects) and `builtins[]`.
 */
export function crdRegexRules(o: ManifestObject, K: NodePath, ctx: ReadContext): Array<[string, NodePath]> {
  const f = ctx.fields;
  const out: Array<[string, NodePath]> = [];
  (f.list(o, [...K, 'matches']) ?? []).forEach((item, r) => {
    const at = [...K, 'matches', r];
    const v = item !== null && typeof item === 'object' ? f.str(o, [...at, 'pattern']) : f.str(o, at);
    if (v !== undefined) out.push([v, at]);
  });
  (f.strings(o, [...K, 'builtins']) ?? []).forEach((v, r) => {
    out.push([v, [...K, 'builtins', r]]);
  });
  return out;
}
