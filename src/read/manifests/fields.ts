import type { NodePath } from '../../model/catalog.js';
import type { ManifestFile, ManifestObject } from '../../model/manifest.js';
import type { Position } from '../../model/finding.js';
import type { SurfaceProblem, SurfaceRef } from '../../model/surface.js';

/**
 * Typed access to fields of manifest objects. A field of the wrong type in a known kind is reported once as
 * a problem at its node, and read as absent: the readers never throw on user input.
 */
export class FieldReader {
  readonly problems: SurfaceProblem[] = [];

  raw(o: ManifestObject, path: NodePath): unknown {
    let v: unknown = o.body;
    for (const seg of path) {
      if (v === null || typeof v !== 'object') return undefined;
      v = (v as Record<string | number, unknown>)[seg];
    }
    return v;
  }

  /** A string (numbers and booleans are accepted as written: YAML turns `3000` or `true` into non-strings). */
  str(o: ManifestObject, path: NodePath): string | undefined {
    const v = this.raw(o, path);
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return v;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    this.bad(o, path, 'a string');
    return undefined;
  }

  bool(o: ManifestObject, path: NodePath): boolean | undefined {
    const v = this.raw(o, path);
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'boolean') return v;
    if (v === 'true' || v === 'false') return v === 'true';
    this.bad(o, path, 'a boolean');
    return undefined;
  }

  list(o: ManifestObject, path: NodePath): unknown[] | undefined {
    const v = this.raw(o, path);
    if (v === undefined || v === null) return undefined;
    if (Array.isArray(v)) return v;
    this.bad(o, path, 'a list');
    return undefined;
  }

  /** A list of strings; other items are reported and dropped. */
  strings(o: ManifestObject, path: NodePath): string[] | undefined {
    const items = this.list(o, path);
    if (!items) return undefined;
    const out: string[] = [];
    items.forEach((item, i) => {
      if (typeof item === 'string') out.push(item);
      else if (typeof item === 'number' || typeof item === 'boolean') out.push(String(item));
      else this.bad(o, [...path, i], 'a string');
    });
    return out;
  }

  map(o: ManifestObject, path: NodePath): Record<string, unknown> | undefined {
    const v = this.raw(o, path);
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
    this.bad(o, path, 'a mapping');
    return undefined;
  }

  /**
   * The ServiceAccount a PodSpec at `podSpec` runs as, and the path where that is written: `serviceAccountName`,
   * else its deprecated alias `serviceAccount` (the API server copies the alias into the name when the name is
   * empty). Undefined name: the namespace's `default`; the path is then `serviceAccountName`, where it would go.
   */
  podServiceAccount(o: ManifestObject, podSpec: NodePath): { name: string | undefined; path: NodePath } {
    const named = this.str(o, [...podSpec, 'serviceAccountName']);
    if (named) return { name: named, path: [...podSpec, 'serviceAccountName'] };
    const alias = this.str(o, [...podSpec, 'serviceAccount']);
    if (alias) return { name: alias, path: [...podSpec, 'serviceAccount'] };
    return { name: undefined, path: [...podSpec, 'serviceAccountName'] };
  }

  private readonly seen = new Set<string>();

  /** Reported once, however many readers look at the same field. */
  problem(position: Position, message: string): void {
    const key = `${position.file}:${position.line}:${position.column}:${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.problems.push({ position, message });
  }

  private bad(o: ManifestObject, path: NodePath, expected: string): void {
    this.problem(o.locate(path), `${o.kind} ${o.name}: ${fieldPath(path)} must be ${expected}`);
  }
}

/** spec.tools[0].name */
export function fieldPath(path: NodePath): string {
  return path.map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? seg : `.${seg}`)).join('');
}

/** The API group of an apiVersion ("v1" → ""). */
export function groupOf(apiVersion: string): string {
  const i = apiVersion.lastIndexOf('/');
  return i < 0 ? '' : apiVersion.slice(0, i);
}

export function refOf(o: ManifestObject, namespace?: string): SurfaceRef {
  const ns = o.namespace ?? namespace;
  return { kind: o.kind, name: o.name, ...(ns !== undefined ? { namespace: ns } : {}), apiVersion: o.apiVersion };
}

/**
 * All objects of the given files, looked up by kind/name/namespace. An object written without a namespace
 * matches any namespace asked for (plain manifests often leave it to `kubectl -n` or Kustomize).
 */
export class ManifestIndex {
  private readonly byKind = new Map<string, ManifestObject[]>();
  private readonly byKindName = new Map<string, ManifestObject[]>();

  constructor(readonly files: readonly ManifestFile[]) {
    for (const f of files) {
      for (const o of f.objects) {
        push(this.byKind, o.kind, o);
        push(this.byKindName, `${o.kind}\u0000${o.name}`, o);
      }
    }
  }

  ofKind(kind: string, group?: string): ManifestObject[] {
    const list = this.byKind.get(kind) ?? [];
    return group === undefined ? list : list.filter((o) => groupOf(o.apiVersion) === group);
  }

  find(kind: string, name: string, namespace: string | undefined, group?: string): ManifestObject | undefined {
    let fallback: ManifestObject | undefined;
    for (const o of this.byKindName.get(`${kind}\u0000${name}`) ?? []) {
      if (group !== undefined && groupOf(o.apiVersion) !== group) continue;
      if (namespace === undefined || o.namespace === namespace) return o;
      if (o.namespace === undefined) fallback ??= o;
    }
    return fallback;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The namespace part of the identity of an object written without a namespace (applied with `kubectl -n` or a
 * Kustomize `namespace:`): unknown, never `default`. findAgentSurface resolves it to the agent's namespace.
 */
export const ANY_NAMESPACE = '*';

export function saUsername(namespace: string | undefined, name: string): string {
  return `system:serviceaccount:${namespace ?? ANY_NAMESPACE}:${name}`;
}
