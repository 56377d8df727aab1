import type {
  AivssFactors,
  Component,
  Cvss,
  Delegation,
  ReopenEvent,
  Reopened,
  SurfaceChange,
  Threat,
  ThreatCatalog,
} from '../model/catalog.js';
import type { FileEdits, YamlEdit } from '../model/edit.js';
import type { Condition, TemplateCategory, ThreatTemplate } from '../model/library.js';
import type { AgentSurface, SurfaceRef } from '../model/surface.js';
import type { SurfaceEvent, SurfaceEventType } from '../model/surface-event.js';
import type { DiffReopenEntry } from '../model/diff-result.js';
import { SURFACE_EVENT_TYPES } from '../model/surface-event.js';
import { aivssBlock, threatAivss } from './aivss.js';
import { cvssComment, proposeCvss } from './cvss-reach.js';
import { AIVSS_COMMENT } from './fix-plan.js';
import { dismissedTemplateId } from './dismissed-templates.js';
import { applicableTemplates, buildCatalog, decompose, proposeFactors, type Applicable } from './init-catalog.js';
import { CatalogView, REOPEN_TABLE } from './reopen-table.js';
import type { ShadowElement } from './shadow.js';

/**
 * The scoped re-open plan, and the catalog model of what the change brings in or takes out:
 *
 * - which catalog entries each surface event invalidates (the table in reopen-table.ts; a threat's `reopenOn`
 *   narrows it to the listed types, `{ event, always: true }` widens it);
 * - for each surface element the change adds that no component covers (shadowElements, limited to the files the
 *   change touched), the component `init` would write for it and the library's threats that apply to it — the
 *   instantiation is init's own (buildCatalog on the head surface), mapped onto the catalog's ids; a threat of a
 *   template the catalog already has gains the new component instead of being duplicated (and is re-opened if it
 *   was closed or accepted: its evidence never covered that component);
 * - for each element the change removes, its component marked `removed`, and the threats left with nothing of
 *   their own category marked `orphaned` (nothing is deleted: a person decides).
 *
 * All of it as YAML edits (`edits`), computed from a catalog's data alone, so the same plan can be made again on
 * another copy of the catalog (`catalogPlan`), and applying it twice changes nothing the second time.
 */

/** A threat the events concern (the type the diff result carries). */
export type ReopenEntry = DiffReopenEntry;

/** What the change does to the agent's surface, for the model part of the plan. */
export interface SurfaceModelInput {
  head: AgentSurface;
  base?: AgentSurface;
  /** The built-in library (catalogs/*.yaml). */
  templates: readonly ThreatTemplate[];
  /** Shadow elements of the head surface that the change touched (see shadow.ts). */
  uncovered: readonly ShadowElement[];
  /**
   * Threat ids other catalogs of the repository use (threat ids are unique across catalogs). Only asked `has`:
   * a diff touching every catalog gives each a view of one shared index, not a copy of every other catalog's ids.
   */
  takenThreatIds?: { has(id: string): boolean };
}

export interface CatalogPlanInput {
  /** Repository-relative path of the catalog. */
  file: string;
  data: ThreatCatalog;
  events: SurfaceEvent[];
  /** Without it the plan only re-opens. */
  surface?: SurfaceModelInput;
}

/** What a record says about where and when: the head that changed, and the time of the run. */
export interface ReopenStamp {
  ref: string;
  at: string;
}

/** One catalog's model of what the change brought in and took out. */
export interface CatalogModelChange {
  catalog: string;
  /** New components (and delegation entries), with the element they model. */
  components: Array<{ id: string; category: Component['category'] | 'delegation'; subject: string }>;
  /**
   * New threats from the library: for an element the change brings in, or that the change makes apply. `reason` is
   * init's (why the template applies), also written above the threat.
   */
  threats: Array<{ id: string; components: string[]; reason?: string }>;
  /** Existing threats of the same template that gain the new components. */
  extended: Array<{ threat: string; components: string[] }>;
  /** Components and delegation entries marked removed. */
  removed: Array<{ id: string; subject: string }>;
  /** Threats marked orphaned. */
  orphaned: string[];
  /** Shadow elements this model covers (their findings are resolved once the edits are applied). */
  covers: string[];
}

export interface ReopenPlan {
  /** Closed or accepted threats the events invalidate: these must go back to open. */
  reopen: ReopenEntry[];
  /** Threats already open that the events also concern (nothing to write). */
  alreadyOpen: ReopenEntry[];
  /** What each catalog's model gains and loses (only catalogs with something to record). */
  model: CatalogModelChange[];
  /** The catalog edits that record all of it, per catalog (empty when there is nothing to write). */
  edits: FileEdits[];
}

export function planReopen(
  inputs: readonly CatalogPlanInput[],
  stamp: ReopenStamp,
  opts: PlanOptions = {},
): ReopenPlan {
  const plan: ReopenPlan = { reopen: [], alreadyOpen: [], model: [], edits: [] };
  for (const input of inputs) {
    const one = catalogPlan(input.data, input, stamp, opts);
    plan.reopen.push(...one.reopen);
    plan.alreadyOpen.push(...one.alreadyOpen);
    if (one.model) plan.model.push(one.model);
    if (one.edits.length > 0) plan.edits.push({ file: input.file, edits: one.edits });
  }
  return plan;
}

/**
 * The plan for one catalog, made on `data` (the head's catalog, or the same catalog as it is in the working tree
 * when that differs): threats are found by id and components by trustSource, so the edits fit the text they are
 * applied to.
 */
