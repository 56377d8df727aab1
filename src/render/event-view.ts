import type { DiffEvent } from '../model/diff-result.js';
import type { SurfaceEventType } from '../model/surface-event.js';
import type { SurfaceRef } from '../model/surface.js';
import { permissionLabel } from '../analyse/surface-diff.js';
import { codeSpan, escapeMarkdown } from './markdown-escape.js';

/**
 * How people see one surface event, in every output: the CLI's text line, GitHub annotations, SARIF messages, the
 * PR summary comment and the inline review comment all take their words from here. Values are shown as values
 * (`claude-sonnet-4-5` → `claude-sonnet-4-6`, tools `+create_incident`), never as the event's JSON.
 */

/** One thing that changed, as people read it. */
export interface ChangeFact {
  /** What the value is ("model", "tools", "url"); absent when the subject already says it. */
  label?: string;
  before?: string;
  after?: string;
  /** Items gained ("+create_incident", "+ list secrets in all namespaces"). */
  added: string[];
  /** Items lost ("−k8s_delete_resource"). */
  removed: string[];
}

/** What a PR does to one element of the agent's surface. */
export type ChangeMark = 'added' | 'changed' | 'removed';

export interface EventView {
  type: string;
  /** "MCP server added", "Model updated"… */
  title: string;
  agent: string;
  subject: string;
  file: string;
  line: number;
  mark: ChangeMark;
  facts: ChangeFact[];
  /** widened / narrowed / changed, when the diff says which way the change goes. */
  direction?: string;
}

/** Longest value shown: URLs and command lines can be long, and a comment should stay scannable. */
const MAX_VALUE = 120;
/**
 * Permissions listed in one event's words (text, annotations, SARIF, the PR comment): a binding to a built-in role
 * grants hundreds (`admin`: 399), and a 17 kB line buries the rest of the output. The JSON output lists them all.
 */
const MAX_LISTED = 20;

function listed(items: string[]): string[] {
  return items.length <= MAX_LISTED
    ? items
    : [...items.slice(0, MAX_LISTED), `… ${items.length - MAX_LISTED} more (all in --format json)`];
}

const LABELS: Record<string, string> = {
  allowedTools: 'tools',
  transport: 'transport',
  url: 'url',
  image: 'image',
  command: 'command',
  args: 'args',
  provider: 'provider',
  model: 'model',
  revision: 'revision',
  endpoint: 'endpoint',
  runtime: 'runtime',
  credentials: 'credentials',
};

/** Facets whose subject already names what the value is ("…: allowed tools", "autonomy tier"). */
const ASPECT_LABEL: Record<string, string> = {
  tools: 'tools',
  'allowed-tools': 'tools',
  approval: 'tools',
  network: 'egress',
};

export function eventView(e: DiffEvent): EventView {
  const mark = changeMark(e);
  const direction = (e as { direction?: unknown }).direction;
  return {
    type: e.type,
    title: eventTitle(e.type, mark, e.scope.aspect),
    agent: e.agent,
    subject: e.subject,
    file: e.file,
    line: e.line,
    mark,
    facts: changeFacts(e),
    // Only a direction that tells the reviewer something: `changed` (neither wider nor narrower) goes unsaid, and
    // so does the direction of an element added or removed (its title already says it).
    ...((direction === 'widened' || direction === 'narrowed') && mark === 'changed' ? { direction } : {}),
  };
}

/** Added when nothing was there before, removed when nothing is left, else changed. */
export function changeMark(e: Pick<DiffEvent, 'type' | 'before' | 'after' | 'scope'>): ChangeMark {
  // A new endpoint, upstream or grant changes an element that was already there.
  const whole = e.scope.aspect === undefined || e.scope.aspect === 'delegation';
  if (e.type === 'permissions-changed' || !whole) return 'changed';
  if (e.before === null || e.before === undefined) return 'added';
  if (e.after === null || e.after === undefined) return 'removed';
  return 'changed';
}

function eventTitle(type: SurfaceEventType | string, mark: ChangeMark, aspect: string | undefined): string {
  switch (type) {
    case 'mcp-connection-added':
      return aspect === undefined ? 'MCP server added' : 'MCP connection added';
    case 'mcp-connection-removed':
      return aspect === undefined ? 'MCP server removed' : 'MCP connection removed';
    case 'model-version-updated':
      return mark === 'added' ? 'Model added' : mark === 'removed' ? 'Model removed' : 'Model updated';
    case 'tool-surface-modified':
      if (aspect === 'delegation') return mark === 'removed' ? 'Delegation removed' : 'Delegation added';
      return 'Tools changed';
    case 'autonomy-tier-changed':
      return 'Autonomy changed';
    case 'permissions-changed':
      return 'Permissions changed';
    default:
      return String(type);
  }
}

/** before → after as facts people read: a permission as its verb and resource, a list as the items it gained or lost. */
export function changeFacts(e: Pick<DiffEvent, 'type' | 'before' | 'after' | 'scope'>): ChangeFact[] {
  if (e.type === 'permissions-changed' && (e.scope.added?.length || e.scope.removed?.length)) {
    return [
      {
        label: 'permissions',
        added: listed((e.scope.added ?? []).map((p) => `+ ${clip(permissionLabel(p))}`)),
        removed: listed((e.scope.removed ?? []).map((p) => `− ${clip(permissionLabel(p))}`)),
      },
    ];
  }
  // The subject names the delegated agent already.
  if (e.scope.aspect === 'delegation') return [];
  const label = ASPECT_LABEL[e.scope.aspect ?? ''];
  const b = e.before;
  const a = e.after;
  if (isRecord(b) || isRecord(a)) {
    const facts = recordFacts(isRecord(b) ? b : undefined, isRecord(a) ? a : undefined);
    // A new server without an allow-list offers every tool it lists: show them as what the agent gains.
    const tools = e.scope.tools ?? [];
    if (e.type === 'mcp-connection-added' && !isRecord(b) && !facts.some((f) => f.label === 'tools') && tools.length)
      facts.push({ label: 'tools', added: tools.map((t) => `+${clip(t)}`), removed: [] });
    return facts;
  }
  if (Array.isArray(b) || Array.isArray(a)) return [listFact(label, b, a)];
  const fact: ChangeFact = { ...(label ? { label } : {}), added: [], removed: [] };
  if (b !== null && b !== undefined) fact.before = scalar(b);
  if (a !== null && a !== undefined) fact.after = scalar(a);
  return [fact];
}

