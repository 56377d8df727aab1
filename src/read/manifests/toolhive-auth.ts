import { createHash } from 'node:crypto';
import type { ManifestObject } from '../../model/manifest.js';
import type { Position } from '../../model/finding.js';
import type { SurfaceMcpServer, SurfaceModel } from '../../model/surface.js';
import { refOf } from './fields.js';
import type { ReadContext } from './kagent.js';

/**
 * What ToolHive's auth objects contain, as the server that names them sees it (toolhive @e25de16cf972,
 * cmd/thv-operator/api/v1beta1/{mcpauthzconfig,mcpexternalauthconfig,embeddingserver,virtualmcpserver,
 * mcpserver}_types.go; CRDs in deploy/charts/operator-crds/files/crds/). Every referenced object is looked up by its
 * own name in the server's namespace (the operator allows no cross-namespace reference); one not in the manifests
 * is recorded by name only.
 *
 * - MCPAuthzConfig / `authzConfig` (MCPServer, MCPRemoteProxy; VirtualMCPServer under `incomingAuth`): Cedar policies
 *   that decide which calls go through → `authorization`.
 * - MCPExternalAuthConfig (`externalAuthConfigRef`, `authServerRef`, vMCP `outgoingAuth`): what the proxy presents
 *   upstream (role ARNs, Secrets, token exchange audience) → `credentials`.
 * - VirtualMCPServer `authServerConfig`: the embedded OAuth server's upstream client Secrets → `credentials`.
 * - EmbeddingServer (vMCP `embeddingServerRef`): a model server → a model of the surface.
 * - MCPServerEntry / MCPRemoteProxy `allowPrivateEndpoint` and `caBundleRef`.
 * - MCPWebhookConfig (MCPServer `webhookConfigRef`): webhooks every MCP request goes through — validating ones
 *   approve or deny it → `authorization`; mutating ones receive it whole and may rewrite it → `credentials`.
 */

/** Looks an object of a ToolHive kind up by name, in the referring object's namespace. */
export type ToolHiveFind = (kind: string, name: string) => ManifestObject | undefined;

/** Bounds on what is read from one object (untrusted input). */
const MAX_ITEMS = 50;
const MAX_DEPTH = 6;
const MAX_TEXT = 300;