export function catalogPlan(
  data: ThreatCatalog,
  input: Omit<CatalogPlanInput, 'data'>,
  stamp: ReopenStamp,
  opts: PlanOptions = {},
): { reopen: ReopenEntry[]; alreadyOpen: ReopenEntry[]; model?: CatalogModelChange; edits: YamlEdit[] } {
  const threats = Array.isArray(data?.threats) ? data.threats : [];
  const withEdits = opts.edits !== false;
  // The values init derives, proposed again for both states: only for the edits (a plan nobody applies needs none).
  const factors = withEdits ? factorProposal(data, input.surface, input.events) : { edits: [] };
  const model = input.surface ? modelChange(data, input.surface, input.events, stamp, factors.factors) : undefined;
  const orphaned = new Set(model?.orphaned.map((o) => o.threat) ?? []);
  // The table reads the catalog as the plan leaves it: a threat that gains the new server's component is concerned
  // by that server's event exactly as if it had named it before (and, through its reopenOn, only if it lists it).
  const gained = new Map((model?.extended ?? []).map((x) => [x.index, x.components]));
  const after: ThreatCatalog = model
    ? {
        ...data,
        components: [...(data.components ?? []), ...model.components.map((c) => c.value)],
        delegations: [...(data.delegations ?? []), ...model.delegations.map((d) => d.value)],
        threats: threats.map((t, i) =>
          gained.has(i) ? { ...t, components: [...t.components, ...gained.get(i)!] as [string, ...string[]] } : t,
        ),
      }
    : data;
  const view = new CatalogView(after);
  const reopen: ReopenEntry[] = [];
  const alreadyOpen: ReopenEntry[] = [];
  after.threats.forEach((threat, index) => {
    // A threat about nothing that is left is marked, not re-opened: there is no evidence to collect any more.
    if (orphaned.has(threat.id)) return;
    const hits = input.events.filter((e) => threatReopensOn(threat, e, view));
    if (hits.length === 0) return;
    const entry: ReopenEntry = {
      catalog: input.file,
      threat: threat.id,
      index,
      status: threat.status,
      events: SURFACE_EVENT_TYPES.filter((t) => hits.some((e) => e.type === t)),
      subjects: [...new Set(hits.map((e) => e.subject))],
    };
    (threat.status === 'open' ? alreadyOpen : reopen).push(entry);
  });
  const edits = !withEdits
    ? []
    : [
        ...reopenEdits(data, reopen, stamp),
        ...(model ? modelEdits(data, model) : []),
        ...tierEdits(data, input.events),
        ...(input.surface ? scoreEdits(data, input.surface, input.events, factors) : []),
        ...(input.surface && input.events.length > 0 ? componentEdits(data, input.surface) : []),
        ...(input.surface && movesApplicability(input.events) ? capabilityEdits(data, input.surface) : []),
      ];
  return {
    reopen,
    alreadyOpen,
    ...(model && !model.empty ? { model: summary(input.file, model) } : {}),
    edits,
  };
}

export function threatReopensOn(threat: Threat, event: SurfaceEvent, view: CatalogView): boolean {
  if (threat.reopenOn) {
    const entry = threat.reopenOn.find((x) => (typeof x === 'string' ? x : x.event) === event.type);
    if (entry === undefined) return false;
    if (typeof entry !== 'string' && entry.always) return true;
  }
  return REOPEN_TABLE[event.type].matches(threat, event, view);
}

/**
 * The agent's autonomy tier as the change leaves it (`agent.autonomyTier`, which the report and the people reading the
 * catalog go by), when the catalog said what the manifests said before: a tier the catalog declares otherwise on
 * purpose is a person's, and is left to them. Applied once, the catalog no longer says the old tier: no edit again.
 */
function tierEdits(data: ThreatCatalog, events: readonly SurfaceEvent[]): YamlEdit[] {
  const tier = events.find((e) => e.type === 'autonomy-tier-changed' && e.scope.aspect === 'tier');
  if (!tier || typeof tier.after !== 'string' || data?.agent?.autonomyTier !== tier.before) return [];
  return [{ op: 'set', path: ['agent', 'autonomyTier'], value: tier.after }];
}

/**
 * The scores `init` derived from the manifests, derived again for the state the change leaves — so a widened binding
 * or a dropped approval does not leave a score saying the agent reaches less, or acts less alone, for a person to
 * redo by hand:
 * - each AIVSS factor `init` proposed (the reason on its line), where the catalog still holds the proposal for base;
 * - each CVSS base `init` raised to the agent's reach (library templates with `cvssReach`: base, vector, the reason
 *   beside the base), where the catalog still holds the proposal for base, when the permissions changed;
 * - then the `aivss` block of every threat whose inputs moved.
 * A value a person replaced (the concrete vulnerability's base, a factor they reviewed) is theirs and is left.
 */