/** Object facts (a server's connection, a model's provider and name): each field that differs, in the field's own words. */
function recordFacts(b: Record<string, unknown> | undefined, a: Record<string, unknown> | undefined): ChangeFact[] {
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  const facts: ChangeFact[] = [];
  for (const k of keys) {
    const bv = b?.[k];
    const av = a?.[k];
    if (b && a && JSON.stringify(bv) === JSON.stringify(av)) continue;
    const label = LABELS[k] ?? k;
    if (Array.isArray(bv) || Array.isArray(av)) {
      facts.push(listFact(label, b ? (bv ?? []) : null, a ? (av ?? []) : null));
      continue;
    }
    const fact: ChangeFact = { label, added: [], removed: [] };
    // A whole element added or removed: its values are stated plainly (the title says which), without arrows.
    if (!a) fact.after = bv === undefined || bv === null ? undefined : scalar(bv);
    else {
      if (bv !== undefined && bv !== null) fact.before = scalar(bv);
      if (av !== undefined && av !== null) fact.after = scalar(av);
    }
    if (fact.after === undefined) delete fact.after;
    facts.push(fact);
  }
  return facts;
}

/** A list before and after as what it gained and lost; "all" (no allow-list) stays a value. */
function listFact(label: string | undefined, b: unknown, a: unknown): ChangeFact {
  const base = Array.isArray(b) ? b.map(scalar) : undefined;
  const head = Array.isArray(a) ? a.map(scalar) : undefined;
  const fact: ChangeFact = { ...(label ? { label } : {}), added: [], removed: [] };
  if (base && head) {
    fact.added = head.filter((x) => !base.includes(x)).map((x) => `+${x}`);
    fact.removed = base.filter((x) => !head.includes(x)).map((x) => `−${x}`);
    return fact;
  }
  // A list against a value ("all": no allow-list) is a change of value, not items gained or lost.
  if (head && b !== null && b !== undefined) return { ...fact, before: scalar(b), after: clip(head.join(', ')) };
  if (base && a !== null && a !== undefined) return { ...fact, before: clip(base.join(', ')), after: scalar(a) };
  if (head) fact.added = head.map((x) => `+${x}`);
  else if (base) fact.removed = base.map((x) => `−${x}`);
  return fact;
}

/** The facts on one line, for text, annotations and SARIF: `model claude-sonnet-4-5 → claude-sonnet-4-6; tools +a −b`. */
export function describeChange(e: Pick<DiffEvent, 'type' | 'before' | 'after' | 'scope'>): string {
  const facts = changeFacts(e).map(factText).filter(Boolean);
  return facts.length > 0 ? facts.join('; ') : 'changed';
}

export function factText(f: ChangeFact): string {
  const values =
    f.before !== undefined && f.after !== undefined
      ? `${f.before} → ${f.after}`
      : f.after !== undefined
        ? f.after
        : f.before !== undefined
          ? `${f.before} → (none)`
          : '';
  const parts = [values, ...f.added, ...f.removed].filter(Boolean);
  return [f.label, ...parts].filter(Boolean).join(' ');
}

/** The facts in Markdown: labels as text, values as code (inert whatever a manifest says), facts apart by ` · `. */
export function factsMarkdown(facts: readonly ChangeFact[]): string {
  return facts
    .map((f) => {
      const values =
        f.before !== undefined && f.after !== undefined
          ? `${codeSpan(f.before)} → ${codeSpan(f.after)}`
          : f.after !== undefined
            ? codeSpan(f.after)
            : f.before !== undefined
              ? `${codeSpan(f.before)} → (none)`
              : '';
      const parts = [values, ...[...f.added, ...f.removed].map((x) => codeSpan(x))].filter(Boolean);
      return [f.label ? escapeMarkdown(f.label) : '', ...parts].filter(Boolean).join(' ');
    })
    .filter(Boolean)
    .join(' · ');
}

/** The element an event is about, for the component diagram. */
export function eventElement(e: Pick<DiffEvent, 'type' | 'scope' | 'subject'>): ElementRef | undefined {
  if (e.scope.ref) return { ref: e.scope.ref, delegation: e.scope.aspect === 'delegation' };
  if (e.type === 'permissions-changed' && e.scope.identity) {
    // Kubernetes usernames of ServiceAccounts: system:serviceaccount:<namespace>:<name>
    const m = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(e.scope.identity);
    if (m) return { ref: { kind: 'ServiceAccount', namespace: m[1], name: m[2] }, delegation: false };
  }
  return undefined;
}

export interface ElementRef {
  ref: SurfaceRef;
  delegation: boolean;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function scalar(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return clip(v);
  if (typeof v === 'object') return clip(JSON.stringify(v));
  return String(v);
}

function clip(s: string): string {
  return s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE - 1)}…` : s;
}