const clip = (s: string) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT)}… sha256:${sha(s)}` : s);
const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 12);
/** A Cedar policy as compared: whitespace runs are one space (re-indenting a policy changes nothing). */
const policyText = (p: string) => clip(p.replace(/\s+/g, ' ').trim());

/**
 * The rules of `spec.authzConfig` / `authzConfigRef` (MCPServer, MCPRemoteProxy) or `spec.incomingAuth.authzConfig`
 * / `authzConfigRef` (VirtualMCPServer), into `s.authorization`:
 * - cedarv1 policies as written (whitespace collapsed), and `entities sha256:<…>` for a non-empty entity store
 *   (group membership changes what a policy allows);
 * - httpv1: `http authorizer <url>`; another type: `<type> sha256:<config>`;
 * - `authzConfig.type: configMap`: `policies from ConfigMap <name>/<key>` (the ConfigMap is not read);
 * - a reference to an MCPAuthzConfig not in the manifests: `MCPAuthzConfig <name>`.
 * Without either, ToolHive authorizes every call of an authenticated client: nothing is recorded.
 */
export function readAuthorization(
  o: ManifestObject,
  base: string[],
  ctx: ReadContext,
  find: ToolHiveFind,
  s: SurfaceMcpServer,
): void {
  const f = ctx.fields;
  const rules: string[] = [];
  let where: Position | undefined;
  const refName = f.str(o, [...base, 'authzConfigRef', 'name']);
  const I = [...base, 'authzConfig'];
  if (refName !== undefined) {
    const cfg = find('MCPAuthzConfig', refName);
    where = o.locate([...base, 'authzConfigRef']);
    if (!cfg) rules.push(`MCPAuthzConfig ${refName}`);
    else {
      const type = f.str(cfg, ['spec', 'type']);
      const C = ['spec', 'config'];
      if (type === 'cedarv1' || type === undefined) {
        where = cfg.locate([...C, 'policies']);
        rules.push(...policies(cfg, [...C, 'policies'], ctx));
        const entities = f.str(cfg, [...C, 'entities_json']);
        if (entities && entities.trim() !== '[]') rules.push(`entities sha256:${sha(entities.trim())}`);
      } else if (type === 'httpv1') {
        where = cfg.locate([...C, 'http']);
        rules.push(`http authorizer ${f.str(cfg, [...C, 'http', 'url']) ?? '?'}`);
      } else {
        where = cfg.locate(['spec']);
        rules.push(`${type} sha256:${sha(JSON.stringify(f.raw(cfg, C) ?? null))}`);
      }
      if (rules.length === 0) rules.push(`MCPAuthzConfig ${refName} (no policies)`);
    }
  } else if (f.map(o, I) !== undefined) {
    const type = f.str(o, [...I, 'type']) ?? 'configMap';
    where = o.locate(I);
    if (type === 'inline') {
      rules.push(...policies(o, [...I, 'inline', 'policies'], ctx));
      const entities = f.str(o, [...I, 'inline', 'entitiesJson']);
      if (entities && entities.trim() !== '[]') rules.push(`entities sha256:${sha(entities.trim())}`);
      if (rules.length === 0) rules.push('inline authorization (no policies)');
    } else {
      const cm = f.str(o, [...I, 'configMap', 'name']) ?? '?';
      rules.push(`policies from ConfigMap ${cm}/${f.str(o, [...I, 'configMap', 'key']) ?? 'authz.json'}`);
    }
  }
  addAuthorization(s, rules, where);
}

/** Rules added to the server's `authorization` (sorted, each once), located at the first place that set any. */
function addAuthorization(s: SurfaceMcpServer, rules: readonly string[], where: Position | undefined): void {
  if (rules.length === 0) return;
  s.authorization = [...new Set([...(s.authorization ?? []), ...rules])].sort();
  s.at ??= {};
  if (where) s.at.authorization ??= where;
}

function policies(o: ManifestObject, path: (string | number)[], ctx: ReadContext): string[] {
  return (ctx.fields.strings(o, path) ?? [])
    .slice(0, MAX_ITEMS * 4)
    .map(policyText)
    .filter((p) => p !== '');
}

/** MCPExternalAuthConfig `spec.type` → the field holding its settings (the CRD's one-of). */
const TYPE_FIELD: Record<string, string> = {
  tokenExchange: 'tokenExchange',
  headerInjection: 'headerInjection',
  bearerToken: 'bearerToken',
  embeddedAuthServer: 'embeddedAuthServer',
  awsSts: 'awsSts',
  upstreamInject: 'upstreamInject',
  obo: 'obo',
  xaa: 'xaa',
};

/**
 * The credentials an MCPExternalAuthConfig reference stands for, each as `<label>` then `<label>: <fact>`:
 * the label alone (at the reference) says which object is used; the facts (at the node inside the
 * MCPExternalAuthConfig) say what it hands out: `type <type>`, every Secret it reads (`<path> from Secret
 * <name>/<key>`), every role ARN (`awsSts.fallbackRoleArn <arn>`, `awsSts.roleMappings.roleArn <arn>`), and what
 * the token is for (token/issuer URLs, audience, client id, scopes, header name, provider). A swapped role or
 * Secret is a new fact at its own line.
 */
export function externalAuthCredentials(
  o: ManifestObject,
  refPath: (string | number)[],
  label: string,
  ctx: ReadContext,
  find: ToolHiveFind,
): Array<[string, Position]> {
  const f = ctx.fields;
  if (f.map(o, refPath) === undefined) return [];
  const name = f.str(o, [...refPath, 'name']);
  if (name === undefined) return [];
  const head = `${label} ${name}`;
  const out: Array<[string, Position]> = [[head, o.locate(refPath)]];
  const cfg = find('MCPExternalAuthConfig', name);
  if (!cfg) return out;
  const type = f.str(cfg, ['spec', 'type']);
  out.push([`${head}: type ${type ?? '?'}`, cfg.locate(['spec', 'type'])]);
  const field = type !== undefined ? TYPE_FIELD[type] : undefined;
  if (field !== undefined) {
    for (const [fact, at] of settingFacts(cfg, ['spec', field], field, ctx)) out.push([`${head}: ${fact}`, at]);
  }
  return out;
}

/** The embedded OAuth server a vMCP runs (`spec.authServerConfig`): its Secrets and upstream identity providers. */
export function authServerCredentials(o: ManifestObject, ctx: ReadContext): Array<[string, Position]> {
  const P = ['spec', 'authServerConfig'];
  if (ctx.fields.map(o, P) === undefined) return [];
  return [
    ['embedded auth server', o.locate(P)],
    ...settingFacts(o, P, 'authServerConfig', ctx).map(([t, at]): [string, Position] => [
      `embedded auth server: ${t}`,
      at,
    ]),
  ];
}

/** Scalars that say what a token is for or where it comes from. */
const FACT_SCALARS = new Set([
  'tokenUrl',
  'audience',
  'targetAudience',
  'targetResource',
  'idpTokenUrl',
  'targetTokenUrl',
  'clientId',
  'idpClientId',
  'targetClientId',
  'headerName',
  'providerName',
  // Whose upstream token is traded (tokenExchange, obo; toolhive e25de16cf972 mcpexternalauthconfig_types.go): another
  // provider's is another account.
  'subjectProviderName',
  'subjectTokenProviderName',
  'issuer',
  'issuerUrl',
  'authorizationEndpoint',
  'tokenEndpoint',
  'tenantId',
  'authority',
  'region',
  'service',
  'roleClaim',
]);
const FACT_LISTS = new Set(['scopes', 'audiences', 'baselineClientScopes']);

/**
 * Facts of one settings object, walked to a bounded depth: Secret references (a key ending in `SecretRef`,
 * `SecretRefs` or `TokenRef`, with name and key), role ARNs, and the scalars above. List items are named by their
 * `name` (upstream providers), else their `claim` or `matcher` (role mappings), else not numbered; items beyond
 * the bound are one `+<n> more sha256:<…>` fact.
 */
function settingFacts(
  o: ManifestObject,
  path: (string | number)[],
  label: string,
  ctx: ReadContext,
): Array<[string, Position]> {
  const f = ctx.fields;
  const out: Array<[string, Position]> = [];
  const secret = (p: (string | number)[]) =>
    `Secret ${f.str(o, [...p, 'name']) ?? '?'}/${f.str(o, [...p, 'key']) ?? '?'}`;
  const walk = (p: (string | number)[], text: string, depth: number): void => {
    if (depth > MAX_DEPTH || out.length > MAX_ITEMS * 4) return;
    const node = f.raw(o, p);
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
    for (const key of Object.keys(node as Record<string, unknown>).slice(0, MAX_ITEMS)) {
      const v = (node as Record<string, unknown>)[key];
      const K = [...p, key];
      const here = `${text}.${key}`;
      if (/(SecretRef|TokenRef)$/.test(key)) {
        if (v && typeof v === 'object' && !Array.isArray(v)) out.push([`${here} from ${secret(K)}`, o.locate(K)]);
      } else if (/SecretRefs$/.test(key)) {
        (f.list(o, K) ?? []).slice(0, MAX_ITEMS).forEach((_, i) => {
          out.push([`${here} from ${secret([...K, i])}`, o.locate([...K, i])]);
        });
      } else if (/roleArn$/i.test(key) && typeof v === 'string') {
        out.push([`${here} ${clip(v)}`, o.locate(K)]);
      } else if (FACT_SCALARS.has(key) && (typeof v === 'string' || typeof v === 'number')) {
        out.push([`${here} ${clip(String(v))}`, o.locate(K)]);
      } else if (FACT_LISTS.has(key) && Array.isArray(v)) {
        const items = v.filter((x) => typeof x === 'string').slice(0, MAX_ITEMS);
        out.push([`${here} ${clip([...items].sort().join(' '))}`, o.locate(K)]);
      } else if (Array.isArray(v)) {
        v.slice(0, MAX_ITEMS).forEach((item, i) => {
          const it = item && typeof item === 'object' ? (item as Record<string, unknown>) : {};
          // Named by `name` (upstream providers), else by the claim or matcher a role mapping is for.
          const n = [it.name, it.claim, it.matcher].find((x) => typeof x === 'string');
          walk([...K, i], `${here}${typeof n === 'string' ? `[${clip(n)}]` : ''}`, depth + 1);
        });
        // Beyond the bound, the rest is one fact: a change there is still a change.
        if (v.length > MAX_ITEMS)
          out.push([
            `${here} +${v.length - MAX_ITEMS} more sha256:${sha(JSON.stringify(v.slice(MAX_ITEMS)))}`,
            o.locate(K),
          ]);
      } else if (v && typeof v === 'object') walk(K, here, depth + 1);
    }
  };
  walk(path, label, 0);
  return out;
}

/**
 * `spec.authServerRef` (MCPServer, MCPRemoteProxy; kind MCPExternalAuthConfig, `type: embeddedAuthServer`), or an
 * `externalAuthConfigRef` to an MCPExternalAuthConfig of that type: the proxy runs an embedded OAuth server that
 * authenticates clients. Its name, or undefined. The operator refuses it without `oidcConfigRef` (toolhive
 * cmd/thv-operator/pkg/controllerutil/authserver.go validateOIDCConfigForEmbeddedAuthServer).
 */
export function embeddedAuthServer(
  o: ManifestObject,
  ctx: ReadContext,
  find: ToolHiveFind,
): [string, Position] | undefined {
  const f = ctx.fields;
  const ref = f.map(o, ['spec', 'authServerRef']) && f.str(o, ['spec', 'authServerRef', 'name']);
  if (ref !== undefined) return [ref, o.locate(['spec', 'authServerRef'])];
  const ext = f.str(o, ['spec', 'externalAuthConfigRef', 'name']);
  const cfg = ext !== undefined ? find('MCPExternalAuthConfig', ext) : undefined;
  if (ext !== undefined && cfg && f.str(cfg, ['spec', 'type']) === 'embeddedAuthServer')
    return [ext, o.locate(['spec', 'externalAuthConfigRef'])];
  return undefined;
}

/**
 * VirtualMCPServer `spec.outgoingAuth` (source `discovered` by default: each backend's own externalAuthConfigRef,
 * already on that backend's surface element). A `default` or `backends.<name>` entry of type
 * `externalAuthConfigRef` makes the vMCP present that MCPExternalAuthConfig: `to every backend: token from
 * MCPExternalAuthConfig <name>[: …]` and `to backend <b>: …`.
 */
export function outgoingAuthCredentials(
  o: ManifestObject,
  ctx: ReadContext,
  find: ToolHiveFind,
): Array<[string, Position]> {
  const f = ctx.fields;
  const A = ['spec', 'outgoingAuth'];
  if (f.map(o, A) === undefined) return [];
  const out: Array<[string, Position]> = [];
  const entry = (P: (string | number)[], to: string) => {
    const type = f.str(o, [...P, 'type']);
    if (type === 'externalAuthConfigRef' || (type === undefined && f.map(o, [...P, 'externalAuthConfigRef'])))
      out.push(
        ...externalAuthCredentials(
          o,
          [...P, 'externalAuthConfigRef'],
          `${to}: token from MCPExternalAuthConfig`,
          ctx,
          find,
        ),
      );
  };
  if (f.map(o, [...A, 'default']) !== undefined) entry([...A, 'default'], 'to every backend');
  for (const b of Object.keys(f.map(o, [...A, 'backends']) ?? {}).slice(0, MAX_ITEMS))
    entry([...A, 'backends', b], `to backend ${clip(b)}`);
  return out;
}

/**
 * `allowPrivateEndpoint: true` (MCPServerEntry, MCPRemoteProxy): the SSRF guard lets the remote URL be a private or
 * in-cluster address (mcpserverentry_types.go). Recorded as the permission profile `network:private-endpoints`;
 * `caBundleRef.configMapRef` (MCPServerEntry: the CA the upstream TLS is verified with) as a credential
 * `CA bundle from ConfigMap <name>/<key>` (key default `ca.crt`).
 */
export function remoteEndpointGuards(
  o: ManifestObject,
  ctx: ReadContext,
  s: SurfaceMcpServer,
): Array<[string, Position]> {
  const f = ctx.fields;
  s.at ??= {};
  if (f.bool(o, ['spec', 'allowPrivateEndpoint']) === true) {
    s.permissionProfile = 'network:private-endpoints';
    s.at.permissionProfile = o.locate(['spec', 'allowPrivateEndpoint']);
  }
  const C = ['spec', 'caBundleRef', 'configMapRef'];
  if (f.map(o, C) === undefined) return [];
  const cm = f.str(o, [...C, 'name']);
  if (cm === undefined) return [];
  return [[`CA bundle from ConfigMap ${cm}/${f.str(o, [...C, 'key']) ?? 'ca.crt'}`, o.locate(['spec', 'caBundleRef'])]];
}

/** EmbeddingServer defaults (toolhive.stacklok.dev_embeddingservers.yaml: `spec.model`, `spec.image`). */
const EMBEDDING_DEFAULT_MODEL = 'BAAI/bge-small-en-v1.5';
const EMBEDDING_DEFAULT_IMAGE = 'ghcr.io/huggingface/text-embeddings-inference:cpu-latest';

/**
 * The EmbeddingServer a VirtualMCPServer names (`spec.embeddingServerRef`): the model the optimizer ranks tools
 * with (`find_tool`), run in the cluster by the operator (a Hugging Face text-embeddings-inference Deployment).
 * `model`, `runtime` (image) and the `HF_TOKEN` Secret (`hfTokenSecretRef`; embeddingserver_controller.go), with
 * the CRD defaults when omitted. Positioned at the reference; not in the manifests, the model is unknown.
 */
export function embeddingModel(o: ManifestObject, ctx: ReadContext, find: ToolHiveFind): SurfaceModel | undefined {
  const f = ctx.fields;
  const R = ['spec', 'embeddingServerRef'];
  if (f.map(o, R) === undefined) return undefined;
  const name = f.str(o, [...R, 'name']);
  if (name === undefined) return undefined;
  const ns = o.namespace ?? 'default';
  const e = find('EmbeddingServer', name);
  const m: SurfaceModel = {
    ref: e ? refOf(e, ns) : { kind: 'EmbeddingServer', name, namespace: ns, apiVersion: o.apiVersion },
    use: 'serving',
    position: o.locate(R),
  };
  if (!e) return m;
  m.definedAt = e.position;
  m.model = f.str(e, ['spec', 'model']) ?? EMBEDDING_DEFAULT_MODEL;
  m.runtime = f.str(e, ['spec', 'image']) ?? EMBEDDING_DEFAULT_IMAGE;
  m.at = {
    model: f.raw(e, ['spec', 'model']) !== undefined ? e.locate(['spec', 'model']) : e.position,
    runtime: f.raw(e, ['spec', 'image']) !== undefined ? e.locate(['spec', 'image']) : e.position,
  };
  const T = ['spec', 'hfTokenSecretRef'];
  if (f.map(e, T) !== undefined) {
    m.credentials = [`env HF_TOKEN from Secret ${f.str(e, [...T, 'name']) ?? '?'}/${f.str(e, [...T, 'key']) ?? '?'}`];
    m.at.credentials = e.locate(T);
  }
  return m;
}

/**
 * The webhooks of the MCPWebhookConfig an MCPServer names (`spec.webhookConfigRef`, same namespace;
 * mcpwebhookconfig_types.go): `spec.validating[]` approve or deny each MCP request → `authorization` entries
 * `validating webhook <name>: <url>`; `spec.mutating[]` receive each request, arguments included, and may rewrite it
 * → `credentials` entries `MCP requests sent to mutating webhook <name>: <url>` (a new one is one more party that sees
 * every call). `failurePolicy: ignore` (the call goes through when the webhook fails) and `tlsConfig.insecureSkipVerify`
 * are part of the entry. An MCPWebhookConfig not in the manifests is the authorization entry `MCPWebhookConfig <name>`.
 */
export function webhookMiddleware(
  o: ManifestObject,
  ctx: ReadContext,
  find: ToolHiveFind,
  s: SurfaceMcpServer,
): Array<[string, Position]> {
  const f = ctx.fields;
  const name = f.str(o, ['spec', 'webhookConfigRef', 'name']);
  if (name === undefined) return [];
  const cfg = find('MCPWebhookConfig', name);
  const rules: string[] = [];
  const sent: Array<[string, Position]> = [];
  let where = o.locate(['spec', 'webhookConfigRef']);
  if (!cfg) rules.push(`MCPWebhookConfig ${clip(name)}`);
  else {
    for (const kind of ['validating', 'mutating'] as const) {
      (f.list(cfg, ['spec', kind]) ?? []).slice(0, MAX_ITEMS).forEach((_, i) => {
        const P = ['spec', kind, i];
        const hook = clip(f.str(cfg, [...P, 'name']) ?? `#${i}`);
        const url = clip(f.str(cfg, [...P, 'url']) ?? '?');
        const notes = [
          ...(f.str(cfg, [...P, 'failurePolicy']) === 'ignore'
            ? ['failurePolicy ignore: the call goes through when it fails']
            : []),
          ...(f.bool(cfg, [...P, 'tlsConfig', 'insecureSkipVerify']) === true ? ['TLS not verified'] : []),
        ];
        const text = `${hook}: ${url}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
        if (kind === 'validating') {
          rules.push(`validating webhook ${text}`);
          where = cfg.locate(['spec', 'validating']);
          s.at ??= {};
          s.at[`authorizationRule:validating webhook ${text}`] = cfg.locate(P);
        } else sent.push([`MCP requests sent to mutating webhook ${text}`, cfg.locate(P)]);
      });
    }
  }
  addAuthorization(s, rules, where);
  return sent;
}

/** The issuer a `kubernetesServiceAccount` MCPOIDCConfig trusts when it names none (the CRD default). */
const SERVICE_ACCOUNT_ISSUER = 'https://kubernetes.default.svc';

/**
 * What the caller authentication of an `oidcConfigRef` (MCPServer, MCPRemoteProxy; a vMCP's `incomingAuth`) checks,
 * from the reference and the MCPOIDCConfig it names (mcpoidcconfig_types.go): `audience <aud>` (the reference's: the
 * tokens of this server), `issuer <url>` (inline, else the service-account issuer, default
 * https://kubernetes.default.svc), `keys from <jwksUrl>` and `introspection <url>` (who can vouch for a token), and
 * `insecure: issuer and keys over plain HTTP (insecureAllowHTTP)`: whoever can tamper with that traffic can sign
 * tokens of their own choosing. Each fact at its node; an MCPOIDCConfig not in the manifests gives the audience only.
 */
export function oidcFacts(
  o: ManifestObject,
  refPath: (string | number)[],
  ctx: ReadContext,
  find: ToolHiveFind,
): Array<[string, Position]> {
  const f = ctx.fields;
  const name = f.str(o, [...refPath, 'name']);
  if (name === undefined) return [];
  const out: Array<[string, Position]> = [];
  const audience = f.str(o, [...refPath, 'audience']);
  if (audience !== undefined) out.push([`audience ${clip(audience)}`, o.locate([...refPath, 'audience'])]);
  const cfg = find('MCPOIDCConfig', name);
  if (!cfg) return out;
  const type = f.str(cfg, ['spec', 'type']);
  const serviceAccount = type === 'kubernetesServiceAccount';
  const C = serviceAccount ? ['spec', 'kubernetesServiceAccount'] : ['spec', 'inline'];
  if (f.map(cfg, C) === undefined) {
    // The CRD's rule: the block of the type must be there (`{}` takes the defaults). The API server refuses the object
    // without it, the operator marks a stored one invalid and does not reconcile the servers naming it.
    if (f.raw(cfg, C) === undefined && (serviceAccount || type === 'inline'))
      f.problem(
        cfg.locate(['spec', 'type']),
        `MCPOIDCConfig ${cfg.name}: type ${type} needs spec.${C[1]}${serviceAccount ? ' ({} for the defaults)' : ''}; the API server refuses it without`,
      );
    // What was meant, and what the operator's resolver falls back to: the service-account issuer.
    if (serviceAccount) out.push([`issuer ${SERVICE_ACCOUNT_ISSUER}`, cfg.locate(['spec', 'type'])]);
    return out;
  }
  const issuer = f.str(cfg, [...C, 'issuer']) ?? (serviceAccount ? SERVICE_ACCOUNT_ISSUER : '?');
  out.push([`issuer ${clip(issuer)}`, cfg.locate(f.raw(cfg, [...C, 'issuer']) !== undefined ? [...C, 'issuer'] : C)]);
  for (const [key, label] of [
    ['jwksUrl', 'keys from'],
    ['introspectionUrl', 'introspection'],
  ] as const) {
    const url = f.str(cfg, [...C, key]);
    if (url !== undefined) out.push([`${label} ${clip(url)}`, cfg.locate([...C, key])]);
  }
  if (!serviceAccount && f.bool(cfg, [...C, 'insecureAllowHTTP']) === true)
    out.push([
      'insecure: issuer and keys over plain HTTP (insecureAllowHTTP)',
      cfg.locate([...C, 'insecureAllowHTTP']),
    ]);
  return out;
}

/** The facts on the server: `authenticationFacts`, sorted, each at `at['authenticationFact:<fact>']`. */
export function addAuthenticationFacts(s: SurfaceMcpServer, facts: ReadonlyArray<[string, Position]>): void {
  if (facts.length === 0) return;
  s.authenticationFacts = [...new Set(facts.map(([t]) => t))].sort();
  s.at ??= {};
  for (const [t, where] of facts) s.at[`authenticationFact:${t}`] ??= where;
}