function scoreEdits(
  data: ThreatCatalog,
  input: SurfaceModelInput,
  events: readonly SurfaceEvent[],
  proposal: FactorProposal,
): YamlEdit[] {
  const base = input.base;
  const profile = data?.agent?.aivss;
  if (!base || events.length === 0) return [];
  const edits: YamlEdit[] = [...proposal.edits];
  const factors = proposal.factors ?? profile?.factors;
  const threats = Array.isArray(data?.threats) ? data.threats : [];
  const reach = events.some((e) => e.type === 'permissions-changed');
  threats.forEach((t, i) => {
    if (!t?.cvss) return;
    let cvss = t.cvss;
    const id = reach ? templateOf(t, input.templates) : undefined;
    const template = id === undefined ? undefined : input.templates.find((x) => x.id === id);
    if (template?.cvssReach) {
      const before = proposeCvss(template, base);
      const now = proposeCvss(template, input.head);
      if (
        before &&
        now &&
        sameCvss(t.cvss, before.cvss) &&
        !(sameCvss(before.cvss, now.cvss) && before.reason === now.reason)
      ) {
        const at = ['threats', i, 'cvss'];
        edits.push({ op: 'set', path: [...at, 'base'], value: now.cvss.base });
        if (now.cvss.vector !== undefined) edits.push({ op: 'set', path: [...at, 'vector'], value: now.cvss.vector });
        edits.push({
          op: 'comment',
          path: [...at, 'base'],
          comment: cvssComment(now.reason),
          replaces: cvssComment(before.reason),
        });
        cvss = now.cvss;
      }
    }
    if (!profile || !factors || (cvss === t.cvss && factors === profile.factors)) return;
    const score = threatAivss({ cvss }, { ...profile, factors });
    if (!score) return;
    const block = aivssBlock(score);
    if (!t.aivss) {
      edits.push({
        op: 'set',
        path: ['threats', i, 'aivss'],
        value: block,
        after: 'cvss',
        flowLike: 'cvss',
        comment: AIVSS_COMMENT,
      });
      return;
    }
    for (const k of ['score', 'severity', 'vector'] as const)
      if (t.aivss[k] !== block[k]) edits.push({ op: 'set', path: ['threats', i, 'aivss', k], value: block[k] });
  });
  return edits;
}

interface FactorProposal {
  /** The factors as the plan leaves them, when it changes one. */
  factors?: AivssFactors;
  edits: YamlEdit[];
}

export interface PlanOptions {
  /**
   * Work out the edits that apply the plan (default true). Without them the plan still says what re-opens and
   * what the change brings in; `diff` without `--write` shows no more, and re-deriving every value `init` writes
   * for both states of each touched catalog was a tenth of a large diff.
   */
  edits?: boolean;
}

const DECOMPOSED = new WeakMap<AgentSurface, ReturnType<typeof decompose>>();

/** init's decomposition of a surface, once per surface: the factor and component refreshes both need it. */
function decomposed(surface: AgentSurface): ReturnType<typeof decompose> {
  let d = DECOMPOSED.get(surface);
  if (!d) {
    d = decompose(surface);
    DECOMPOSED.set(surface, d);
  }
  return d;
}

/** Each AIVSS factor the catalog holds as `init` proposed it for base, proposed again for head (see scoreEdits). */
function factorProposal(data: ThreatCatalog, input: SurfaceModelInput | undefined, events: readonly SurfaceEvent[]) {
  const out: FactorProposal = { edits: [] };
  const held = data?.agent?.aivss?.factors;
  if (!input?.base || events.length === 0 || !held || typeof held !== 'object') return out;
  const before = proposeFactors(input.base, decomposed(input.base).memory);
  const now = proposeFactors(input.head, decomposed(input.head).memory);
  const next = { ...held };
  for (const k of Object.keys(now.factors) as Array<keyof AivssFactors>) {
    if (held[k] !== before.factors[k] || before.factors[k] === now.factors[k]) continue;
    next[k] = now.factors[k];
    out.factors = next;
    out.edits.push({ op: 'set', path: ['agent', 'aivss', 'factors', k], value: now.factors[k] });
    if (now.reasons[k])
      out.edits.push({
        op: 'comment',
        path: ['agent', 'aivss', 'factors', k],
        comment: now.reasons[k],
        replaces: before.reasons[k],
      });
  }
  return out;
}

const APPLICABLE = new WeakMap<AgentSurface, { templates: readonly ThreatTemplate[]; list: Map<string, Applicable> }>();

/** The library templates init instantiates for a surface, by template id: once per surface. */
function applicable(surface: AgentSurface, templates: readonly ThreatTemplate[]): Map<string, Applicable> {
  const known = APPLICABLE.get(surface);
  if (known?.templates === templates) return known.list;
  const list = new Map(applicableTemplates(surface, templates, decomposed(surface)).map((a) => [a.template.id, a]));
  APPLICABLE.set(surface, { templates, list });
  return list;
}

/**
 * Whether the events can change which library templates apply, or what they rely on: `appliesWhen` reads permissions,
 * MCP servers and their tools, memory stores, delegations, the tier, code execution and the pods' NetworkPolicy
 * egress — never the model, and an agent always has an inference component. A model bump, the commonest change,
 * costs no evaluation. A condition key added to the library schema fails test/library.test.ts until it is weighed
 * here.
 */
function movesApplicability(events: readonly SurfaceEvent[]): boolean {
  return events.some((e) => e.type !== 'model-version-updated');
}

/** The templates init proposes for head and did not for base: the change made them apply. */
function newlyApplicable(base: AgentSurface, head: AgentSurface, templates: readonly ThreatTemplate[]): string[] {
  const now = applicable(head, templates);
  // Base is asked only about those (unless --write already asked it everything, for the capabilities).
  const before =
    APPLICABLE.get(base)?.templates === templates
      ? applicable(base, templates)
      : new Set(
          applicableTemplates(
            base,
            templates.filter((t) => now.has(t.id)),
            decomposed(base),
          ).map((a) => a.template.id),
        );
  return [...now.keys()].filter((id) => !before.has(id));
}

/**
 * The library templates the catalog's `dismissed` list names (by template id, or by the threat id init gives it):
 * a person decided they do not apply to this agent.
 */
