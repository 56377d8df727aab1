/**
 * Flux's post-build variable substitution on one string, as kustomize-controller runs it on every object a Flux
 * Kustomization applies (fluxcd/pkg envsubst, a fork of drone/envsubst): `${VAR}`, the default forms `${VAR:=x}`,
 * `${VAR:-x}`, `${VAR=x}`, `${VAR-x}` (each takes the default when the value is empty or unset), the case forms
 * `${VAR^}`, `${VAR^^}`, `${VAR,}`, `${VAR,,}`; `$$` is a literal `$`; a bare `$VAR` is text. Other bash forms
 * (substrings, pattern removal and replacement, a nested default) are not evaluated here: the caller keeps the text
 * as written and says so.
 */

export interface EnvsubstResult {
  /** The text with every placeholder replaced. */
  value: string;
  /** Variables whose own value (not a default) went into the text. */
  used: string[];
  /** Variables referenced without a default that are not set: Flux (strict, its default) refuses to apply. */
  missing: string[];
}

export type EnvsubstOutcome = EnvsubstResult | { unsupported: string };

const NAME_CHAR = /[\p{L}\p{N}_]/u;
const DEFAULT_OPS = [':=', ':-', '=', '-'];
const CASE_OPS: Record<string, (s: string) => string> = {
  '^^': (s) => s.toUpperCase(),
  ',,': (s) => s.toLowerCase(),
  '^': (s) => s.charAt(0).toUpperCase() + s.slice(1),
  ',': (s) => s.charAt(0).toLowerCase() + s.slice(1),
};

/** Whether a string holds something Flux substitutes or unescapes (`${VAR}`, `$${VAR}`). */
export function hasPlaceholder(s: string): boolean {
  return s.includes('${');
}

export function envsubst(text: string, vars: ReadonlyMap<string, string>): EnvsubstOutcome {
  let out = '';
  const used = new Set<string>();
  const missing = new Set<string>();
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '$' && text[i + 1] === '$') {
      out += '$';
      i += 2;
      continue;
    }
    if (c !== '$' || text[i + 1] !== '{') {
      out += c;
      i++;
      continue;
    }
    const close = text.indexOf('}', i + 2);
    if (close === -1) return { unsupported: text.slice(i) };
    const inner = text.slice(i + 2, close);
    let n = 0;
    while (n < inner.length && NAME_CHAR.test(inner[n])) n++;
    const name = inner.slice(0, n);
    const rest = inner.slice(n);
    if (name === '' || /^\d/.test(name)) return { unsupported: text.slice(i, close + 1) };
    const value = vars.get(name);
    if (rest === '' || CASE_OPS[rest]) {
      if (value === undefined) missing.add(name);
      else used.add(name);
      out += rest === '' ? (value ?? '') : CASE_OPS[rest](value ?? '');
    } else {
      const op = DEFAULT_OPS.find((o) => rest.startsWith(o));
      const fallback = op === undefined ? undefined : rest.slice(op.length);
      if (fallback === undefined || fallback.includes('$')) return { unsupported: text.slice(i, close + 1) };
      if (value !== undefined && value !== '') {
        used.add(name);
        out += value;
      } else out += fallback;
    }
    i = close + 1;
  }
  return { value: out, used: [...used], missing: [...missing] };
}