function dismissedTemplates(data: ThreatCatalog, templates: readonly ThreatTemplate[]): Set<string> {
  const out = new Set<string>();
  const list = Array.isArray(data?.dismissed) ? data.dismissed : [];
  const known = new Set(list.length > 0 ? templates.map((t) => t.id) : []);
  for (const d of list) {
    const id = typeof d?.template === 'string' ? dismissedTemplateId(d.template, known) : undefined;
    if (id !== undefined) out.add(id);
  }
  return out;
}

/**
 * The events that made a template apply, for its `added` record: those of the types that can change what its
 * conditions (and the categories it touches) read; the first type in the table's order, every subject.
 */
function applicabilityEvent(
  template: ThreatTemplate,
  events: readonly SurfaceEvent[],
): { subject: string; event?: SurfaceEventType } {
  const types = new Set<SurfaceEventType>();
  const byCategory: Record<string, SurfaceEventType[]> = {
    inference: ['model-version-updated'],
    'mcp-tool': ['mcp-connection-added', 'mcp-connection-removed', 'tool-surface-modified'],
    'rag-memory': ['tool-surface-modified'],
    delegation: ['tool-surface-modified'],
    identity: ['permissions-changed'],
  };
  const read = (c: Condition) => {
    if (c.component) for (const t of byCategory[c.component] ?? []) types.add(t);
    if (c.permission) types.add('permissions-changed');
    if (c.mcpServer) for (const t of byCategory['mcp-tool']) types.add(t);
    if (c.memory) types.add('tool-surface-modified');
    if (c.autonomy || c.codeExecution) types.add('autonomy-tier-changed');
    // NetworkPolicy egress changes are `permissions-changed` (aspect network): reach, as RBAC is.
    if (c.egress) types.add('permissions-changed');
    for (const x of c.any ?? []) read(x);
  };
  for (const c of template.appliesWhen ?? []) read(c);
  for (const cat of template.components) for (const t of byCategory[cat] ?? []) types.add(t);
  const hits = events.filter((e) => types.has(e.type));
  const chosen = hits.length > 0 ? hits : events;
  const first = SURFACE_EVENT_TYPES.find((t) => chosen.some((e) => e.type === t));
  return { subject: [...new Set(chosen.map((e) => e.subject))].join('; '), ...(first ? { event: first } : {}) };
}

/** What `init` derives for a component from the manifests: the fields a change can leave stale. */
const DERIVED_FIELDS = ['description', 'telemetry', 'blastSurface', 'tools'] as const;

/**
 * The fields `init` derived for a component (the model and version in its description, the tools a server offers
 * and the hashes pinned for them, what an identity is granted), derived again from head for each component the
 * change does not add or take out: field by field, only where the catalog still says what init derives from base.
 * A field a person wrote is theirs. Components are paired with init's by category and trust source.
 */
function componentEdits(data: ThreatCatalog, input: SurfaceModelInput): YamlEdit[] {
  if (!input.base) return [];
  const components = Array.isArray(data?.components) ? data.components : [];
  const before = decomposed(input.base).components;
  const after = decomposed(input.head).components;
  const find = (list: readonly Component[], c: Component) =>
    list.find((x) => x.category === c.category && sameRef(x.trustSource, c.trustSource as SurfaceRef));
  const edits: YamlEdit[] = [];
  components.forEach((c, i) => {
    if (!c?.trustSource || c.removed) return;
    const b = find(before, c);
    const h = find(after, c);
    if (!b || !h) return;
    for (const field of DERIVED_FIELDS) {
      const now = h[field];
      if (now === undefined || !sameJson(c[field], b[field]) || sameJson(b[field], now)) continue;
      edits.push({ op: 'set', path: ['components', i, field], value: now });
    }
  });
  return edits;
}

/**
 * A threat's `capability` as init derives it (the RBAC rules and tools that make its library template apply),
 * derived again from head where the catalog still holds init's value for base: a binding that adds `watch secrets`
 * joins the secret exfiltration threat's rules. A capability a person wrote is theirs; a template that no longer
 * applies keeps what it had (the threat still says what it needed).
 */
const CAPABILITY_FIELDS = ['description', 'rules', 'tools'] as const;

function capabilityEdits(data: ThreatCatalog, input: SurfaceModelInput): YamlEdit[] {
  if (!input.base) return [];
  const threats = Array.isArray(data?.threats) ? data.threats : [];
  const before = applicable(input.base, input.templates);
  const after = applicable(input.head, input.templates);
  const edits: YamlEdit[] = [];
  threats.forEach((t, i) => {
    if (!t?.id) return;
    const id = templateOf(t, input.templates);
    const b = id === undefined ? undefined : before.get(id);
    const h = id === undefined ? undefined : after.get(id);
    if (!b || !h?.capability || !sameJson(t.capability, b.capability) || sameJson(b.capability, h.capability)) return;
    const had = b.capability;
    const now = h.capability;
    // Field by field where the new value only replaces (the rules of a block capability keep its description line).
    if (had && CAPABILITY_FIELDS.every((f) => now[f] !== undefined || had[f] === undefined)) {
      for (const f of CAPABILITY_FIELDS)
        if (!sameJson(had[f], now[f]))
          edits.push({ op: 'set', path: ['threats', i, 'capability', f], value: now[f], compact: true });
    } else
      edits.push({ op: 'set', path: ['threats', i, 'capability'], value: now, after: 'components', compact: true });
  });
  return edits;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function sameCvss(a: Cvss, b: Cvss): boolean {
  return a.base === b.base && a.vector === b.vector && (a.exploitMaturity ?? 'poc') === (b.exploitMaturity ?? 'poc');
}

/** Longest `reopened.subject` written: enough for people, short enough to keep the catalog readable. */
const MAX_SUBJECT = 300;

function clip(subject: string): string {
  return subject.length > MAX_SUBJECT ? `${subject.slice(0, MAX_SUBJECT - 1)}…` : subject;
}

/**
 * The edits that re-open the entries in `data` (found by threat id, so a catalog that moved since the plan was
 * made is still edited at the right threat): `status: open` and a `reopened` record (event, ref, at, subject)
 * right after it. A threat already open gets no edit, so applying the plan twice changes nothing.
 */
export function reopenEdits(data: ThreatCatalog, entries: readonly ReopenEntry[], stamp: ReopenStamp): YamlEdit[] {
  const threats = Array.isArray(data?.threats) ? data.threats : [];
  const edits: YamlEdit[] = [];
  for (const entry of entries) {
    const index = threats.findIndex((t) => t?.id === entry.threat);
    if (index < 0 || threats[index].status === 'open') continue;
    const record: Reopened = {
      event: entry.events[0],
      ref: stamp.ref,
      at: stamp.at,
      subject: clip(entry.subjects.join('; ')),
    };
    edits.push({ op: 'set', path: ['threats', index, 'status'], value: 'open' });
    edits.push({ op: 'set', path: ['threats', index, 'reopened'], value: record, after: 'status' });
  }
  return edits;
}

/** RFC 3339 UTC to the second, as the schema's date-time fields are written. */
export function timestamp(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// ---------------------------------------------------------------------------------------------------------------
// What the change brings in and takes out

interface ModelWork {
  empty: boolean;
  components: Array<{ value: Component; subject: string }>;
  delegations: Array<{ value: Delegation; subject: string }>;
  /** New threats, with why init applies each (the comment above it) and why its CVSS base is what it is. */
  threats: Array<{ value: Threat; reason?: string; cvssReason?: string }>;
  extended: Array<{ threat: string; index: number; components: string[] }>;
  removed: Array<{ section: 'components' | 'delegations'; index: number; id: string; record: SurfaceChange }>;
  orphaned: Array<{ threat: string; index: number; record: SurfaceChange }>;
  covers: string[];
}

type Category = Component['category'] | 'delegation';

function modelChange(
  data: ThreatCatalog,
  input: SurfaceModelInput,
  events: readonly SurfaceEvent[],
  stamp: ReopenStamp,
  /** The factors as the plan leaves them (new threats are scored with them), when it changes one. */
  factors?: AivssFactors,
): ModelWork {
  const work: ModelWork = {
    empty: true,
    components: [],
    delegations: [],
    threats: [],
    extended: [],
    removed: [],
    orphaned: [],
    covers: [],
  };
  const components = Array.isArray(data.components) ? data.components : [];
  const delegations = Array.isArray(data.delegations) ? data.delegations : [];
  const threats = Array.isArray(data.threats) ? data.threats : [];
  const record = (subject: string, event: SurfaceEventType | undefined): SurfaceChange => ({
    ...(event ? { event: event as ReopenEvent } : {}),
    ref: stamp.ref,
    at: stamp.at,
    subject: clip(subject),
  });

  // --- added: init's own decomposition and threats for the head surface, restricted to the uncovered elements
  // and to the library threats the change makes apply.
  const uncovered = input.uncovered.filter((e) => !isCovered(data, e));
  const dismissed = dismissedTemplates(data, input.templates);
  const held = new Set(threats.map((t) => templateOf(t, input.templates)).filter((id) => id !== undefined));
  const nowApplicable =
    input.base && movesApplicability(events)
      ? newlyApplicable(input.base, input.head, input.templates).filter((id) => !held.has(id) && !dismissed.has(id))
      : [];
  if (uncovered.length > 0 || nowApplicable.length > 0) {
    // A new element may bring any template's threat; otherwise only those the change makes apply are instantiated
    // (scoring every template init writes cost a permission change across 500 catalogs a second).
    const templates =
      uncovered.length > 0 ? input.templates : input.templates.filter((t) => nowApplicable.includes(t.id));
    const built = buildCatalog({
      surface: input.head,
      templates: [...templates],
      manifests: data.agent.manifests,
      ...(data.agent.aivss?.version ? { aivssVersion: data.agent.aivss.version } : {}),
    });
    const fresh = built.catalog;
    const usedIds = new Set([...components, ...delegations].map((c) => c.id));
    const idMap = new Map<string, string>();
    const fresh2element = new Map<string, { subject: string; event?: SurfaceEventType; category: Category }>();
    for (const e of uncovered) {
      const what = elementEvent(e, events);
      if (e.category === 'delegation') {
        const d = fresh.delegations?.find((x) => x.to.agent === e.ref.name && sameNs(x.to.namespace, e.ref.namespace));
        if (!d || idMap.has(d.id)) continue;
        const id = uniqueId(d.id, e.ref.name, usedIds);
        idMap.set(d.id, id);
        fresh2element.set(d.id, { ...what, category: 'delegation' });
        work.delegations.push({ value: { ...d, id, added: record(what.subject, what.event) }, subject: e.subject });
      } else {
        const c = fresh.components.find((x) => x.category === e.category && sameRef(x.trustSource, e.ref));
        if (!c || idMap.has(c.id)) continue;
        const id = uniqueId(c.id, e.ref.name, usedIds);
        idMap.set(c.id, id);
        fresh2element.set(c.id, { ...what, category: c.category });
        work.components.push({ value: { ...c, id, added: record(what.subject, what.event) }, subject: e.subject });
      }
      work.covers.push(e.subject);
    }
    // Fresh components that already exist in the catalog map onto them: same object, else the same category.
    const live = [...components.filter((c) => !c.removed), ...delegations.filter((d) => !d.removed)];
    const categoryOf = (x: Component | Delegation): Category => ('category' in x ? x.category : 'delegation');
    for (const c of [...fresh.components, ...(fresh.delegations ?? [])]) {
      if (idMap.has(c.id)) continue;
      const cat = categoryOf(c);
      const same =
        live.find((x) => categoryOf(x) === cat && sameRef(x.trustSource, c.trustSource)) ??
        live.find((x) => categoryOf(x) === cat);
      if (same) idMap.set(c.id, same.id);
    }
    const isNew = (freshId: string) => fresh2element.has(freshId);
    // init's reason for each template, naming the catalog's components (init's ids for head need not be its own).
    const d = decomposed(input.head);
    const named = new Map(
      [...d.byCategory].map(([cat, ids]): [TemplateCategory, string[]] => [
        cat,
        [...new Set(ids.map((id) => idMap.get(id) ?? id))],
      ]),
    );
    const reasons = new Map(
      applicableTemplates(input.head, templates, { byCategory: named, memory: d.memory }).map((a) => [
        a.template.id,
        a.reason,
      ]),
    );
    const ownIds = new Set(threats.map((t) => t.id));
    const takenThreatIds = {
      has: (id: string) => ownIds.has(id) || (input.takenThreatIds?.has(id) ?? false),
      add: (id: string) => ownIds.add(id),
    };
    // A threat as init writes it, scored with the factors the plan leaves, under an id no catalog uses yet.
    const addThreat = (t: Threat, components: string[], rec: SurfaceChange) => {
      const id = uniqueThreatId(t.id, takenThreatIds);
      const aivss = data.agent.aivss
        ? threatAivss(t, { ...data.agent.aivss, ...(factors ? { factors } : {}) })
        : undefined;
      work.threats.push({
        value: orderedThreat(
          { ...t, id, components: components as [string, ...string[]], ...(aivss ? { aivss: aivssBlock(aivss) } : {}) },
          rec,
        ),
        reason: reasons.get(templateOf(t, input.templates) ?? '') ?? built.threatReasons[t.id],
        cvssReason: built.cvssReasons[t.id],
      });
    };
    const addedTemplates = new Set<string>();
    for (const t of fresh.threats) {
      const news = t.components.filter(isNew);
      if (news.length === 0) continue;
      const template = templateOf(t, input.templates);
      const first = fresh2element.get(news[0])!;
      const existing = threats.findIndex((x) => template !== undefined && templateOf(x, input.templates) === template);
      // A new threat only for a template about what the change brings in (a new MCP server brings the tool threats,
      // not a container escape of the cluster runtime it happens to be listed beside): the catalog's other gaps are
      // not this change's, and a threat per template per element would bury the reviewer.
      const own = template === undefined ? undefined : input.templates.find((x) => x.id === template)?.category;
      if (existing < 0 && own !== undefined && !news.some((id) => fresh2element.get(id)?.category === own)) continue;
      // A person decided it does not apply to this agent.
      if (existing < 0 && template !== undefined && dismissed.has(template)) continue;
      if (existing >= 0) {
        const have = new Set(threats[existing].components);
        const add = [...new Set(news.map((id) => idMap.get(id)!))].filter((id) => !have.has(id));
        const prior = work.extended.find((x) => x.index === existing);
        if (prior) prior.components.push(...add.filter((id) => !prior.components.includes(id)));
        else if (add.length > 0) work.extended.push({ threat: threats[existing].id, index: existing, components: add });
        continue;
      }
      const mapped = [...new Set(t.components.map((id) => idMap.get(id)).filter((id): id is string => !!id))];
      if (template !== undefined) addedTemplates.add(template);
      addThreat(t, mapped, record(first.subject, first.event));
    }
    // The library threats the change makes apply (init proposes them for head, not for base: a binding that grants
    // secrets brings the secret exfiltration threat), on the catalog's own components. A template that applied
    // before and that the catalog lacks is a person's decision, or another change's gap: not this change's.
    const wanted = new Set(nowApplicable.filter((id) => !addedTemplates.has(id)));
    for (const t of fresh.threats) {
      const template = templateOf(t, input.templates);
      if (template === undefined || !wanted.has(template)) continue;
      const mapped = [...new Set(t.components.map((id) => idMap.get(id)).filter((id): id is string => !!id))];
      // Nothing of the catalog it could name (every component of its categories removed): nothing to model it on.
      if (mapped.length === 0) continue;
      const what = applicabilityEvent(input.templates.find((x) => x.id === template)!, events);
      addThreat(t, mapped, record(what.subject, what.event));
    }
  }

  // --- removed: elements of the base surface that the head no longer has.
  if (input.base) {
    const gone = removedElements(input.base, input.head);
    const removedIds = new Set([...components, ...delegations].filter((c) => c.removed).map((c) => c.id));
    const markedBy = new Map<Category, SurfaceChange>();
    for (const g of gone) {
      const what = elementEvent({ ref: g.ref, subject: g.subject, category: g.category }, events, g.label);
      const rec = record(what.subject, what.event);
      const mark = (section: 'components' | 'delegations', list: Array<Component | Delegation>) =>
        list.forEach((c, index) => {
          if (c.removed || removedIds.has(c.id)) return;
          const hit =
            section === 'delegations'
              ? (c as Delegation).to.agent === g.ref.name && sameNs((c as Delegation).to.namespace, g.ref.namespace)
              : (c as Component).category === g.category && sameRef(c.trustSource, g.ref);
          if (!hit) return;
          removedIds.add(c.id);
          markedBy.set(g.category, rec);
          work.removed.push({ section, index, id: c.id, record: rec });
        });
      if (g.category === 'delegation') mark('delegations', delegations);
      else mark('components', components);
    }
    if (markedBy.size > 0) {
      const categories = new Map<string, Category>([
        ...components.map((c): [string, Category] => [c.id, c.category]),
        ...delegations.map((d): [string, Category] => [d.id, 'delegation']),
      ]);
      const newCategories = new Map<string, Category>([
        ...work.components.map((c): [string, Category] => [c.value.id, c.value.category]),
        ...work.delegations.map((d): [string, Category] => [d.value.id, 'delegation']),
      ]);
      threats.forEach((t, index) => {
        if (t.orphaned) return;
        // The category the threat is about: its template's, else every category it names.
        const own = templateCategory(t, input.templates);
        // A threat that gains a new element of its category (a model replaced by another) still has one.
        const gained = work.extended.find((x) => x.index === index)?.components ?? [];
        if (gained.some((id) => own === undefined || newCategories.get(id) === own)) return;
        const concerned = t.components.filter((id) => own === undefined || categories.get(id) === own);
        if (concerned.length === 0 || !concerned.every((id) => removedIds.has(id))) return;
        const rec = [...markedBy].find(([cat]) => concerned.some((id) => categories.get(id) === cat))?.[1];
        if (rec) work.orphaned.push({ threat: t.id, index, record: rec });
      });
    }
  }
  work.empty =
    work.components.length +
      work.delegations.length +
      work.threats.length +
      work.extended.length +
      work.removed.length +
      work.orphaned.length ===
    0;
  return work;
}

function summary(catalog: string, w: ModelWork): CatalogModelChange {
  return {
    catalog,
    components: [
      ...w.components.map((c) => ({ id: c.value.id, category: c.value.category, subject: c.subject })),
      ...w.delegations.map((d) => ({ id: d.value.id, category: 'delegation' as const, subject: d.subject })),
    ],
    threats: w.threats.map((t) => ({
      id: t.value.id,
      components: [...t.value.components],
      ...(t.reason ? { reason: clip(t.reason) } : {}),
    })),
    extended: w.extended.map((x) => ({ threat: x.threat, components: x.components })),
    removed: w.removed.map((r) => ({ id: r.id, subject: r.record.subject })),
    orphaned: w.orphaned.map((o) => o.threat),
    covers: w.covers,
  };
}

function modelEdits(data: ThreatCatalog, w: ModelWork): YamlEdit[] {
  const edits: YamlEdit[] = [];
  for (const c of w.components) edits.push({ op: 'append', path: ['components'], value: c.value, compact: true });
  if (w.delegations.length > 0) {
    if (Array.isArray(data.delegations) && data.delegations.length > 0) {
      for (const d of w.delegations) edits.push({ op: 'append', path: ['delegations'], value: d.value, compact: true });
    } else {
      // A new section goes where init writes it, after the components.
      edits.push({
        op: 'set',
        path: ['delegations'],
        value: w.delegations.map((d) => d.value),
        after: 'components',
        compact: true,
      });
    }
  }
  for (const x of w.extended)
    for (const id of x.components) edits.push({ op: 'append', path: ['threats', x.index, 'components'], value: id });
  for (const r of w.removed) edits.push({ op: 'set', path: [r.section, r.index, 'removed'], value: r.record });
  for (const o of w.orphaned)
    edits.push({ op: 'set', path: ['threats', o.index, 'orphaned'], value: o.record, after: 'status' });
  // As init writes a threat: why it applies above it, why its base is what it is beside the base, and the aivss
  // block marked as computed.
  const count = Array.isArray(data.threats) ? data.threats.length : 0;
  w.threats.forEach((t, k) => {
    edits.push({ op: 'append', path: ['threats'], value: t.value, compact: true, comment: t.reason });
    const at = ['threats', count + k];
    if (t.value.cvss && t.cvssReason)
      edits.push({ op: 'comment', path: [...at, 'cvss', 'base'], comment: cvssComment(t.cvssReason) });
    if (t.value.aivss) edits.push({ op: 'comment', path: [...at, 'aivss'], comment: AIVSS_COMMENT });
  });
  return edits;
}

/** The threat as init writes it, with `added` right after `status`. */
function orderedThreat(t: Threat, added: SurfaceChange): Threat {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(t)) {
    if (v === undefined || k === 'added') continue;
    out[k] = v;
    if (k === 'status') out.added = added;
  }
  return out as unknown as Threat;
}

/** The surface event that brought the element in or took it out (its type and subject), if any. */
function elementEvent(
  e: { ref: SurfaceRef; subject: string; category: Category },
  events: readonly SurfaceEvent[],
  label?: string,
): { subject: string; event?: SurfaceEventType } {
  const byRef = events.find((x) => x.scope.ref && sameRef(x.scope.ref, e.ref) && !x.scope.aspect?.includes('upstream'));
  if (byRef) return { subject: byRef.subject, event: byRef.type };
  const who = e.ref.kind === 'ServiceAccount' ? `system:serviceaccount:${e.ref.namespace ?? '*'}:${e.ref.name}` : '';
  // An account the agent started or stopped running as: the identity change says so, not a grant that came with it.
  const swapped = events.find(
    (x) => x.scope.aspect === 'identity' && who !== '' && (x.scope.identity === who || x.before === who),
  );
  const byIdentity = who ? (swapped ?? events.find((x) => x.scope.identity === who)) : undefined;
  if (byIdentity) return { subject: `${refLabel(e.ref)}: ${byIdentity.subject}`, event: byIdentity.type };
  const fallback: Partial<Record<Category, SurfaceEventType>> = {
    'mcp-tool': 'mcp-connection-added',
    inference: 'model-version-updated',
    delegation: 'tool-surface-modified',
    'rag-memory': 'tool-surface-modified',
    identity: 'permissions-changed',
  };
  return { subject: label ?? refLabel(e.ref), event: fallback[e.category] };
}

interface GoneElement {
  ref: SurfaceRef;
  category: Category;
  subject: string;
  label: string;
}

/**
 * Models, MCP servers, delegations, memory stores and tool server identities in base and not in head, by object
 * (an agentgateway target leaving a backend whose other targets stay keeps the backend's component).
 */
function removedElements(base: AgentSurface, head: AgentSurface): GoneElement[] {
  const out: GoneElement[] = [];
  const keys = (list: Array<{ ref: SurfaceRef; target?: string }>) => new Set(list.map((x) => refKeyOf(x.ref)));
  const push = (list: Array<{ ref: SurfaceRef }>, still: Set<string>, category: Category) => {
    const seen = new Set<string>();
    for (const x of list) {
      const k = refKeyOf(x.ref);
      if (still.has(k) || seen.has(k)) continue;
      seen.add(k);
      out.push({ ref: x.ref, category, subject: k, label: refLabel(x.ref) });
    }
  };
  push(base.models, keys(head.models), 'inference');
  push(base.mcpServers, keys(head.mcpServers), 'mcp-tool');
  push(base.delegations, keys(head.delegations), 'delegation');
  push(base.memory, keys(head.memory), 'rag-memory');
  const ids = (s: AgentSurface) =>
    s.mcpServers
      .map((m) => m.identity)
      .filter((i): i is string => !!i && i !== s.identity)
      .map((i) => /^system:serviceaccount:([^:]+):([^:]+)$/.exec(i))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ ref: { kind: 'ServiceAccount', name: m[2], ...(m[1] !== '*' ? { namespace: m[1] } : {}) } }));
  const own = (s: AgentSurface) =>
    s.serviceAccount
      ? [
          {
            ref: {
              kind: 'ServiceAccount',
              name: s.serviceAccount.name,
              ...(s.serviceAccount.namespace ? { namespace: s.serviceAccount.namespace } : {}),
            },
          },
        ]
      : [];
  const headIds = [...ids(head), ...own(head)];
  // The agent's own ServiceAccount stays its identity component even when a tool server stops using it; one the
  // agent no longer runs as (an overlay swapped it) is gone unless a tool server still runs as it.
  push([...ids(base), ...own(base)], keys(headIds), 'identity');
  return out;
}

/** The template a catalog threat was instantiated from: `<agent>.<template id>`, the template id, or its title. */
function templateOf(t: Pick<Threat, 'id' | 'title'>, templates: readonly ThreatTemplate[]): string | undefined {
  const dot = t.id.indexOf('.');
  const suffix = dot >= 0 ? t.id.slice(dot + 1) : t.id;
  return (templates.find((x) => x.id === suffix || x.id === t.id) ?? templates.find((x) => x.title === t.title))?.id;
}

function templateCategory(t: Threat, templates: readonly ThreatTemplate[]): Category | undefined {
  const id = templateOf(t, templates);
  return id === undefined ? undefined : templates.find((x) => x.id === id)?.category;
}

/** The element is already modelled in this copy of the catalog (a plan made again on an edited catalog). */
function isCovered(data: ThreatCatalog, e: ShadowElement): boolean {
  if (e.category === 'delegation')
    return (data.delegations ?? []).some((d) => d.to.agent === e.ref.name && sameNs(d.to.namespace, e.ref.namespace));
  return (data.components ?? []).some((c) => c.category === e.category && sameRef(c.trustSource, e.ref));
}

/** `base`, else `base-<name>` when base does not say which object, else numbered. */
function uniqueId(base: string, name: string, used: Set<string>): string {
  const slug = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9_.-]+/g, '-')
      .replace(/^[^a-z0-9]+/, '');
  const candidates = [base, ...(base.includes(slug(name)) ? [] : [`${base}-${slug(name)}`])].map((c) => c.slice(0, 64));
  let id = candidates.find((c) => c && !used.has(c));
  for (let n = 2; id === undefined; n++) {
    const c = `${candidates[candidates.length - 1].slice(0, 60)}-${n}`;
    if (!used.has(c)) id = c;
  }
  used.add(id);
  return id;
}

function uniqueThreatId(base: string, used: { has(id: string): boolean; add(id: string): unknown }): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base.slice(0, 60)}-${n}`;
  used.add(id);
  return id;
}

function sameNs(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === '*' || b === '*' || a === b;
}

function sameRef(a: { kind: string; name: string; namespace?: string }, b: SurfaceRef): boolean {
  return a.kind === b.kind && a.name === b.name && sameNs(a.namespace, b.namespace);
}

function refKeyOf(r: SurfaceRef): string {
  return `${r.kind}/${r.namespace ?? ''}/${r.name}`;
}

function refLabel(r: SurfaceRef): string {
  return `${r.kind} ${r.namespace ? `${r.namespace}/` : ''}${r.name}`;
}
