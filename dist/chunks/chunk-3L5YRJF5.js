import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  require_equal,
  require_formats,
  require_ucs2length
} from "./chunk-ANXZMRTR.js";
import {
  __toESM
} from "./chunk-TIATFUQ4.js";

// src/analyse/finding-ids.ts
var SCHEMA_RULE = "schema";
var MANIFEST_RULE = "manifest-syntax";
var MANIFEST_NOT_RENDERED = "manifest-not-rendered";
var UNREADABLE_INPUT = "unreadable-input";
var REOPEN_PENDING = "reopen-pending";
var THREAT_REOPENED = "threat-reopened";
var EVIDENCE_INVALIDATED = "evidence-invalidated";
var MALFORMED_RECORD = "malformed-record";

// src/analyse/evidence/baseline.ts
var CONVERGENCE_WINDOW_DAYS = 14;
var CONVERGENCE_QUIET_DAYS = 7;
var DAY_MS = 864e5;
function baselineConvergence(b) {
  if (!b || b.behaviours.length === 0)
    return { state: "empty", windowDays: 0, quietDays: 0, reason: "no behaviour observed yet" };
  const to = Date.parse(b.window.to);
  const windowDays = Math.floor((to - Date.parse(b.window.from)) / DAY_MS);
  const lastNewAt = b.behaviours.reduce((m, x) => x.first > m ? x.first : m, "");
  const quietDays = Math.floor((to - Date.parse(lastNewAt)) / DAY_MS);
  if (windowDays < CONVERGENCE_WINDOW_DAYS) {
    return {
      state: "learning",
      windowDays,
      quietDays,
      lastNewAt,
      reason: `observed ${windowDays} of ${CONVERGENCE_WINDOW_DAYS} days`
    };
  }
  if (quietDays < CONVERGENCE_QUIET_DAYS) {
    return {
      state: "learning",
      windowDays,
      quietDays,
      lastNewAt,
      reason: `new behaviour ${quietDays} days before the end of the window (needs ${CONVERGENCE_QUIET_DAYS} quiet days)`
    };
  }
  return {
    state: "converged",
    windowDays,
    quietDays,
    lastNewAt,
    reason: `${windowDays}-day window, nothing new in the last ${quietDays} days`
  };
}
function behaviourOf(row) {
  switch (row.type) {
    case "api":
      return {
        kind: "api",
        key: `${row.verb} ${row.path || (row.apiGroup ? `${row.apiGroup}/${row.resource}` : row.resource)}`
      };
    case "tool":
      return { kind: "tool", key: row.server ? `${row.server}/${row.tool}` : row.tool };
    case "exec":
      return { kind: "exec", key: row.binary };
    case "endpoint":
      return { kind: "endpoint", key: `${row.direction} ${row.endpoint}` };
    default:
      return void 0;
  }
}
function updateBaseline(current, workload, rows, digest, auditWindow) {
  const before = baselineConvergence(current);
  if (current?.snapshots?.includes(digest))
    return { baseline: current, before, after: before, drift: [], changed: false };
  const byKey = /* @__PURE__ */ new Map();
  for (const b of current?.behaviours ?? []) byKey.set(`${b.kind}\0${b.key}`, { ...b, days: { ...b.days } });
  const drift = /* @__PURE__ */ new Map();
  let from = current?.window.from ?? "";
  let to = current?.window.to ?? "";
  for (const { row } of rows) {
    if (!from || row.first < from) from = row.first;
    if (!to || row.last > to) to = row.last;
    const beh = behaviourOf(row);
    if (!beh) continue;
    const k = `${beh.kind}\0${beh.key}`;
    const have = byKey.get(k);
    if (!have) {
      byKey.set(k, { kind: beh.kind, key: beh.key, first: row.first, last: row.last, days: { ...row.days } });
      if (before.state === "converged") {
        const d2 = drift.get(k);
        if (d2) {
          d2.count += row.count;
          if (row.first < d2.first) d2.first = row.first;
        } else drift.set(k, { kind: beh.kind, key: beh.key, first: row.first, source: row.source, count: row.count });
      }
      continue;
    }
    if (row.first < have.first) have.first = row.first;
    if (row.last > have.last) have.last = row.last;
    for (const [d2, n] of Object.entries(row.days)) have.days[d2] = (have.days[d2] ?? 0) + n;
    const d = drift.get(k);
    if (d) d.count += row.count;
  }
  if (!from) return { baseline: current ?? emptyBaseline(workload), before, after: before, drift: [], changed: false };
  const behaviours = [...byKey.values()].map((b) => ({ ...b, days: Object.fromEntries(Object.entries(b.days).sort(([a], [c]) => a.localeCompare(c))) })).sort((a, b) => a.kind.localeCompare(b.kind) || a.key.localeCompare(b.key));
  const requests = auditWindow ? mergeRequests(current?.requests, rows, auditWindow) : current?.requests;
  const baseline = {
    apiVersion: "threatcat.dev/v1alpha1",
    kind: "Baseline",
    workload: { ...workload },
    window: { from, to },
    snapshots: [...current?.snapshots ?? [], digest],
    behaviours,
    ...requests ? { requests } : {}
  };
  return {
    baseline,
    before,
    after: baselineConvergence(baseline),
    drift: [...drift.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.key.localeCompare(b.key)),
    changed: true
  };
}
function mergeRequests(current, rows, auditWindow) {
  const key = (r) => [r.identity, r.verb, r.apiGroup, r.resource, r.namespace, r.path ?? ""].join("\0");
  const byKey = /* @__PURE__ */ new Map();
  for (const r of current?.allowed ?? []) byKey.set(key(r), { ...r });
  for (const { row } of rows) {
    if (row.type !== "api" || row.decision !== "allow") continue;
    const req = {
      identity: row.identity,
      verb: row.verb,
      apiGroup: row.path ? "" : row.apiGroup,
      resource: row.path ? "" : row.resource,
      namespace: row.path ? "" : row.namespace,
      ...row.path ? { path: row.path } : {},
      count: row.count,
      first: row.first,
      last: row.last
    };
    const k = key(req);
    const have = byKey.get(k);
    if (!have) byKey.set(k, req);
    else {
      have.count += req.count;
      if (req.first < have.first) have.first = req.first;
      if (req.last > have.last) have.last = req.last;
    }
  }
  const from = current && current.window.from < auditWindow.from ? current.window.from : auditWindow.from;
  const to = current && current.window.to > auditWindow.to ? current.window.to : auditWindow.to;
  const allowed = [...byKey.values()].sort((a, b) => key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  return { window: { from, to }, allowed };
}
function emptyBaseline(workload) {
  return {
    apiVersion: "threatcat.dev/v1alpha1",
    kind: "Baseline",
    workload: { ...workload },
    window: { from: "", to: "" },
    snapshots: [],
    behaviours: []
  };
}

// src/generated/catalog-validator.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var import_equal = __toESM(require_equal(), 1);
var import_formats = __toESM(require_formats(), 1);
var catalog_validator_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/threatcat/threatcat/v0.1.0/schema/catalog.schema.json", "type": "object", "additionalProperties": false, "required": ["apiVersion", "kind", "metadata", "agent", "components", "threats"], "properties": { "apiVersion": { "const": "threatcat.dev/v1alpha1" }, "kind": { "const": "ThreatCatalog" }, "metadata": { "$ref": "#/definitions/Metadata" }, "agent": { "$ref": "#/definitions/Agent" }, "components": { "type": "array", "items": { "$ref": "#/definitions/Component" } }, "delegations": { "type": "array", "items": { "$ref": "#/definitions/Delegation" } }, "permissions": { "type": "array", "items": { "$ref": "#/definitions/IdentityPermissions" } }, "threats": { "type": "array", "items": { "$ref": "#/definitions/Threat" } } }, "definitions": { "Metadata": { "type": "object", "additionalProperties": false, "required": ["name", "owners"], "properties": { "name": { "type": "string", "pattern": "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$" }, "description": { "type": "string" }, "owners": { "$ref": "#/definitions/Owners" }, "labels": { "type": "object", "additionalProperties": { "type": "string" } } } }, "Owners": { "type": "object", "additionalProperties": false, "required": ["security", "platform"], "properties": { "security": { "$ref": "#/definitions/OwnerList" }, "platform": { "$ref": "#/definitions/OwnerList" } } }, "OwnerList": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "Agent": { "type": "object", "additionalProperties": false, "required": ["name", "workload", "manifests", "autonomyTier", "aivss"], "properties": { "name": { "type": "string", "minLength": 1 }, "workload": { "$ref": "#/definitions/Workload" }, "manifests": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "autonomyTier": { "enum": ["manual", "approval", "autonomous"] }, "aivss": { "$ref": "#/definitions/AivssProfile" } } }, "Workload": { "type": "object", "additionalProperties": false, "required": ["kind", "name", "namespace"], "properties": { "kind": { "enum": ["Deployment", "StatefulSet", "DaemonSet", "Agent", "SandboxAgent", "AgentTemplate", "AgentHarness"] }, "name": { "type": "string", "minLength": 1 }, "namespace": { "type": "string", "minLength": 1 }, "serviceAccount": { "type": "string", "minLength": 1 } } }, "AivssProfile": { "type": "object", "additionalProperties": false, "required": ["version", "factors"], "properties": { "version": { "enum": ["0.5", "0.8"] }, "factors": { "$ref": "#/definitions/AivssFactors" } } }, "AivssFactors": { "type": "object", "additionalProperties": false, "required": ["autonomyOfAction", "goalDrivenPlanning", "selfModification", "toolUse", "memoryUse", "contextualAwareness", "dynamicIdentity", "multiAgentInteractions", "nonDeterminism", "opacityAndReflexivity"], "properties": { "autonomyOfAction": { "$ref": "#/definitions/AivssFactor" }, "goalDrivenPlanning": { "$ref": "#/definitions/AivssFactor" }, "selfModification": { "$ref": "#/definitions/AivssFactor" }, "toolUse": { "$ref": "#/definitions/AivssFactor" }, "memoryUse": { "$ref": "#/definitions/AivssFactor" }, "contextualAwareness": { "$ref": "#/definitions/AivssFactor" }, "dynamicIdentity": { "$ref": "#/definitions/AivssFactor" }, "multiAgentInteractions": { "$ref": "#/definitions/AivssFactor" }, "nonDeterminism": { "$ref": "#/definitions/AivssFactor" }, "opacityAndReflexivity": { "$ref": "#/definitions/AivssFactor" } } }, "AivssFactor": { "type": "number", "minimum": 0, "maximum": 1 }, "ComponentCategory": { "enum": ["inference", "mcp-tool", "rag-memory", "identity", "runtime"] }, "TelemetrySource": { "enum": ["kube-audit", "ebpf", "sdk-callback", "mcp-log", "iam-events", "db-audit", "admission", "cni"] }, "ObjectRef": { "type": "object", "additionalProperties": false, "required": ["kind", "name"], "properties": { "apiVersion": { "type": "string" }, "kind": { "type": "string", "minLength": 1 }, "name": { "type": "string", "minLength": 1 }, "namespace": { "type": "string" }, "file": { "type": "string" } } }, "PinnedTool": { "type": "object", "additionalProperties": false, "required": ["name", "sha256"], "properties": { "name": { "type": "string", "minLength": 1 }, "sha256": { "type": "string", "pattern": "^[0-9a-f]{64}$" } } }, "Component": { "type": "object", "additionalProperties": false, "required": ["id", "category", "trustSource", "telemetry", "blastSurface"], "properties": { "id": { "$ref": "#/definitions/Id" }, "category": { "$ref": "#/definitions/ComponentCategory" }, "description": { "type": "string" }, "trustSource": { "$ref": "#/definitions/ObjectRef" }, "telemetry": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/definitions/TelemetrySource" } }, "blastSurface": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "tools": { "type": "array", "items": { "$ref": "#/definitions/PinnedTool" } }, "added": { "$ref": "#/definitions/SurfaceChange" }, "removed": { "$ref": "#/definitions/SurfaceChange" } } }, "Delegation": { "type": "object", "additionalProperties": false, "required": ["id", "to", "trustSource", "telemetry"], "properties": { "id": { "$ref": "#/definitions/Id" }, "description": { "type": "string" }, "direction": { "enum": ["outbound", "inbound"], "default": "outbound" }, "to": { "type": "object", "additionalProperties": false, "required": ["agent"], "properties": { "agent": { "type": "string", "minLength": 1 }, "namespace": { "type": "string" }, "catalog": { "type": "string" } } }, "trustSource": { "$ref": "#/definitions/ObjectRef" }, "telemetry": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/definitions/TelemetrySource" } }, "blastSurface": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "added": { "$ref": "#/definitions/SurfaceChange" }, "removed": { "$ref": "#/definitions/SurfaceChange" } } }, "IdentityPermissions": { "type": "object", "additionalProperties": false, "required": ["identity", "dormant"], "properties": { "identity": { "type": "string", "pattern": "^system:serviceaccount:[^:]+:[^:]+$" }, "component": { "$ref": "#/definitions/Id" }, "observedWindow": { "$ref": "#/definitions/Window" }, "dormant": { "type": "array", "items": { "$ref": "#/definitions/DormantPermission" } } } }, "Window": { "type": "object", "additionalProperties": false, "required": ["from", "to"], "properties": { "from": { "type": "string", "format": "date-time" }, "to": { "type": "string", "format": "date-time" } } }, "DormantPermission": { "type": "object", "additionalProperties": false, "required": ["apiGroup", "resource", "verb", "namespace", "blast"], "properties": { "apiGroup": { "type": "string" }, "resource": { "type": "string", "minLength": 1 }, "verb": { "type": "string", "minLength": 1 }, "namespace": { "type": "string", "minLength": 1 }, "resourceNames": { "type": "array", "items": { "type": "string" } }, "wildcard": { "type": "boolean", "default": false }, "unobservable": { "type": "boolean", "default": false }, "blast": { "type": "number", "minimum": 0, "maximum": 10 }, "triageBy": { "type": "string", "format": "date" }, "disposition": { "enum": ["revoke", "justified", "accepted"] }, "justification": { "type": "string", "minLength": 1 }, "acceptance": { "$ref": "#/definitions/Acceptance" } } }, "Cvss": { "type": "object", "additionalProperties": false, "required": ["base"], "properties": { "base": { "type": "number", "minimum": 0, "maximum": 10 }, "vector": { "type": "string", "pattern": "^CVSS:4\\.0/" }, "exploitMaturity": { "enum": ["attacked", "poc", "unreported"], "default": "poc" } } }, "AivssResult": { "type": "object", "additionalProperties": false, "required": ["score", "severity", "vector"], "properties": { "score": { "type": "number", "minimum": 0, "maximum": 10 }, "severity": { "enum": ["None", "Low", "Medium", "High", "Critical"] }, "vector": { "type": "string" } } }, "ReopenEvent": { "enum": ["mcp-connection-added", "mcp-connection-removed", "model-version-updated", "tool-surface-modified", "autonomy-tier-changed", "permissions-changed", "baseline-drift", "signal-fired"] }, "SignalMatch": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "verb": { "$ref": "#/definitions/Match" }, "apiGroup": { "$ref": "#/definitions/Match" }, "resource": { "$ref": "#/definitions/Match" }, "namespace": { "$ref": "#/definitions/Match" }, "name": { "$ref": "#/definitions/Match" }, "decision": { "enum": ["allow", "forbid"] }, "server": { "$ref": "#/definitions/Match" }, "tool": { "$ref": "#/definitions/Match" }, "outcome": { "$ref": "#/definitions/Match" }, "binary": { "$ref": "#/definitions/Match" }, "path": { "$ref": "#/definitions/Match" }, "endpoint": { "$ref": "#/definitions/Match" }, "rule": { "$ref": "#/definitions/Match" }, "eventName": { "$ref": "#/definitions/Match" }, "newBehaviour": { "type": "boolean" } } }, "Match": { "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }] }, "Evidence": { "type": "object", "additionalProperties": false, "required": ["source", "signal"], "properties": { "id": { "$ref": "#/definitions/Id" }, "source": { "$ref": "#/definitions/TelemetrySource" }, "signal": { "type": "object", "additionalProperties": false, "required": ["description"], "properties": { "description": { "type": "string", "minLength": 1 }, "match": { "$ref": "#/definitions/SignalMatch" } } }, "validated": { "$ref": "#/definitions/Validation" }, "fired": { "$ref": "#/definitions/Validation" } } }, "Validation": { "type": "object", "additionalProperties": false, "required": ["at", "snapshot", "events"], "properties": { "at": { "type": "string", "format": "date-time" }, "snapshot": { "type": "string", "pattern": "^sha256:[0-9a-f]{64}$" }, "events": { "type": "integer", "minimum": 0 } } }, "Acceptance": { "type": "object", "additionalProperties": false, "required": ["by", "reason"], "properties": { "by": { "type": "string", "minLength": 1 }, "reason": { "type": "string", "minLength": 1 }, "reReviewBy": { "type": "string", "format": "date" }, "at": { "type": "string", "format": "date" } } }, "Reopened": { "type": "object", "additionalProperties": false, "required": ["event", "at"], "properties": { "event": { "$ref": "#/definitions/ReopenEvent" }, "ref": { "type": "string" }, "at": { "type": "string", "format": "date-time" }, "subject": { "type": "string" } } }, "SurfaceChange": { "type": "object", "additionalProperties": false, "required": ["ref", "at", "subject"], "properties": { "event": { "$ref": "#/definitions/ReopenEvent" }, "ref": { "type": "string", "minLength": 1 }, "at": { "type": "string", "format": "date-time" }, "subject": { "type": "string", "minLength": 1 } } }, "ReopenAlways": { "type": "object", "additionalProperties": false, "required": ["event", "always"], "properties": { "event": { "$ref": "#/definitions/ReopenEvent" }, "always": { "const": true } } }, "Threat": { "type": "object", "additionalProperties": false, "required": ["id", "title", "class", "layer", "components", "status", "evidence"], "properties": { "id": { "$ref": "#/definitions/Id" }, "title": { "type": "string", "minLength": 1 }, "description": { "type": "string" }, "class": { "enum": ["coercion", "compromise"] }, "layer": { "enum": ["L1", "L2", "L3", "L4", "L5", "L6", "L7", "cross-layer"] }, "layers": { "type": "array", "items": { "enum": ["L1", "L2", "L3", "L4", "L5", "L6", "L7"] } }, "owasp": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^T([1-9]|1[0-5])$" } }, "components": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/Id" } }, "capability": { "$ref": "#/definitions/Capability" }, "cvss": { "$ref": "#/definitions/Cvss" }, "aivss": { "$ref": "#/definitions/AivssResult" }, "status": { "enum": ["open", "closed", "accepted"] }, "evidence": { "type": "array", "items": { "$ref": "#/definitions/Evidence" } }, "acceptance": { "$ref": "#/definitions/Acceptance" }, "reopenOn": { "type": "array", "uniqueItems": true, "items": { "oneOf": [{ "$ref": "#/definitions/ReopenEvent" }, { "$ref": "#/definitions/ReopenAlways" }] } }, "reopened": { "$ref": "#/definitions/Reopened" }, "added": { "$ref": "#/definitions/SurfaceChange" }, "orphaned": { "$ref": "#/definitions/SurfaceChange" }, "mitigations": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "references": { "type": "array", "items": { "type": "string", "minLength": 1 } } } }, "Capability": { "type": "object", "additionalProperties": false, "properties": { "description": { "type": "string" }, "rules": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["resources", "verbs"], "properties": { "apiGroups": { "type": "array", "items": { "type": "string" } }, "resources": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "verbs": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } } } } }, "tools": { "type": "array", "items": { "type": "string", "minLength": 1 } } } }, "Id": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$" } } };
var schema12 = { "type": "object", "additionalProperties": false, "required": ["name", "owners"], "properties": { "name": { "type": "string", "pattern": "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$" }, "description": { "type": "string" }, "owners": { "$ref": "#/definitions/Owners" }, "labels": { "type": "object", "additionalProperties": { "type": "string" } } } };
var pattern0 = new RegExp("^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", "u");
var schema13 = { "type": "object", "additionalProperties": false, "required": ["security", "platform"], "properties": { "security": { "$ref": "#/definitions/OwnerList" }, "platform": { "$ref": "#/definitions/OwnerList" } } };
var schema14 = { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } };
var func2 = import_ucs2length.default.default;
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.security === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "security" }, message: "must have required property 'security'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.platform === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "platform" }, message: "must have required property 'platform'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "security" || key0 === "platform")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.security !== void 0) {
      let data0 = data.security;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err3 = { instancePath: instancePath + "/security", schemaPath: "#/definitions/OwnerList/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema14, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err4 = { instancePath: instancePath + "/security/" + i0, schemaPath: "#/definitions/OwnerList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14.items, data: data1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/security/" + i0, schemaPath: "#/definitions/OwnerList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.items.type, parentSchema: schema14.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/security", schemaPath: "#/definitions/OwnerList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.type, parentSchema: schema14, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.platform !== void 0) {
      let data2 = data.platform;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err7 = { instancePath: instancePath + "/platform", schemaPath: "#/definitions/OwnerList/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema14, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err8 = { instancePath: instancePath + "/platform/" + i1, schemaPath: "#/definitions/OwnerList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/platform/" + i1, schemaPath: "#/definitions/OwnerList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.items.type, parentSchema: schema14.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/platform", schemaPath: "#/definitions/OwnerList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.type, parentSchema: schema14, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.owners === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owners" }, message: "must have required property 'owners'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "description" || key0 === "owners" || key0 === "labels")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", parentSchema: schema12.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.name.type, parentSchema: schema12.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 !== "string") {
        const err5 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.description.type, parentSchema: schema12.properties.description, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.owners !== void 0) {
      if (!validate12(data.owners, { instancePath: instancePath + "/owners", parentData: data, parentDataProperty: "owners", rootData })) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
    }
    if (data.labels !== void 0) {
      let data3 = data.labels;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          let data4 = data3[key1];
          if (typeof data4 !== "string") {
            const err6 = { instancePath: instancePath + "/labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.labels.additionalProperties.type, parentSchema: schema12.properties.labels.additionalProperties, data: data4 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.labels.type, parentSchema: schema12.properties.labels, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema16 = { "type": "object", "additionalProperties": false, "required": ["name", "workload", "manifests", "autonomyTier", "aivss"], "properties": { "name": { "type": "string", "minLength": 1 }, "workload": { "$ref": "#/definitions/Workload" }, "manifests": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "autonomyTier": { "enum": ["manual", "approval", "autonomous"] }, "aivss": { "$ref": "#/definitions/AivssProfile" } } };
var schema17 = { "type": "object", "additionalProperties": false, "required": ["kind", "name", "namespace"], "properties": { "kind": { "enum": ["Deployment", "StatefulSet", "DaemonSet", "Agent", "SandboxAgent", "AgentTemplate", "AgentHarness"] }, "name": { "type": "string", "minLength": 1 }, "namespace": { "type": "string", "minLength": 1 }, "serviceAccount": { "type": "string", "minLength": 1 } } };
var schema18 = { "type": "object", "additionalProperties": false, "required": ["version", "factors"], "properties": { "version": { "enum": ["0.5", "0.8"] }, "factors": { "$ref": "#/definitions/AivssFactors" } } };
var schema19 = { "type": "object", "additionalProperties": false, "required": ["autonomyOfAction", "goalDrivenPlanning", "selfModification", "toolUse", "memoryUse", "contextualAwareness", "dynamicIdentity", "multiAgentInteractions", "nonDeterminism", "opacityAndReflexivity"], "properties": { "autonomyOfAction": { "$ref": "#/definitions/AivssFactor" }, "goalDrivenPlanning": { "$ref": "#/definitions/AivssFactor" }, "selfModification": { "$ref": "#/definitions/AivssFactor" }, "toolUse": { "$ref": "#/definitions/AivssFactor" }, "memoryUse": { "$ref": "#/definitions/AivssFactor" }, "contextualAwareness": { "$ref": "#/definitions/AivssFactor" }, "dynamicIdentity": { "$ref": "#/definitions/AivssFactor" }, "multiAgentInteractions": { "$ref": "#/definitions/AivssFactor" }, "nonDeterminism": { "$ref": "#/definitions/AivssFactor" }, "opacityAndReflexivity": { "$ref": "#/definitions/AivssFactor" } } };
var schema20 = { "type": "number", "minimum": 0, "maximum": 1 };
var func9 = Object.prototype.hasOwnProperty;
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.autonomyOfAction === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "autonomyOfAction" }, message: "must have required property 'autonomyOfAction'", schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.goalDrivenPlanning === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "goalDrivenPlanning" }, message: "must have required property 'goalDrivenPlanning'", schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.selfModification === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "selfModification" }, message: "must have required property 'selfModification'", schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.toolUse === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "toolUse" }, message: "must have required property 'toolUse'", schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.memoryUse === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "memoryUse" }, message: "must have required property 'memoryUse'", schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.contextualAwareness === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "contextualAwareness" }, message: "must have required property 'contextualAwareness'", schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.dynamicIdentity === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dynamicIdentity" }, message: "must have required property 'dynamicIdentity'", schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.multiAgentInteractions === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "multiAgentInteractions" }, message: "must have required property 'multiAgentInteractions'", schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.nonDeterminism === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "nonDeterminism" }, message: "must have required property 'nonDeterminism'", schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.opacityAndReflexivity === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "opacityAndReflexivity" }, message: "must have required property 'opacityAndReflexivity'", schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func9.call(schema19.properties, key0)) {
        const err10 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19, data };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.autonomyOfAction !== void 0) {
      let data0 = data.autonomyOfAction;
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 1 || isNaN(data0)) {
          const err11 = { instancePath: instancePath + "/autonomyOfAction", schemaPath: "#/definitions/AivssFactor/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema20, data: data0 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          const err12 = { instancePath: instancePath + "/autonomyOfAction", schemaPath: "#/definitions/AivssFactor/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema20, data: data0 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/autonomyOfAction", schemaPath: "#/definitions/AivssFactor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema20.type, parentSchema: schema20, data: data0 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.goalDrivenPlanning !== void 0) {
      let data1 = data.goalDrivenPlanning;
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 1 || isNaN(data1)) {
          const err14 = { instancePath: instancePath + "/goalDrivenPlanning", schemaPath: "#/definitions/AivssFactor/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema20, data: data1 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data1 < 0 || isNaN(data1)) {
          const err15 = { instancePath: instancePath + "/goalDrivenPlanning", schemaPath: "#/definitions/AivssFactor/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema20, data: data1 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/goalDrivenPlanning", schemaPath: "#/definitions/AivssFactor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema20.type, parentSchema: schema20, data: data1 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.selfModification !== void 0) {
      let data2 = data.selfModification;
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 1 || isNaN(data2)) {
          const err17 = { instancePath: instancePath + "/selfModification", schemaPath: "#/definitions/AivssFactor/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema20, data: data2 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data2 < 0 || isNaN(data2)) {
          const err18 = { instancePath: instancePath + "/selfModification", schemaPath: "#/definitions/AivssFactor/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema20, data: data2 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/selfModification", schemaPath: "#/definitions/AivssFactor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema20.type, parentSchema: schema20, data: data2 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.toolUse !== void 0) {
      let data3 = data.toolUse;
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 > 1 || isNaN(data3)) {
          const err20 = { instancePath: instancePath + "/toolUse", schemaPath: "#/definitions/AivssFactor/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema20, data: data3 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (data3 < 0 || isNaN(data3)) {
          const err21 = { instancePath: instancePath + "/toolUse", schemaPath: "#/definitions/AivssFactor/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema20, data: data3 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/toolUse", schemaPath: "#/definitions/AivssFactor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema20.type, parentSchema: schema20, data: data3 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.memoryUse !== void 0) {
      let data4 = data.memoryUse;
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 > 1 || isNaN(data4)) {
          const err23 = { instancePath: instancePath + "/memoryUse", schemaPath: "#/definitions/AivssFactor/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema20, data: data4 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data4 < 0 || isNaN(data4)) {
          const err24 = { instancePath: instancePath + "/memoryUse", schemaPath: "#/definitions/AivssFactor/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema20, data: data4 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/memoryUse", schemaPath: "#/definitions/AivssFactor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema20.type, parentSchema: schema20, data: data4 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.contextualAwareness !== void 0) {
      let data5 = data.contextualAwareness;
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 > 1 || isNaN(data5)) {
          const err26 = { instancePath: instancePath + "/contextualAwareness", schemaPath: "#/definitions/AivssFactor/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema20, data: data5 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (data5 < 0 || isNaN(data5)) {
          const err27 = { instancePath: instancePath + "/contextualAwareness", schemaPath: "#/definitions/AivssFactor/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema20, data: data5 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = { instancePath: instancePath + "/contextualAwareness", schemaPath: "#/definitions/AivssFactor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema20.type, parentSchema: schema20, data: data5 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.dynamicIdentity !== void 0) {
      let data6 = data.dynamicIdentity;
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 > 1 || isNaN(data6)) {
          const err29 = { instancePath: instancePath + "/dynamicIdentity", schemaPath: "#/definitions/AivssFactor/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema20, data: data6 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (data6 < 0 || isNaN(data6)) {
          const err30 = { instancePath: instancePath + "/dynamicIdentity", schemaPath: "#/definitions/AivssFactor/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema20, data: data6 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      } else {
        const err31 = { instancePath: instancePath + "/dynamicIdentity", schemaPath: "#/definitions/AivssFactor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema20.type, parentSchema: schema20, data: data6 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.multiAgentInteractions !== void 0) {
      let data7 = data.multiAgentInteractions;
      if (typeof data7 == "number" && isFinite(data7)) {
        if (data7 > 1 || isNaN(data7)) {
          const err32 = { instancePath: instancePath + "/multiAgentInteractions", schemaPath: "#/definitions/AivssFactor/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema20, data: data7 };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        if (data7 < 0 || isNaN(data7)) {
          const err33 = { instancePath: instancePath + "/multiAgentInteractions", schemaPath: "#/definitions/AivssFactor/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema20, data: data7 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      } else {
        const err34 = { instancePath: instancePath + "/multiAgentInteractions", schemaPath: "#/definitions/AivssFactor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema20.type, parentSchema: schema20, data: data7 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.nonDeterminism !== void 0) {
      let data8 = data.nonDeterminism;
      if (typeof data8 == "number" && isFinite(data8)) {
        if (data8 > 1 || isNaN(data8)) {
          const err35 = { instancePath: instancePath + "/nonDeterminism", schemaPath: "#/definitions/AivssFactor/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema20, data: data8 };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (data8 < 0 || isNaN(data8)) {
          const err36 = { instancePath: instancePath + "/nonDeterminism", schemaPath: "#/definitions/AivssFactor/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema20, data: data8 };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      } else {
        const err37 = { instancePath: instancePath + "/nonDeterminism", schemaPath: "#/definitions/AivssFactor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema20.type, parentSchema: schema20, data: data8 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.opacityAndReflexivity !== void 0) {
      let data9 = data.opacityAndReflexivity;
      if (typeof data9 == "number" && isFinite(data9)) {
        if (data9 > 1 || isNaN(data9)) {
          const err38 = { instancePath: instancePath + "/opacityAndReflexivity", schemaPath: "#/definitions/AivssFactor/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema20, data: data9 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        if (data9 < 0 || isNaN(data9)) {
          const err39 = { instancePath: instancePath + "/opacityAndReflexivity", schemaPath: "#/definitions/AivssFactor/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema20, data: data9 };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      } else {
        const err40 = { instancePath: instancePath + "/opacityAndReflexivity", schemaPath: "#/definitions/AivssFactor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema20.type, parentSchema: schema20, data: data9 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
  } else {
    const err41 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.type, parentSchema: schema19, data };
    if (vErrors === null) {
      vErrors = [err41];
    } else {
      vErrors.push(err41);
    }
    errors++;
  }
  validate17.errors = vErrors;
  return errors === 0;
}
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema18.required, parentSchema: schema18, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.factors === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "factors" }, message: "must have required property 'factors'", schema: schema18.required, parentSchema: schema18, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "version" || key0 === "factors")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (!(data0 === "0.5" || data0 === "0.8")) {
        const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/enum", keyword: "enum", params: { allowedValues: schema18.properties.version.enum }, message: "must be equal to one of the allowed values", schema: schema18.properties.version.enum, parentSchema: schema18.properties.version, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.factors !== void 0) {
      if (!validate17(data.factors, { instancePath: instancePath + "/factors", parentData: data, parentDataProperty: "factors", rootData })) {
        vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.type, parentSchema: schema18, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate16.errors = vErrors;
  return errors === 0;
}
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema16.required, parentSchema: schema16, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.workload === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "workload" }, message: "must have required property 'workload'", schema: schema16.required, parentSchema: schema16, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.manifests === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "manifests" }, message: "must have required property 'manifests'", schema: schema16.required, parentSchema: schema16, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.autonomyTier === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "autonomyTier" }, message: "must have required property 'autonomyTier'", schema: schema16.required, parentSchema: schema16, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.aivss === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "aivss" }, message: "must have required property 'aivss'", schema: schema16.required, parentSchema: schema16, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "workload" || key0 === "manifests" || key0 === "autonomyTier" || key0 === "aivss")) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.name.type, parentSchema: schema16.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.workload !== void 0) {
      let data1 = data.workload;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.kind === void 0) {
          const err8 = { instancePath: instancePath + "/workload", schemaPath: "#/definitions/Workload/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema17.required, parentSchema: schema17, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data1.name === void 0) {
          const err9 = { instancePath: instancePath + "/workload", schemaPath: "#/definitions/Workload/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema17.required, parentSchema: schema17, data: data1 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data1.namespace === void 0) {
          const err10 = { instancePath: instancePath + "/workload", schemaPath: "#/definitions/Workload/required", keyword: "required", params: { missingProperty: "namespace" }, message: "must have required property 'namespace'", schema: schema17.required, parentSchema: schema17, data: data1 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === "kind" || key1 === "name" || key1 === "namespace" || key1 === "serviceAccount")) {
            const err11 = { instancePath: instancePath + "/workload", schemaPath: "#/definitions/Workload/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17, data: data1 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data1.kind !== void 0) {
          let data2 = data1.kind;
          if (!(data2 === "Deployment" || data2 === "StatefulSet" || data2 === "DaemonSet" || data2 === "Agent" || data2 === "SandboxAgent" || data2 === "AgentTemplate" || data2 === "AgentHarness")) {
            const err12 = { instancePath: instancePath + "/workload/kind", schemaPath: "#/definitions/Workload/properties/kind/enum", keyword: "enum", params: { allowedValues: schema17.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema17.properties.kind.enum, parentSchema: schema17.properties.kind, data: data2 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data1.name !== void 0) {
          let data3 = data1.name;
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err13 = { instancePath: instancePath + "/workload/name", schemaPath: "#/definitions/Workload/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.name, data: data3 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/workload/name", schemaPath: "#/definitions/Workload/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.name.type, parentSchema: schema17.properties.name, data: data3 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data1.namespace !== void 0) {
          let data4 = data1.namespace;
          if (typeof data4 === "string") {
            if (func2(data4) < 1) {
              const err15 = { instancePath: instancePath + "/workload/namespace", schemaPath: "#/definitions/Workload/properties/namespace/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.namespace, data: data4 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/workload/namespace", schemaPath: "#/definitions/Workload/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.namespace.type, parentSchema: schema17.properties.namespace, data: data4 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data1.serviceAccount !== void 0) {
          let data5 = data1.serviceAccount;
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err17 = { instancePath: instancePath + "/workload/serviceAccount", schemaPath: "#/definitions/Workload/properties/serviceAccount/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.serviceAccount, data: data5 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/workload/serviceAccount", schemaPath: "#/definitions/Workload/properties/serviceAccount/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.serviceAccount.type, parentSchema: schema17.properties.serviceAccount, data: data5 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/workload", schemaPath: "#/definitions/Workload/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.type, parentSchema: schema17, data: data1 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.manifests !== void 0) {
      let data6 = data.manifests;
      if (Array.isArray(data6)) {
        if (data6.length < 1) {
          const err20 = { instancePath: instancePath + "/manifests", schemaPath: "#/properties/manifests/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema16.properties.manifests, data: data6 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (typeof data7 === "string") {
            if (func2(data7) < 1) {
              const err21 = { instancePath: instancePath + "/manifests/" + i0, schemaPath: "#/properties/manifests/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16.properties.manifests.items, data: data7 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = { instancePath: instancePath + "/manifests/" + i0, schemaPath: "#/properties/manifests/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.manifests.items.type, parentSchema: schema16.properties.manifests.items, data: data7 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/manifests", schemaPath: "#/properties/manifests/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema16.properties.manifests.type, parentSchema: schema16.properties.manifests, data: data6 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.autonomyTier !== void 0) {
      let data8 = data.autonomyTier;
      if (!(data8 === "manual" || data8 === "approval" || data8 === "autonomous")) {
        const err24 = { instancePath: instancePath + "/autonomyTier", schemaPath: "#/properties/autonomyTier/enum", keyword: "enum", params: { allowedValues: schema16.properties.autonomyTier.enum }, message: "must be equal to one of the allowed values", schema: schema16.properties.autonomyTier.enum, parentSchema: schema16.properties.autonomyTier, data: data8 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.aivss !== void 0) {
      if (!validate16(data.aivss, { instancePath: instancePath + "/aivss", parentData: data, parentDataProperty: "aivss", rootData })) {
        vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.type, parentSchema: schema16, data };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate15.errors = vErrors;
  return errors === 0;
}
var schema30 = { "type": "object", "additionalProperties": false, "required": ["id", "category", "trustSource", "telemetry", "blastSurface"], "properties": { "id": { "$ref": "#/definitions/Id" }, "category": { "$ref": "#/definitions/ComponentCategory" }, "description": { "type": "string" }, "trustSource": { "$ref": "#/definitions/ObjectRef" }, "telemetry": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/definitions/TelemetrySource" } }, "blastSurface": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "tools": { "type": "array", "items": { "$ref": "#/definitions/PinnedTool" } }, "added": { "$ref": "#/definitions/SurfaceChange" }, "removed": { "$ref": "#/definitions/SurfaceChange" } } };
var schema31 = { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$" };
var schema32 = { "enum": ["inference", "mcp-tool", "rag-memory", "identity", "runtime"] };
var schema33 = { "type": "object", "additionalProperties": false, "required": ["kind", "name"], "properties": { "apiVersion": { "type": "string" }, "kind": { "type": "string", "minLength": 1 }, "name": { "type": "string", "minLength": 1 }, "namespace": { "type": "string" }, "file": { "type": "string" } } };
var schema34 = { "enum": ["kube-audit", "ebpf", "sdk-callback", "mcp-log", "iam-events", "db-audit", "admission", "cni"] };
var schema35 = { "type": "object", "additionalProperties": false, "required": ["name", "sha256"], "properties": { "name": { "type": "string", "minLength": 1 }, "sha256": { "type": "string", "pattern": "^[0-9a-f]{64}$" } } };
var func0 = import_equal.default.default;
var pattern1 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$", "u");
var pattern2 = new RegExp("^[0-9a-f]{64}$", "u");
var schema36 = { "type": "object", "additionalProperties": false, "required": ["ref", "at", "subject"], "properties": { "event": { "$ref": "#/definitions/ReopenEvent" }, "ref": { "type": "string", "minLength": 1 }, "at": { "type": "string", "format": "date-time" }, "subject": { "type": "string", "minLength": 1 } } };
var schema37 = { "enum": ["mcp-connection-added", "mcp-connection-removed", "model-version-updated", "tool-surface-modified", "autonomy-tier-changed", "permissions-changed", "baseline-drift", "signal-fired"] };
var formats0 = import_formats.default.fastFormats["date-time"];
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ref === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ref" }, message: "must have required property 'ref'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.at === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.subject === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "subject" }, message: "must have required property 'subject'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "event" || key0 === "ref" || key0 === "at" || key0 === "subject")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.event !== void 0) {
      let data0 = data.event;
      if (!(data0 === "mcp-connection-added" || data0 === "mcp-connection-removed" || data0 === "model-version-updated" || data0 === "tool-surface-modified" || data0 === "autonomy-tier-changed" || data0 === "permissions-changed" || data0 === "baseline-drift" || data0 === "signal-fired")) {
        const err4 = { instancePath: instancePath + "/event", schemaPath: "#/definitions/ReopenEvent/enum", keyword: "enum", params: { allowedValues: schema37.enum }, message: "must be equal to one of the allowed values", schema: schema37.enum, parentSchema: schema37, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.ref !== void 0) {
      let data1 = data.ref;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err5 = { instancePath: instancePath + "/ref", schemaPath: "#/properties/ref/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36.properties.ref, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/ref", schemaPath: "#/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.ref.type, parentSchema: schema36.properties.ref, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.at !== void 0) {
      let data2 = data.at;
      if (typeof data2 === "string") {
        if (!formats0.validate.test(data2)) {
          const err7 = { instancePath: instancePath + "/at", schemaPath: "#/properties/at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema36.properties.at, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/at", schemaPath: "#/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.at.type, parentSchema: schema36.properties.at, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.subject !== void 0) {
      let data3 = data.subject;
      if (typeof data3 === "string") {
        if (func2(data3) < 1) {
          const err9 = { instancePath: instancePath + "/subject", schemaPath: "#/properties/subject/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36.properties.subject, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/subject", schemaPath: "#/properties/subject/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.subject.type, parentSchema: schema36.properties.subject, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema30.required, parentSchema: schema30, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.category === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property 'category'", schema: schema30.required, parentSchema: schema30, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.trustSource === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "trustSource" }, message: "must have required property 'trustSource'", schema: schema30.required, parentSchema: schema30, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.telemetry === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "telemetry" }, message: "must have required property 'telemetry'", schema: schema30.required, parentSchema: schema30, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.blastSurface === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "blastSurface" }, message: "must have required property 'blastSurface'", schema: schema30.required, parentSchema: schema30, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func9.call(schema30.properties, key0)) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema30, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern1.test(data0)) {
          const err6 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/Id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$", parentSchema: schema31, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/Id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.type, parentSchema: schema31, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.category !== void 0) {
      let data1 = data.category;
      if (!(data1 === "inference" || data1 === "mcp-tool" || data1 === "rag-memory" || data1 === "identity" || data1 === "runtime")) {
        const err8 = { instancePath: instancePath + "/category", schemaPath: "#/definitions/ComponentCategory/enum", keyword: "enum", params: { allowedValues: schema32.enum }, message: "must be equal to one of the allowed values", schema: schema32.enum, parentSchema: schema32, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 !== "string") {
        const err9 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.description.type, parentSchema: schema30.properties.description, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.trustSource !== void 0) {
      let data3 = data.trustSource;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.kind === void 0) {
          const err10 = { instancePath: instancePath + "/trustSource", schemaPath: "#/definitions/ObjectRef/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema33.required, parentSchema: schema33, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data3.name === void 0) {
          const err11 = { instancePath: instancePath + "/trustSource", schemaPath: "#/definitions/ObjectRef/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema33.required, parentSchema: schema33, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === "apiVersion" || key1 === "kind" || key1 === "name" || key1 === "namespace" || key1 === "file")) {
            const err12 = { instancePath: instancePath + "/trustSource", schemaPath: "#/definitions/ObjectRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data: data3 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data3.apiVersion !== void 0) {
          let data4 = data3.apiVersion;
          if (typeof data4 !== "string") {
            const err13 = { instancePath: instancePath + "/trustSource/apiVersion", schemaPath: "#/definitions/ObjectRef/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.apiVersion.type, parentSchema: schema33.properties.apiVersion, data: data4 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data3.kind !== void 0) {
          let data5 = data3.kind;
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err14 = { instancePath: instancePath + "/trustSource/kind", schemaPath: "#/definitions/ObjectRef/properties/kind/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.properties.kind, data: data5 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/trustSource/kind", schemaPath: "#/definitions/ObjectRef/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.kind.type, parentSchema: schema33.properties.kind, data: data5 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data3.name !== void 0) {
          let data6 = data3.name;
          if (typeof data6 === "string") {
            if (func2(data6) < 1) {
              const err16 = { instancePath: instancePath + "/trustSource/name", schemaPath: "#/definitions/ObjectRef/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.properties.name, data: data6 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/trustSource/name", schemaPath: "#/definitions/ObjectRef/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.name.type, parentSchema: schema33.properties.name, data: data6 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data3.namespace !== void 0) {
          let data7 = data3.namespace;
          if (typeof data7 !== "string") {
            const err18 = { instancePath: instancePath + "/trustSource/namespace", schemaPath: "#/definitions/ObjectRef/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.namespace.type, parentSchema: schema33.properties.namespace, data: data7 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data3.file !== void 0) {
          let data8 = data3.file;
          if (typeof data8 !== "string") {
            const err19 = { instancePath: instancePath + "/trustSource/file", schemaPath: "#/definitions/ObjectRef/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.file.type, parentSchema: schema33.properties.file, data: data8 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/trustSource", schemaPath: "#/definitions/ObjectRef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data: data3 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.telemetry !== void 0) {
      let data9 = data.telemetry;
      if (Array.isArray(data9)) {
        if (data9.length < 1) {
          const err21 = { instancePath: instancePath + "/telemetry", schemaPath: "#/properties/telemetry/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema30.properties.telemetry, data: data9 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        const len0 = data9.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data10 = data9[i0];
          if (!(data10 === "kube-audit" || data10 === "ebpf" || data10 === "sdk-callback" || data10 === "mcp-log" || data10 === "iam-events" || data10 === "db-audit" || data10 === "admission" || data10 === "cni")) {
            const err22 = { instancePath: instancePath + "/telemetry/" + i0, schemaPath: "#/definitions/TelemetrySource/enum", keyword: "enum", params: { allowedValues: schema34.enum }, message: "must be equal to one of the allowed values", schema: schema34.enum, parentSchema: schema34, data: data10 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        let i1 = data9.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--; ) {
            for (j0 = i1; j0--; ) {
              if (func0(data9[i1], data9[j0])) {
                const err23 = { instancePath: instancePath + "/telemetry", schemaPath: "#/properties/telemetry/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema30.properties.telemetry, data: data9 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/telemetry", schemaPath: "#/properties/telemetry/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema30.properties.telemetry.type, parentSchema: schema30.properties.telemetry, data: data9 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.blastSurface !== void 0) {
      let data11 = data.blastSurface;
      if (Array.isArray(data11)) {
        const len1 = data11.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data12 = data11[i2];
          if (typeof data12 === "string") {
            if (func2(data12) < 1) {
              const err25 = { instancePath: instancePath + "/blastSurface/" + i2, schemaPath: "#/properties/blastSurface/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema30.properties.blastSurface.items, data: data12 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = { instancePath: instancePath + "/blastSurface/" + i2, schemaPath: "#/properties/blastSurface/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.blastSurface.items.type, parentSchema: schema30.properties.blastSurface.items, data: data12 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/blastSurface", schemaPath: "#/properties/blastSurface/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema30.properties.blastSurface.type, parentSchema: schema30.properties.blastSurface, data: data11 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.tools !== void 0) {
      let data13 = data.tools;
      if (Array.isArray(data13)) {
        const len2 = data13.length;
        for (let i3 = 0; i3 < len2; i3++) {
          let data14 = data13[i3];
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.name === void 0) {
              const err28 = { instancePath: instancePath + "/tools/" + i3, schemaPath: "#/definitions/PinnedTool/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema35.required, parentSchema: schema35, data: data14 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            if (data14.sha256 === void 0) {
              const err29 = { instancePath: instancePath + "/tools/" + i3, schemaPath: "#/definitions/PinnedTool/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'", schema: schema35.required, parentSchema: schema35, data: data14 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            for (const key2 in data14) {
              if (!(key2 === "name" || key2 === "sha256")) {
                const err30 = { instancePath: instancePath + "/tools/" + i3, schemaPath: "#/definitions/PinnedTool/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data: data14 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data14.name !== void 0) {
              let data15 = data14.name;
              if (typeof data15 === "string") {
                if (func2(data15) < 1) {
                  const err31 = { instancePath: instancePath + "/tools/" + i3 + "/name", schemaPath: "#/definitions/PinnedTool/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.properties.name, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              } else {
                const err32 = { instancePath: instancePath + "/tools/" + i3 + "/name", schemaPath: "#/definitions/PinnedTool/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.name.type, parentSchema: schema35.properties.name, data: data15 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data14.sha256 !== void 0) {
              let data16 = data14.sha256;
              if (typeof data16 === "string") {
                if (!pattern2.test(data16)) {
                  const err33 = { instancePath: instancePath + "/tools/" + i3 + "/sha256", schemaPath: "#/definitions/PinnedTool/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema35.properties.sha256, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
              } else {
                const err34 = { instancePath: instancePath + "/tools/" + i3 + "/sha256", schemaPath: "#/definitions/PinnedTool/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.sha256.type, parentSchema: schema35.properties.sha256, data: data16 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
          } else {
            const err35 = { instancePath: instancePath + "/tools/" + i3, schemaPath: "#/definitions/PinnedTool/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data14 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema30.properties.tools.type, parentSchema: schema30.properties.tools, data: data13 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.added !== void 0) {
      if (!validate22(data.added, { instancePath: instancePath + "/added", parentData: data, parentDataProperty: "added", rootData })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.removed !== void 0) {
      if (!validate22(data.removed, { instancePath: instancePath + "/removed", parentData: data, parentDataProperty: "removed", rootData })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err37 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema30.type, parentSchema: schema30, data };
    if (vErrors === null) {
      vErrors = [err37];
    } else {
      vErrors.push(err37);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
var schema38 = { "type": "object", "additionalProperties": false, "required": ["id", "to", "trustSource", "telemetry"], "properties": { "id": { "$ref": "#/definitions/Id" }, "description": { "type": "string" }, "direction": { "enum": ["outbound", "inbound"], "default": "outbound" }, "to": { "type": "object", "additionalProperties": false, "required": ["agent"], "properties": { "agent": { "type": "string", "minLength": 1 }, "namespace": { "type": "string" }, "catalog": { "type": "string" } } }, "trustSource": { "$ref": "#/definitions/ObjectRef" }, "telemetry": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/definitions/TelemetrySource" } }, "blastSurface": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "added": { "$ref": "#/definitions/SurfaceChange" }, "removed": { "$ref": "#/definitions/SurfaceChange" } } };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema38.required, parentSchema: schema38, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.to === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema38.required, parentSchema: schema38, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.trustSource === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "trustSource" }, message: "must have required property 'trustSource'", schema: schema38.required, parentSchema: schema38, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.telemetry === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "telemetry" }, message: "must have required property 'telemetry'", schema: schema38.required, parentSchema: schema38, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func9.call(schema38.properties, key0)) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern1.test(data0)) {
          const err5 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/Id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$", parentSchema: schema31, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/Id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.type, parentSchema: schema31, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 !== "string") {
        const err7 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.description.type, parentSchema: schema38.properties.description, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.direction !== void 0) {
      let data2 = data.direction;
      if (!(data2 === "outbound" || data2 === "inbound")) {
        const err8 = { instancePath: instancePath + "/direction", schemaPath: "#/properties/direction/enum", keyword: "enum", params: { allowedValues: schema38.properties.direction.enum }, message: "must be equal to one of the allowed values", schema: schema38.properties.direction.enum, parentSchema: schema38.properties.direction, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.to !== void 0) {
      let data3 = data.to;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.agent === void 0) {
          const err9 = { instancePath: instancePath + "/to", schemaPath: "#/properties/to/required", keyword: "required", params: { missingProperty: "agent" }, message: "must have required property 'agent'", schema: schema38.properties.to.required, parentSchema: schema38.properties.to, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === "agent" || key1 === "namespace" || key1 === "catalog")) {
            const err10 = { instancePath: instancePath + "/to", schemaPath: "#/properties/to/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38.properties.to, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data3.agent !== void 0) {
          let data4 = data3.agent;
          if (typeof data4 === "string") {
            if (func2(data4) < 1) {
              const err11 = { instancePath: instancePath + "/to/agent", schemaPath: "#/properties/to/properties/agent/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.properties.to.properties.agent, data: data4 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/to/agent", schemaPath: "#/properties/to/properties/agent/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.to.properties.agent.type, parentSchema: schema38.properties.to.properties.agent, data: data4 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data3.namespace !== void 0) {
          let data5 = data3.namespace;
          if (typeof data5 !== "string") {
            const err13 = { instancePath: instancePath + "/to/namespace", schemaPath: "#/properties/to/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.to.properties.namespace.type, parentSchema: schema38.properties.to.properties.namespace, data: data5 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data3.catalog !== void 0) {
          let data6 = data3.catalog;
          if (typeof data6 !== "string") {
            const err14 = { instancePath: instancePath + "/to/catalog", schemaPath: "#/properties/to/properties/catalog/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.to.properties.catalog.type, parentSchema: schema38.properties.to.properties.catalog, data: data6 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/to", schemaPath: "#/properties/to/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.properties.to.type, parentSchema: schema38.properties.to, data: data3 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.trustSource !== void 0) {
      let data7 = data.trustSource;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.kind === void 0) {
          const err16 = { instancePath: instancePath + "/trustSource", schemaPath: "#/definitions/ObjectRef/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema33.required, parentSchema: schema33, data: data7 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data7.name === void 0) {
          const err17 = { instancePath: instancePath + "/trustSource", schemaPath: "#/definitions/ObjectRef/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema33.required, parentSchema: schema33, data: data7 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        for (const key2 in data7) {
          if (!(key2 === "apiVersion" || key2 === "kind" || key2 === "name" || key2 === "namespace" || key2 === "file")) {
            const err18 = { instancePath: instancePath + "/trustSource", schemaPath: "#/definitions/ObjectRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data: data7 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data7.apiVersion !== void 0) {
          let data8 = data7.apiVersion;
          if (typeof data8 !== "string") {
            const err19 = { instancePath: instancePath + "/trustSource/apiVersion", schemaPath: "#/definitions/ObjectRef/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.apiVersion.type, parentSchema: schema33.properties.apiVersion, data: data8 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data7.kind !== void 0) {
          let data9 = data7.kind;
          if (typeof data9 === "string") {
            if (func2(data9) < 1) {
              const err20 = { instancePath: instancePath + "/trustSource/kind", schemaPath: "#/definitions/ObjectRef/properties/kind/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.properties.kind, data: data9 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/trustSource/kind", schemaPath: "#/definitions/ObjectRef/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.kind.type, parentSchema: schema33.properties.kind, data: data9 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data7.name !== void 0) {
          let data10 = data7.name;
          if (typeof data10 === "string") {
            if (func2(data10) < 1) {
              const err22 = { instancePath: instancePath + "/trustSource/name", schemaPath: "#/definitions/ObjectRef/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.properties.name, data: data10 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/trustSource/name", schemaPath: "#/definitions/ObjectRef/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.name.type, parentSchema: schema33.properties.name, data: data10 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data7.namespace !== void 0) {
          let data11 = data7.namespace;
          if (typeof data11 !== "string") {
            const err24 = { instancePath: instancePath + "/trustSource/namespace", schemaPath: "#/definitions/ObjectRef/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.namespace.type, parentSchema: schema33.properties.namespace, data: data11 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data7.file !== void 0) {
          let data12 = data7.file;
          if (typeof data12 !== "string") {
            const err25 = { instancePath: instancePath + "/trustSource/file", schemaPath: "#/definitions/ObjectRef/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.file.type, parentSchema: schema33.properties.file, data: data12 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/trustSource", schemaPath: "#/definitions/ObjectRef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data: data7 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.telemetry !== void 0) {
      let data13 = data.telemetry;
      if (Array.isArray(data13)) {
        if (data13.length < 1) {
          const err27 = { instancePath: instancePath + "/telemetry", schemaPath: "#/properties/telemetry/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema38.properties.telemetry, data: data13 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        const len0 = data13.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data14 = data13[i0];
          if (!(data14 === "kube-audit" || data14 === "ebpf" || data14 === "sdk-callback" || data14 === "mcp-log" || data14 === "iam-events" || data14 === "db-audit" || data14 === "admission" || data14 === "cni")) {
            const err28 = { instancePath: instancePath + "/telemetry/" + i0, schemaPath: "#/definitions/TelemetrySource/enum", keyword: "enum", params: { allowedValues: schema34.enum }, message: "must be equal to one of the allowed values", schema: schema34.enum, parentSchema: schema34, data: data14 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        let i1 = data13.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--; ) {
            for (j0 = i1; j0--; ) {
              if (func0(data13[i1], data13[j0])) {
                const err29 = { instancePath: instancePath + "/telemetry", schemaPath: "#/properties/telemetry/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema38.properties.telemetry, data: data13 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/telemetry", schemaPath: "#/properties/telemetry/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.properties.telemetry.type, parentSchema: schema38.properties.telemetry, data: data13 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.blastSurface !== void 0) {
      let data15 = data.blastSurface;
      if (Array.isArray(data15)) {
        const len1 = data15.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data16 = data15[i2];
          if (typeof data16 === "string") {
            if (func2(data16) < 1) {
              const err31 = { instancePath: instancePath + "/blastSurface/" + i2, schemaPath: "#/properties/blastSurface/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.properties.blastSurface.items, data: data16 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = { instancePath: instancePath + "/blastSurface/" + i2, schemaPath: "#/properties/blastSurface/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.blastSurface.items.type, parentSchema: schema38.properties.blastSurface.items, data: data16 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/blastSurface", schemaPath: "#/properties/blastSurface/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.properties.blastSurface.type, parentSchema: schema38.properties.blastSurface, data: data15 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.added !== void 0) {
      if (!validate22(data.added, { instancePath: instancePath + "/added", parentData: data, parentDataProperty: "added", rootData })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.removed !== void 0) {
      if (!validate22(data.removed, { instancePath: instancePath + "/removed", parentData: data, parentDataProperty: "removed", rootData })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err34 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data };
    if (vErrors === null) {
      vErrors = [err34];
    } else {
      vErrors.push(err34);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
var schema42 = { "type": "object", "additionalProperties": false, "required": ["identity", "dormant"], "properties": { "identity": { "type": "string", "pattern": "^system:serviceaccount:[^:]+:[^:]+$" }, "component": { "$ref": "#/definitions/Id" }, "observedWindow": { "$ref": "#/definitions/Window" }, "dormant": { "type": "array", "items": { "$ref": "#/definitions/DormantPermission" } } } };
var schema44 = { "type": "object", "additionalProperties": false, "required": ["from", "to"], "properties": { "from": { "type": "string", "format": "date-time" }, "to": { "type": "string", "format": "date-time" } } };
var pattern4 = new RegExp("^system:serviceaccount:[^:]+:[^:]+$", "u");
var schema45 = { "type": "object", "additionalProperties": false, "required": ["apiGroup", "resource", "verb", "namespace", "blast"], "properties": { "apiGroup": { "type": "string" }, "resource": { "type": "string", "minLength": 1 }, "verb": { "type": "string", "minLength": 1 }, "namespace": { "type": "string", "minLength": 1 }, "resourceNames": { "type": "array", "items": { "type": "string" } }, "wildcard": { "type": "boolean", "default": false }, "unobservable": { "type": "boolean", "default": false }, "blast": { "type": "number", "minimum": 0, "maximum": 10 }, "triageBy": { "type": "string", "format": "date" }, "disposition": { "enum": ["revoke", "justified", "accepted"] }, "justification": { "type": "string", "minLength": 1 }, "acceptance": { "$ref": "#/definitions/Acceptance" } } };
var schema46 = { "type": "object", "additionalProperties": false, "required": ["by", "reason"], "properties": { "by": { "type": "string", "minLength": 1 }, "reason": { "type": "string", "minLength": 1 }, "reReviewBy": { "type": "string", "format": "date" }, "at": { "type": "string", "format": "date" } } };
var formats6 = import_formats.default.fastFormats.date;
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiGroup === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiGroup" }, message: "must have required property 'apiGroup'", schema: schema45.required, parentSchema: schema45, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.resource === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resource" }, message: "must have required property 'resource'", schema: schema45.required, parentSchema: schema45, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.verb === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "verb" }, message: "must have required property 'verb'", schema: schema45.required, parentSchema: schema45, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.namespace === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "namespace" }, message: "must have required property 'namespace'", schema: schema45.required, parentSchema: schema45, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.blast === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "blast" }, message: "must have required property 'blast'", schema: schema45.required, parentSchema: schema45, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func9.call(schema45.properties, key0)) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.apiGroup !== void 0) {
      let data0 = data.apiGroup;
      if (typeof data0 !== "string") {
        const err6 = { instancePath: instancePath + "/apiGroup", schemaPath: "#/properties/apiGroup/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.apiGroup.type, parentSchema: schema45.properties.apiGroup, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.resource !== void 0) {
      let data1 = data.resource;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err7 = { instancePath: instancePath + "/resource", schemaPath: "#/properties/resource/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema45.properties.resource, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/resource", schemaPath: "#/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.resource.type, parentSchema: schema45.properties.resource, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.verb !== void 0) {
      let data2 = data.verb;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err9 = { instancePath: instancePath + "/verb", schemaPath: "#/properties/verb/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema45.properties.verb, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/verb", schemaPath: "#/properties/verb/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.verb.type, parentSchema: schema45.properties.verb, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.namespace !== void 0) {
      let data3 = data.namespace;
      if (typeof data3 === "string") {
        if (func2(data3) < 1) {
          const err11 = { instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema45.properties.namespace, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.namespace.type, parentSchema: schema45.properties.namespace, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.resourceNames !== void 0) {
      let data4 = data.resourceNames;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 !== "string") {
            const err13 = { instancePath: instancePath + "/resourceNames/" + i0, schemaPath: "#/properties/resourceNames/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.resourceNames.items.type, parentSchema: schema45.properties.resourceNames.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/resourceNames", schemaPath: "#/properties/resourceNames/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema45.properties.resourceNames.type, parentSchema: schema45.properties.resourceNames, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.wildcard !== void 0) {
      let data6 = data.wildcard;
      if (typeof data6 !== "boolean") {
        const err15 = { instancePath: instancePath + "/wildcard", schemaPath: "#/properties/wildcard/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema45.properties.wildcard.type, parentSchema: schema45.properties.wildcard, data: data6 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.unobservable !== void 0) {
      let data7 = data.unobservable;
      if (typeof data7 !== "boolean") {
        const err16 = { instancePath: instancePath + "/unobservable", schemaPath: "#/properties/unobservable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema45.properties.unobservable.type, parentSchema: schema45.properties.unobservable, data: data7 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.blast !== void 0) {
      let data8 = data.blast;
      if (typeof data8 == "number" && isFinite(data8)) {
        if (data8 > 10 || isNaN(data8)) {
          const err17 = { instancePath: instancePath + "/blast", schemaPath: "#/properties/blast/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema45.properties.blast, data: data8 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data8 < 0 || isNaN(data8)) {
          const err18 = { instancePath: instancePath + "/blast", schemaPath: "#/properties/blast/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema45.properties.blast, data: data8 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/blast", schemaPath: "#/properties/blast/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema45.properties.blast.type, parentSchema: schema45.properties.blast, data: data8 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.triageBy !== void 0) {
      let data9 = data.triageBy;
      if (typeof data9 === "string") {
        if (!formats6.validate.test(data9)) {
          const err20 = { instancePath: instancePath + "/triageBy", schemaPath: "#/properties/triageBy/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema45.properties.triageBy, data: data9 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/triageBy", schemaPath: "#/properties/triageBy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.triageBy.type, parentSchema: schema45.properties.triageBy, data: data9 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.disposition !== void 0) {
      let data10 = data.disposition;
      if (!(data10 === "revoke" || data10 === "justified" || data10 === "accepted")) {
        const err22 = { instancePath: instancePath + "/disposition", schemaPath: "#/properties/disposition/enum", keyword: "enum", params: { allowedValues: schema45.properties.disposition.enum }, message: "must be equal to one of the allowed values", schema: schema45.properties.disposition.enum, parentSchema: schema45.properties.disposition, data: data10 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.justification !== void 0) {
      let data11 = data.justification;
      if (typeof data11 === "string") {
        if (func2(data11) < 1) {
          const err23 = { instancePath: instancePath + "/justification", schemaPath: "#/properties/justification/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema45.properties.justification, data: data11 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/justification", schemaPath: "#/properties/justification/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.justification.type, parentSchema: schema45.properties.justification, data: data11 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.acceptance !== void 0) {
      let data12 = data.acceptance;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        if (data12.by === void 0) {
          const err25 = { instancePath: instancePath + "/acceptance", schemaPath: "#/definitions/Acceptance/required", keyword: "required", params: { missingProperty: "by" }, message: "must have required property 'by'", schema: schema46.required, parentSchema: schema46, data: data12 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (data12.reason === void 0) {
          const err26 = { instancePath: instancePath + "/acceptance", schemaPath: "#/definitions/Acceptance/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema46.required, parentSchema: schema46, data: data12 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        for (const key1 in data12) {
          if (!(key1 === "by" || key1 === "reason" || key1 === "reReviewBy" || key1 === "at")) {
            const err27 = { instancePath: instancePath + "/acceptance", schemaPath: "#/definitions/Acceptance/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema46, data: data12 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data12.by !== void 0) {
          let data13 = data12.by;
          if (typeof data13 === "string") {
            if (func2(data13) < 1) {
              const err28 = { instancePath: instancePath + "/acceptance/by", schemaPath: "#/definitions/Acceptance/properties/by/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema46.properties.by, data: data13 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = { instancePath: instancePath + "/acceptance/by", schemaPath: "#/definitions/Acceptance/properties/by/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.by.type, parentSchema: schema46.properties.by, data: data13 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data12.reason !== void 0) {
          let data14 = data12.reason;
          if (typeof data14 === "string") {
            if (func2(data14) < 1) {
              const err30 = { instancePath: instancePath + "/acceptance/reason", schemaPath: "#/definitions/Acceptance/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema46.properties.reason, data: data14 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = { instancePath: instancePath + "/acceptance/reason", schemaPath: "#/definitions/Acceptance/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.reason.type, parentSchema: schema46.properties.reason, data: data14 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data12.reReviewBy !== void 0) {
          let data15 = data12.reReviewBy;
          if (typeof data15 === "string") {
            if (!formats6.validate.test(data15)) {
              const err32 = { instancePath: instancePath + "/acceptance/reReviewBy", schemaPath: "#/definitions/Acceptance/properties/reReviewBy/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema46.properties.reReviewBy, data: data15 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          } else {
            const err33 = { instancePath: instancePath + "/acceptance/reReviewBy", schemaPath: "#/definitions/Acceptance/properties/reReviewBy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.reReviewBy.type, parentSchema: schema46.properties.reReviewBy, data: data15 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data12.at !== void 0) {
          let data16 = data12.at;
          if (typeof data16 === "string") {
            if (!formats6.validate.test(data16)) {
              const err34 = { instancePath: instancePath + "/acceptance/at", schemaPath: "#/definitions/Acceptance/properties/at/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema46.properties.at, data: data16 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          } else {
            const err35 = { instancePath: instancePath + "/acceptance/at", schemaPath: "#/definitions/Acceptance/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.at.type, parentSchema: schema46.properties.at, data: data16 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/acceptance", schemaPath: "#/definitions/Acceptance/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema46.type, parentSchema: schema46, data: data12 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
  } else {
    const err37 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.type, parentSchema: schema45, data };
    if (vErrors === null) {
      vErrors = [err37];
    } else {
      vErrors.push(err37);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.identity === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "identity" }, message: "must have required property 'identity'", schema: schema42.required, parentSchema: schema42, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.dormant === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dormant" }, message: "must have required property 'dormant'", schema: schema42.required, parentSchema: schema42, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "identity" || key0 === "component" || key0 === "observedWindow" || key0 === "dormant")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.identity !== void 0) {
      let data0 = data.identity;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err3 = { instancePath: instancePath + "/identity", schemaPath: "#/properties/identity/pattern", keyword: "pattern", params: { pattern: "^system:serviceaccount:[^:]+:[^:]+$" }, message: 'must match pattern "^system:serviceaccount:[^:]+:[^:]+$"', schema: "^system:serviceaccount:[^:]+:[^:]+$", parentSchema: schema42.properties.identity, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/identity", schemaPath: "#/properties/identity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.identity.type, parentSchema: schema42.properties.identity, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.component !== void 0) {
      let data1 = data.component;
      if (typeof data1 === "string") {
        if (!pattern1.test(data1)) {
          const err5 = { instancePath: instancePath + "/component", schemaPath: "#/definitions/Id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$", parentSchema: schema31, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/component", schemaPath: "#/definitions/Id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.type, parentSchema: schema31, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.observedWindow !== void 0) {
      let data2 = data.observedWindow;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.from === void 0) {
          const err7 = { instancePath: instancePath + "/observedWindow", schemaPath: "#/definitions/Window/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema44.required, parentSchema: schema44, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data2.to === void 0) {
          const err8 = { instancePath: instancePath + "/observedWindow", schemaPath: "#/definitions/Window/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema44.required, parentSchema: schema44, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "from" || key1 === "to")) {
            const err9 = { instancePath: instancePath + "/observedWindow", schemaPath: "#/definitions/Window/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44, data: data2 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data2.from !== void 0) {
          let data3 = data2.from;
          if (typeof data3 === "string") {
            if (!formats0.validate.test(data3)) {
              const err10 = { instancePath: instancePath + "/observedWindow/from", schemaPath: "#/definitions/Window/properties/from/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema44.properties.from, data: data3 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/observedWindow/from", schemaPath: "#/definitions/Window/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.from.type, parentSchema: schema44.properties.from, data: data3 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data2.to !== void 0) {
          let data4 = data2.to;
          if (typeof data4 === "string") {
            if (!formats0.validate.test(data4)) {
              const err12 = { instancePath: instancePath + "/observedWindow/to", schemaPath: "#/definitions/Window/properties/to/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema44.properties.to, data: data4 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/observedWindow/to", schemaPath: "#/definitions/Window/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.to.type, parentSchema: schema44.properties.to, data: data4 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/observedWindow", schemaPath: "#/definitions/Window/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.type, parentSchema: schema44, data: data2 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.dormant !== void 0) {
      let data5 = data.dormant;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate31(data5[i0], { instancePath: instancePath + "/dormant/" + i0, parentData: data5, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/dormant", schemaPath: "#/properties/dormant/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema42.properties.dormant.type, parentSchema: schema42.properties.dormant, data: data5 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
var schema47 = { "type": "object", "additionalProperties": false, "required": ["id", "title", "class", "layer", "components", "status", "evidence"], "properties": { "id": { "$ref": "#/definitions/Id" }, "title": { "type": "string", "minLength": 1 }, "description": { "type": "string" }, "class": { "enum": ["coercion", "compromise"] }, "layer": { "enum": ["L1", "L2", "L3", "L4", "L5", "L6", "L7", "cross-layer"] }, "layers": { "type": "array", "items": { "enum": ["L1", "L2", "L3", "L4", "L5", "L6", "L7"] } }, "owasp": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^T([1-9]|1[0-5])$" } }, "components": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/Id" } }, "capability": { "$ref": "#/definitions/Capability" }, "cvss": { "$ref": "#/definitions/Cvss" }, "aivss": { "$ref": "#/definitions/AivssResult" }, "status": { "enum": ["open", "closed", "accepted"] }, "evidence": { "type": "array", "items": { "$ref": "#/definitions/Evidence" } }, "acceptance": { "$ref": "#/definitions/Acceptance" }, "reopenOn": { "type": "array", "uniqueItems": true, "items": { "oneOf": [{ "$ref": "#/definitions/ReopenEvent" }, { "$ref": "#/definitions/ReopenAlways" }] } }, "reopened": { "$ref": "#/definitions/Reopened" }, "added": { "$ref": "#/definitions/SurfaceChange" }, "orphaned": { "$ref": "#/definitions/SurfaceChange" }, "mitigations": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "references": { "type": "array", "items": { "type": "string", "minLength": 1 } } } };
var schema50 = { "type": "object", "additionalProperties": false, "properties": { "description": { "type": "string" }, "rules": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["resources", "verbs"], "properties": { "apiGroups": { "type": "array", "items": { "type": "string" } }, "resources": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "verbs": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } } } } }, "tools": { "type": "array", "items": { "type": "string", "minLength": 1 } } } };
var schema51 = { "type": "object", "additionalProperties": false, "required": ["base"], "properties": { "base": { "type": "number", "minimum": 0, "maximum": 10 }, "vector": { "type": "string", "pattern": "^CVSS:4\\.0/" }, "exploitMaturity": { "enum": ["attacked", "poc", "unreported"], "default": "poc" } } };
var schema52 = { "type": "object", "additionalProperties": false, "required": ["score", "severity", "vector"], "properties": { "score": { "type": "number", "minimum": 0, "maximum": 10 }, "severity": { "enum": ["None", "Low", "Medium", "High", "Critical"] }, "vector": { "type": "string" } } };
var pattern7 = new RegExp("^T([1-9]|1[0-5])$", "u");
var pattern9 = new RegExp("^CVSS:4\\.0/", "u");
var schema53 = { "type": "object", "additionalProperties": false, "required": ["source", "signal"], "properties": { "id": { "$ref": "#/definitions/Id" }, "source": { "$ref": "#/definitions/TelemetrySource" }, "signal": { "type": "object", "additionalProperties": false, "required": ["description"], "properties": { "description": { "type": "string", "minLength": 1 }, "match": { "$ref": "#/definitions/SignalMatch" } } }, "validated": { "$ref": "#/definitions/Validation" }, "fired": { "$ref": "#/definitions/Validation" } } };
var schema70 = { "type": "object", "additionalProperties": false, "required": ["at", "snapshot", "events"], "properties": { "at": { "type": "string", "format": "date-time" }, "snapshot": { "type": "string", "pattern": "^sha256:[0-9a-f]{64}$" }, "events": { "type": "integer", "minimum": 0 } } };
var pattern11 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
var schema56 = { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "verb": { "$ref": "#/definitions/Match" }, "apiGroup": { "$ref": "#/definitions/Match" }, "resource": { "$ref": "#/definitions/Match" }, "namespace": { "$ref": "#/definitions/Match" }, "name": { "$ref": "#/definitions/Match" }, "decision": { "enum": ["allow", "forbid"] }, "server": { "$ref": "#/definitions/Match" }, "tool": { "$ref": "#/definitions/Match" }, "outcome": { "$ref": "#/definitions/Match" }, "binary": { "$ref": "#/definitions/Match" }, "path": { "$ref": "#/definitions/Match" }, "endpoint": { "$ref": "#/definitions/Match" }, "rule": { "$ref": "#/definitions/Match" }, "eventName": { "$ref": "#/definitions/Match" }, "newBehaviour": { "type": "boolean" } } };
var schema57 = { "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }] };
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema56, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func9.call(schema56.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.verb !== void 0) {
      let data0 = data.verb;
      const _errs4 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs5 = errors;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/verb", schemaPath: "#/definitions/Match/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.oneOf[0], data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/verb", schemaPath: "#/definitions/Match/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.oneOf[0].type, parentSchema: schema57.oneOf[0], data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var _valid0 = _errs5 === errors;
      if (_valid0) {
        valid2 = true;
        passing0 = 0;
      }
      const _errs7 = errors;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err4 = { instancePath: instancePath + "/verb", schemaPath: "#/definitions/Match/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema57.oneOf[1], data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err5 = { instancePath: instancePath + "/verb/" + i0, schemaPath: "#/definitions/Match/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.oneOf[1].items, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/verb/" + i0, schemaPath: "#/definitions/Match/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.oneOf[1].items.type, parentSchema: schema57.oneOf[1].items, data: data1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/verb", schemaPath: "#/definitions/Match/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema57.oneOf[1].type, parentSchema: schema57.oneOf[1], data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var _valid0 = _errs7 === errors;
      if (_valid0 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid2 = true;
          passing0 = 1;
        }
      }
      if (!valid2) {
        const err8 = { instancePath: instancePath + "/verb", schemaPath: "#/definitions/Match/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema57.oneOf, parentSchema: schema57, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      } else {
        errors = _errs4;
        if (vErrors !== null) {
          if (_errs4) {
            vErrors.length = _errs4;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.apiGroup !== void 0) {
      let data2 = data.apiGroup;
      const _errs13 = errors;
      let valid6 = false;
      let passing1 = null;
      const _errs14 = errors;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err9 = { instancePath: instancePath + "/apiGroup", schemaPath: "#/definitions/Match/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.oneOf[0], data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/apiGroup", schemaPath: "#/definitions/Match/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.oneOf[0].type, parentSchema: schema57.oneOf[0], data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid1 = _errs14 === errors;
      if (_valid1) {
        valid6 = true;
        passing1 = 0;
      }
      const _errs16 = errors;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err11 = { instancePath: instancePath + "/apiGroup", schemaPath: "#/definitions/Match/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema57.oneOf[1], data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err12 = { instancePath: instancePath + "/apiGroup/" + i1, schemaPath: "#/definitions/Match/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.oneOf[1].items, data: data3 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/apiGroup/" + i1, schemaPath: "#/definitions/Match/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.oneOf[1].items.type, parentSchema: schema57.oneOf[1].items, data: data3 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/apiGroup", schemaPath: "#/definitions/Match/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema57.oneOf[1].type, parentSchema: schema57.oneOf[1], data: data2 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var _valid1 = _errs16 === errors;
      if (_valid1 && valid6) {
        valid6 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid6 = true;
          passing1 = 1;
        }
      }
      if (!valid6) {
        const err15 = { instancePath: instancePath + "/apiGroup", schemaPath: "#/definitions/Match/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema57.oneOf, parentSchema: schema57, data: data2 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      } else {
        errors = _errs13;
        if (vErrors !== null) {
          if (_errs13) {
            vErrors.length = _errs13;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.resource !== void 0) {
      let data4 = data.resource;
      const _errs22 = errors;
      let valid10 = false;
      let passing2 = null;
      const _errs23 = errors;
      if (typeof data4 === "string") {
        if (func2(data4) < 1) {
          const err16 = { instancePath: instancePath + "/resource", schemaPath: "#/definitions/Match/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.oneOf[0], data: data4 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/resource", schemaPath: "#/definitions/Match/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.oneOf[0].type, parentSchema: schema57.oneOf[0], data: data4 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      var _valid2 = _errs23 === errors;
      if (_valid2) {
        valid10 = true;
        passing2 = 0;
      }
      const _errs25 = errors;
      if (Array.isArray(data4)) {
        if (data4.length < 1) {
          const err18 = { instancePath: instancePath + "/resource", schemaPath: "#/definitions/Match/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema57.oneOf[1], data: data4 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        const len2 = data4.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data5 = data4[i2];
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err19 = { instancePath: instancePath + "/resource/" + i2, schemaPath: "#/definitions/Match/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.oneOf[1].items, data: data5 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/resource/" + i2, schemaPath: "#/definitions/Match/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.oneOf[1].items.type, parentSchema: schema57.oneOf[1].items, data: data5 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/resource", schemaPath: "#/definitions/Match/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema57.oneOf[1].type, parentSchema: schema57.oneOf[1], data: data4 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      var _valid2 = _errs25 === errors;
      if (_valid2 && valid10) {
        valid10 = false;
        passing2 = [passing2, 1];
      } else {
        if (_valid2) {
          valid10 = true;
          passing2 = 1;
        }
      }
      if (!valid10) {
        const err22 = { instancePath: instancePath + "/resource", schemaPath: "#/definitions/Match/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema57.oneOf, parentSchema: schema57, data: data4 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      } else {
        errors = _errs22;
        if (vErrors !== null) {
          if (_errs22) {
            vErrors.length = _errs22;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.namespace !== void 0) {
      let data6 = data.namespace;
      const _errs31 = errors;
      let valid14 = false;
      let passing3 = null;
      const _errs32 = errors;
      if (typeof data6 === "string") {
        if (func2(data6) < 1) {
          const err23 = { instancePath: instancePath + "/namespace", schemaPath: "#/definitions/Match/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.oneOf[0], data: data6 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/namespace", schemaPath: "#/definitions/Match/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.oneOf[0].type, parentSchema: schema57.oneOf[0], data: data6 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      var _valid3 = _errs32 === errors;
      if (_valid3) {
        valid14 = true;
        passing3 = 0;
      }
      const _errs34 = errors;
      if (Array.isArray(data6)) {
        if (data6.length < 1) {
          const err25 = { instancePath: instancePath + "/namespace", schemaPath: "#/definitions/Match/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema57.oneOf[1], data: data6 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        const len3 = data6.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data7 = data6[i3];
          if (typeof data7 === "string") {
            if (func2(data7) < 1) {
              const err26 = { instancePath: instancePath + "/namespace/" + i3, schemaPath: "#/definitions/Match/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.oneOf[1].items, data: data7 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/namespace/" + i3, schemaPath: "#/definitions/Match/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.oneOf[1].items.type, parentSchema: schema57.oneOf[1].items, data: data7 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/namespace", schemaPath: "#/definitions/Match/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema57.oneOf[1].type, parentSchema: schema57.oneOf[1], data: data6 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      var _valid3 = _errs34 === errors;
      if (_valid3 && valid14) {
        valid14 = false;
        passing3 = [passing3, 1];
      } else {
        if (_valid3) {
          valid14 = true;
          passing3 = 1;
        }
      }
      if (!valid14) {
        const err29 = { instancePath: instancePath + "/namespace", schemaPath: "#/definitions/Match/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf", schema: schema57.oneOf, parentSchema: schema57, data: data6 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      } else {
        errors = _errs31;
        if (vErrors !== null) {
          if (_errs31) {
            vErrors.length = _errs31;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.name !== void 0) {
      let data8 = data.name;
      const _errs40 = errors;
      let valid18 = false;
      let passing4 = null;
      const _errs41 = errors;
      if (typeof data8 === "string") {
        if (func2(data8) < 1) {
          const err30 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/Match/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.oneOf[0], data: data8 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      } else {
        const err31 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/Match/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.oneOf[0].type, parentSchema: schema57.oneOf[0], data: data8 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      var _valid4 = _errs41 === errors;
      if (_valid4) {
        valid18 = true;
        passing4 = 0;
      }
      const _errs43 = errors;
      if (Array.isArray(data8)) {
        if (data8.length < 1) {
          const err32 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/Match/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema57.oneOf[1], data: data8 };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        const len4 = data8.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data9 = data8[i4];
          if (typeof data9 === "string") {
            if (func2(data9) < 1) {
              const err33 = { instancePath: instancePath + "/name/" + i4, schemaPath: "#/definitions/Match/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.oneOf[1].items, data: data9 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = { instancePath: instancePath + "/name/" + i4, schemaPath: "#/definitions/Match/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.oneOf[1].items.type, parentSchema: schema57.oneOf[1].items, data: data9 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/Match/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema57.oneOf[1].type, parentSchema: schema57.oneOf[1], data: data8 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
      var _valid4 = _errs43 === errors;
      if (_valid4 && valid18) {
        valid18 = false;
        passing4 = [passing4, 1];
      } else {
        if (_valid4) {
          valid18 = true;
          passing4 = 1;
        }
      }
      if (!valid18) {
        const err36 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/Match/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf", schema: schema57.oneOf, parentSchema: schema57, data: data8 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      } else {
        errors = _errs40;
        if (vErrors !== null) {
          if (_errs40) {
            vErrors.length = _errs40;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.decision !== void 0) {
      let data10 = data.decision;
      if (!(data10 === "allow" || data10 === "forbid")) {
        const err37 = { instancePath: instancePath + "/decision", schemaPath: "#/properties/decision/enum", keyword: "enum", params: { allowedValues: schema56.properties.decision.enum }, message: "must be equal to one of the allowed values", schema: schema56.properties.decision.enum, parentSchema: schema56.properties.decision, data: data10 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.server !== void 0) {
      let data11 = data.server;
      const _errs50 = errors;
      let valid22 = false;
      let passing5 = null;
      const _errs51 = errors;
      if (typeof data11 === "string") {
        if (func2(data11) < 1) {
          const err38 = { instancePath: instancePath + "/server", schemaPath: "#/definitions/Match/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.oneOf[0], data: data11 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      } else {
        const err39 = { instancePath: instancePath + "/server", schemaPath: "#/definitions/Match/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.oneOf[0].type, parentSchema: schema57.oneOf[0], data: data11 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
      var _valid5 = _errs51 === errors;
      if (_valid5) {
        valid22 = true;
        passing5 = 0;
      }
      const _errs53 = errors;
      if (Array.isArray(data11)) {
        if (data11.length < 1) {
          const err40 = { instancePath: instancePath + "/server", schemaPath: "#/definitions/Match/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema57.oneOf[1], data: data11 };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
        const len5 = data11.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data12 = data11[i5];
          if (typeof data12 === "string") {
            if (func2(data12) < 1) {
              const err41 = { instancePath: instancePath + "/server/" + i5, schemaPath: "#/definitions/Match/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.oneOf[1].items, data: data12 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          } else {
            const err42 = { instancePath: instancePath + "/server/" + i5, schemaPath: "#/definitions/Match/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.oneOf[1].items.type, parentSchema: schema57.oneOf[1].items, data: data12 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/server", schemaPath: "#/definitions/Match/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema57.oneOf[1].type, parentSchema: schema57.oneOf[1], data: data11 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
      var _valid5 = _errs53 === errors;
      if (_valid5 && valid22) {
        valid22 = false;
        passing5 = [passing5, 1];
      } else {
        if (_valid5) {
          valid22 = true;
          passing5 = 1;
        }
      }
      if (!valid22) {
        const err44 = { instancePath: instancePath + "/server", schemaPath: "#/definitions/Match/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf", schema: schema57.oneOf, parentSchema: schema57, data: data11 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      } else {
        errors = _errs50;
        if (vErrors !== null) {
          if (_errs50) {
            vErrors.length = _errs50;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.tool !== void 0) {
      let data13 = data.tool;
      const _errs59 = errors;
      let valid26 = false;
      let passing6 = null;
      const _errs60 = errors;
      if (typeof data13 === "string") {
        if (func2(data13) < 1) {
          const err45 = { instancePath: instancePath + "/tool", schemaPath: "#/definitions/Match/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.oneOf[0], data: data13 };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
      } else {
        const err46 = { instancePath: instancePath + "/tool", schemaPath: "#/definitions/Match/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.oneOf[0].type, parentSchema: schema57.oneOf[0], data: data13 };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
      var _valid6 = _errs60 === errors;
      if (_valid6) {
        valid26 = true;
        passing6 = 0;
      }
      const _errs62 = errors;
      if (Array.isArray(data13)) {
        if (data13.length < 1) {
          const err47 = { instancePath: instancePath + "/tool", schemaPath: "#/definitions/Match/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema57.oneOf[1], data: data13 };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
        const len6 = data13.length;
        for (let i6 = 0; i6 < len6; i6++) {
          let data14 = data13[i6];
          if (typeof data14 === "string") {
            if (func2(data14) < 1) {
              const err48 = { instancePath: instancePath + "/tool/" + i6, schemaPath: "#/definitions/Match/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.oneOf[1].items, data: data14 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          } else {
            const err49 = { instancePath: instancePath + "/tool/" + i6, schemaPath: "#/definitions/Match/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.oneOf[1].items.type, parentSchema: schema57.oneOf[1].items, data: data14 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
      } else {
        const err50 = { instancePath: instancePath + "/tool", schemaPath: "#/definitions/Match/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema57.oneOf[1].type, parentSchema: schema57.oneOf[1], data: data13 };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
      var _valid6 = _errs62 === errors;
      if (_valid6 && valid26) {
        valid26 = false;
        passing6 = [passing6, 1];
      } else {
        if (_valid6) {
          valid26 = true;
          passing6 = 1;
        }
      }
      if (!valid26) {
        const err51 = { instancePath: instancePath + "/tool", schemaPath: "#/definitions/Match/oneOf", keyword: "oneOf", params: { passingSchemas: passing6 }, message: "must match exactly one schema in oneOf", schema: schema57.oneOf, parentSchema: schema57, data: data13 };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      } else {
        errors = _errs59;
        if (vErrors !== null) {
          if (_errs59) {
            vErrors.length = _errs59;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.outcome !== void 0) {
      let data15 = data.outcome;
      const _errs68 = errors;
      let valid30 = false;
      let passing7 = null;
      const _errs69 = errors;
      if (typeof data15 === "string") {
        if (func2(data15) < 1) {
          const err52 = { instancePath: instancePath + "/outcome", schemaPath: "#/definitions/Match/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.oneOf[0], data: data15 };
          if (vErrors === null) {
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
      } else {
        const err53 = { instancePath: instancePath + "/outcome", schemaPath: "#/definitions/Match/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.oneOf[0].type, parentSchema: schema57.oneOf[0], data: data15 };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
      var _valid7 = _errs69 === errors;
      if (_valid7) {
        valid30 = true;
        passing7 = 0;
      }
      const _errs71 = errors;
      if (Array.isArray(data15)) {
        if (data15.length < 1) {
          const err54 = { instancePath: instancePath + "/outcome", schemaPath: "#/definitions/Match/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema57.oneOf[1], data: data15 };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
        const len7 = data15.length;
        for (let i7 = 0; i7 < len7; i7++) {
          let data16 = data15[i7];
          if (typeof data16 === "string") {
            if (func2(data16) < 1) {
              const err55 = { instancePath: instancePath + "/outcome/" + i7, schemaPath: "#/definitions/Match/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.oneOf[1].items, data: data16 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          } else {
            const err56 = { instancePath: instancePath + "/outcome/" + i7, schemaPath: "#/definitions/Match/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.oneOf[1].items.type, parentSchema: schema57.oneOf[1].items, data: data16 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
      } else {
        const err57 = { instancePath: instancePath + "/outcome", schemaPath: "#/definitions/Match/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema57.oneOf[1].type, parentSchema: schema57.oneOf[1], data: data15 };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
      var _valid7 = _errs71 === errors;
      if (_valid7 && valid30) {
        valid30 = false;
        passing7 = [passing7, 1];
      } else {
        if (_valid7) {
          valid30 = true;
          passing7 = 1;
        }
      }
      if (!valid30) {
        const err58 = { instancePath: instancePath + "/outcome", schemaPath: "#/definitions/Match/oneOf", keyword: "oneOf", params: { passingSchemas: passing7 }, message: "must match exactly one schema in oneOf", schema: schema57.oneOf, parentSchema: schema57, data: data15 };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      } else {
        errors = _errs68;
        if (vErrors !== null) {
          if (_errs68) {
            vErrors.length = _errs68;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.binary !== void 0) {
      let data17 = data.binary;
      const _errs77 = errors;
      let valid34 = false;
      let passing8 = null;
      const _errs78 = errors;
      if (typeof data17 === "string") {
        if (func2(data17) < 1) {
          const err59 = { instancePath: instancePath + "/binary", schemaPath: "#/definitions/Match/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.oneOf[0], data: data17 };
          if (vErrors === null) {
            vErrors = [err59];
          } else {
            vErrors.push(err59);
          }
          errors++;
        }
      } else {
        const err60 = { instancePath: instancePath + "/binary", schemaPath: "#/definitions/Match/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.oneOf[0].type, parentSchema: schema57.oneOf[0], data: data17 };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
      var _valid8 = _errs78 === errors;
      if (_valid8) {
        valid34 = true;
        passing8 = 0;
      }
      const _errs80 = errors;
      if (Array.isArray(data17)) {
        if (data17.length < 1) {
          const err61 = { instancePath: instancePath + "/binary", schemaPath: "#/definitions/Match/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema57.oneOf[1], data: data17 };
          if (vErrors === null) {
            vErrors = [err61];
          } else {
            vErrors.push(err61);
          }
          errors++;
        }
        const len8 = data17.length;
        for (let i8 = 0; i8 < len8; i8++) {
          let data18 = data17[i8];
          if (typeof data18 === "string") {
            if (func2(data18) < 1) {
              const err62 = { instancePath: instancePath + "/binary/" + i8, schemaPath: "#/definitions/Match/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.oneOf[1].items, data: data18 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          } else {
            const err63 = { instancePath: instancePath + "/binary/" + i8, schemaPath: "#/definitions/Match/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.oneOf[1].items.type, parentSchema: schema57.oneOf[1].items, data: data18 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
      } else {
        const err64 = { instancePath: instancePath + "/binary", schemaPath: "#/definitions/Match/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema57.oneOf[1].type, parentSchema: schema57.oneOf[1], data: data17 };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
      var _valid8 = _errs80 === errors;
      if (_valid8 && valid34) {
        valid34 = false;
        passing8 = [passing8, 1];
      } else {
        if (_valid8) {
          valid34 = true;
          passing8 = 1;
        }
      }
      if (!valid34) {
        const err65 = { instancePath: instancePath + "/binary", schemaPath: "#/definitions/Match/oneOf", keyword: "oneOf", params: { passingSchemas: passing8 }, message: "must match exactly one schema in oneOf", schema: schema57.oneOf, parentSchema: schema57, data: data17 };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      } else {
        errors = _errs77;
        if (vErrors !== null) {
          if (_errs77) {
            vErrors.length = _errs77;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.path !== void 0) {
      let data19 = data.path;
      const _errs86 = errors;
      let valid38 = false;
      let passing9 = null;
      const _errs87 = errors;
      if (typeof data19 === "string") {
        if (func2(data19) < 1) {
          const err66 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/Match/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.oneOf[0], data: data19 };
          if (vErrors === null) {
            vErrors = [err66];
          } else {
            vErrors.push(err66);
          }
          errors++;
        }
      } else {
        const err67 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/Match/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.oneOf[0].type, parentSchema: schema57.oneOf[0], data: data19 };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
      var _valid9 = _errs87 === errors;
      if (_valid9) {
        valid38 = true;
        passing9 = 0;
      }
      const _errs89 = errors;
      if (Array.isArray(data19)) {
        if (data19.length < 1) {
          const err68 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/Match/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema57.oneOf[1], data: data19 };
          if (vErrors === null) {
            vErrors = [err68];
          } else {
            vErrors.push(err68);
          }
          errors++;
        }
        const len9 = data19.length;
        for (let i9 = 0; i9 < len9; i9++) {
          let data20 = data19[i9];
          if (typeof data20 === "string") {
            if (func2(data20) < 1) {
              const err69 = { instancePath: instancePath + "/path/" + i9, schemaPath: "#/definitions/Match/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.oneOf[1].items, data: data20 };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
          } else {
            const err70 = { instancePath: instancePath + "/path/" + i9, schemaPath: "#/definitions/Match/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.oneOf[1].items.type, parentSchema: schema57.oneOf[1].items, data: data20 };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
      } else {
        const err71 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/Match/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema57.oneOf[1].type, parentSchema: schema57.oneOf[1], data: data19 };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
      var _valid9 = _errs89 === errors;
      if (_valid9 && valid38) {
        valid38 = false;
        passing9 = [passing9, 1];
      } else {
        if (_valid9) {
          valid38 = true;
          passing9 = 1;
        }
      }
      if (!valid38) {
        const err72 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/Match/oneOf", keyword: "oneOf", params: { passingSchemas: passing9 }, message: "must match exactly one schema in oneOf", schema: schema57.oneOf, parentSchema: schema57, data: data19 };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      } else {
        errors = _errs86;
        if (vErrors !== null) {
          if (_errs86) {
            vErrors.length = _errs86;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.endpoint !== void 0) {
      let data21 = data.endpoint;
      const _errs95 = errors;
      let valid42 = false;
      let passing10 = null;
      const _errs96 = errors;
      if (typeof data21 === "string") {
        if (func2(data21) < 1) {
          const err73 = { instancePath: instancePath + "/endpoint", schemaPath: "#/definitions/Match/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.oneOf[0], data: data21 };
          if (vErrors === null) {
            vErrors = [err73];
          } else {
            vErrors.push(err73);
          }
          errors++;
        }
      } else {
        const err74 = { instancePath: instancePath + "/endpoint", schemaPath: "#/definitions/Match/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.oneOf[0].type, parentSchema: schema57.oneOf[0], data: data21 };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
      var _valid10 = _errs96 === errors;
      if (_valid10) {
        valid42 = true;
        passing10 = 0;
      }
      const _errs98 = errors;
      if (Array.isArray(data21)) {
        if (data21.length < 1) {
          const err75 = { instancePath: instancePath + "/endpoint", schemaPath: "#/definitions/Match/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema57.oneOf[1], data: data21 };
          if (vErrors === null) {
            vErrors = [err75];
          } else {
            vErrors.push(err75);
          }
          errors++;
        }
        const len10 = data21.length;
        for (let i10 = 0; i10 < len10; i10++) {
          let data22 = data21[i10];
          if (typeof data22 === "string") {
            if (func2(data22) < 1) {
              const err76 = { instancePath: instancePath + "/endpoint/" + i10, schemaPath: "#/definitions/Match/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.oneOf[1].items, data: data22 };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
          } else {
            const err77 = { instancePath: instancePath + "/endpoint/" + i10, schemaPath: "#/definitions/Match/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.oneOf[1].items.type, parentSchema: schema57.oneOf[1].items, data: data22 };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
      } else {
        const err78 = { instancePath: instancePath + "/endpoint", schemaPath: "#/definitions/Match/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema57.oneOf[1].type, parentSchema: schema57.oneOf[1], data: data21 };
        if (vErrors === null) {
          vErrors = [err78];
        } else {
          vErrors.push(err78);
        }
        errors++;
      }
      var _valid10 = _errs98 === errors;
      if (_valid10 && valid42) {
        valid42 = false;
        passing10 = [passing10, 1];
      } else {
        if (_valid10) {
          valid42 = true;
          passing10 = 1;
        }
      }
      if (!valid42) {
        const err79 = { instancePath: instancePath + "/endpoint", schemaPath: "#/definitions/Match/oneOf", keyword: "oneOf", params: { passingSchemas: passing10 }, message: "must match exactly one schema in oneOf", schema: schema57.oneOf, parentSchema: schema57, data: data21 };
        if (vErrors === null) {
          vErrors = [err79];
        } else {
          vErrors.push(err79);
        }
        errors++;
      } else {
        errors = _errs95;
        if (vErrors !== null) {
          if (_errs95) {
            vErrors.length = _errs95;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.rule !== void 0) {
      let data23 = data.rule;
      const _errs104 = errors;
      let valid46 = false;
      let passing11 = null;
      const _errs105 = errors;
      if (typeof data23 === "string") {
        if (func2(data23) < 1) {
          const err80 = { instancePath: instancePath + "/rule", schemaPath: "#/definitions/Match/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.oneOf[0], data: data23 };
          if (vErrors === null) {
            vErrors = [err80];
          } else {
            vErrors.push(err80);
          }
          errors++;
        }
      } else {
        const err81 = { instancePath: instancePath + "/rule", schemaPath: "#/definitions/Match/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.oneOf[0].type, parentSchema: schema57.oneOf[0], data: data23 };
        if (vErrors === null) {
          vErrors = [err81];
        } else {
          vErrors.push(err81);
        }
        errors++;
      }
      var _valid11 = _errs105 === errors;
      if (_valid11) {
        valid46 = true;
        passing11 = 0;
      }
      const _errs107 = errors;
      if (Array.isArray(data23)) {
        if (data23.length < 1) {
          const err82 = { instancePath: instancePath + "/rule", schemaPath: "#/definitions/Match/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema57.oneOf[1], data: data23 };
          if (vErrors === null) {
            vErrors = [err82];
          } else {
            vErrors.push(err82);
          }
          errors++;
        }
        const len11 = data23.length;
        for (let i11 = 0; i11 < len11; i11++) {
          let data24 = data23[i11];
          if (typeof data24 === "string") {
            if (func2(data24) < 1) {
              const err83 = { instancePath: instancePath + "/rule/" + i11, schemaPath: "#/definitions/Match/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.oneOf[1].items, data: data24 };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
            }
          } else {
            const err84 = { instancePath: instancePath + "/rule/" + i11, schemaPath: "#/definitions/Match/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.oneOf[1].items.type, parentSchema: schema57.oneOf[1].items, data: data24 };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
      } else {
        const err85 = { instancePath: instancePath + "/rule", schemaPath: "#/definitions/Match/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema57.oneOf[1].type, parentSchema: schema57.oneOf[1], data: data23 };
        if (vErrors === null) {
          vErrors = [err85];
        } else {
          vErrors.push(err85);
        }
        errors++;
      }
      var _valid11 = _errs107 === errors;
      if (_valid11 && valid46) {
        valid46 = false;
        passing11 = [passing11, 1];
      } else {
        if (_valid11) {
          valid46 = true;
          passing11 = 1;
        }
      }
      if (!valid46) {
        const err86 = { instancePath: instancePath + "/rule", schemaPath: "#/definitions/Match/oneOf", keyword: "oneOf", params: { passingSchemas: passing11 }, message: "must match exactly one schema in oneOf", schema: schema57.oneOf, parentSchema: schema57, data: data23 };
        if (vErrors === null) {
          vErrors = [err86];
        } else {
          vErrors.push(err86);
        }
        errors++;
      } else {
        errors = _errs104;
        if (vErrors !== null) {
          if (_errs104) {
            vErrors.length = _errs104;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.eventName !== void 0) {
      let data25 = data.eventName;
      const _errs113 = errors;
      let valid50 = false;
      let passing12 = null;
      const _errs114 = errors;
      if (typeof data25 === "string") {
        if (func2(data25) < 1) {
          const err87 = { instancePath: instancePath + "/eventName", schemaPath: "#/definitions/Match/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.oneOf[0], data: data25 };
          if (vErrors === null) {
            vErrors = [err87];
          } else {
            vErrors.push(err87);
          }
          errors++;
        }
      } else {
        const err88 = { instancePath: instancePath + "/eventName", schemaPath: "#/definitions/Match/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.oneOf[0].type, parentSchema: schema57.oneOf[0], data: data25 };
        if (vErrors === null) {
          vErrors = [err88];
        } else {
          vErrors.push(err88);
        }
        errors++;
      }
      var _valid12 = _errs114 === errors;
      if (_valid12) {
        valid50 = true;
        passing12 = 0;
      }
      const _errs116 = errors;
      if (Array.isArray(data25)) {
        if (data25.length < 1) {
          const err89 = { instancePath: instancePath + "/eventName", schemaPath: "#/definitions/Match/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema57.oneOf[1], data: data25 };
          if (vErrors === null) {
            vErrors = [err89];
          } else {
            vErrors.push(err89);
          }
          errors++;
        }
        const len12 = data25.length;
        for (let i12 = 0; i12 < len12; i12++) {
          let data26 = data25[i12];
          if (typeof data26 === "string") {
            if (func2(data26) < 1) {
              const err90 = { instancePath: instancePath + "/eventName/" + i12, schemaPath: "#/definitions/Match/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.oneOf[1].items, data: data26 };
              if (vErrors === null) {
                vErrors = [err90];
              } else {
                vErrors.push(err90);
              }
              errors++;
            }
          } else {
            const err91 = { instancePath: instancePath + "/eventName/" + i12, schemaPath: "#/definitions/Match/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.oneOf[1].items.type, parentSchema: schema57.oneOf[1].items, data: data26 };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
        }
      } else {
        const err92 = { instancePath: instancePath + "/eventName", schemaPath: "#/definitions/Match/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema57.oneOf[1].type, parentSchema: schema57.oneOf[1], data: data25 };
        if (vErrors === null) {
          vErrors = [err92];
        } else {
          vErrors.push(err92);
        }
        errors++;
      }
      var _valid12 = _errs116 === errors;
      if (_valid12 && valid50) {
        valid50 = false;
        passing12 = [passing12, 1];
      } else {
        if (_valid12) {
          valid50 = true;
          passing12 = 1;
        }
      }
      if (!valid50) {
        const err93 = { instancePath: instancePath + "/eventName", schemaPath: "#/definitions/Match/oneOf", keyword: "oneOf", params: { passingSchemas: passing12 }, message: "must match exactly one schema in oneOf", schema: schema57.oneOf, parentSchema: schema57, data: data25 };
        if (vErrors === null) {
          vErrors = [err93];
        } else {
          vErrors.push(err93);
        }
        errors++;
      } else {
        errors = _errs113;
        if (vErrors !== null) {
          if (_errs113) {
            vErrors.length = _errs113;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.newBehaviour !== void 0) {
      let data27 = data.newBehaviour;
      if (typeof data27 !== "boolean") {
        const err94 = { instancePath: instancePath + "/newBehaviour", schemaPath: "#/properties/newBehaviour/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema56.properties.newBehaviour.type, parentSchema: schema56.properties.newBehaviour, data: data27 };
        if (vErrors === null) {
          vErrors = [err94];
        } else {
          vErrors.push(err94);
        }
        errors++;
      }
    }
  } else {
    const err95 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.type, parentSchema: schema56, data };
    if (vErrors === null) {
      vErrors = [err95];
    } else {
      vErrors.push(err95);
    }
    errors++;
  }
  validate36.errors = vErrors;
  return errors === 0;
}
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.source === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: schema53.required, parentSchema: schema53, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.signal === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "signal" }, message: "must have required property 'signal'", schema: schema53.required, parentSchema: schema53, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "source" || key0 === "signal" || key0 === "validated" || key0 === "fired")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema53, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern1.test(data0)) {
          const err3 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/Id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$", parentSchema: schema31, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/Id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.type, parentSchema: schema31, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data1 = data.source;
      if (!(data1 === "kube-audit" || data1 === "ebpf" || data1 === "sdk-callback" || data1 === "mcp-log" || data1 === "iam-events" || data1 === "db-audit" || data1 === "admission" || data1 === "cni")) {
        const err5 = { instancePath: instancePath + "/source", schemaPath: "#/definitions/TelemetrySource/enum", keyword: "enum", params: { allowedValues: schema34.enum }, message: "must be equal to one of the allowed values", schema: schema34.enum, parentSchema: schema34, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.signal !== void 0) {
      let data2 = data.signal;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.description === void 0) {
          const err6 = { instancePath: instancePath + "/signal", schemaPath: "#/properties/signal/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema53.properties.signal.required, parentSchema: schema53.properties.signal, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "description" || key1 === "match")) {
            const err7 = { instancePath: instancePath + "/signal", schemaPath: "#/properties/signal/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema53.properties.signal, data: data2 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data2.description !== void 0) {
          let data3 = data2.description;
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err8 = { instancePath: instancePath + "/signal/description", schemaPath: "#/properties/signal/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema53.properties.signal.properties.description, data: data3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/signal/description", schemaPath: "#/properties/signal/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.properties.signal.properties.description.type, parentSchema: schema53.properties.signal.properties.description, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data2.match !== void 0) {
          if (!validate36(data2.match, { instancePath: instancePath + "/signal/match", parentData: data2, parentDataProperty: "match", rootData })) {
            vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/signal", schemaPath: "#/properties/signal/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema53.properties.signal.type, parentSchema: schema53.properties.signal, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.validated !== void 0) {
      let data5 = data.validated;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.at === void 0) {
          const err11 = { instancePath: instancePath + "/validated", schemaPath: "#/definitions/Validation/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'", schema: schema70.required, parentSchema: schema70, data: data5 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data5.snapshot === void 0) {
          const err12 = { instancePath: instancePath + "/validated", schemaPath: "#/definitions/Validation/required", keyword: "required", params: { missingProperty: "snapshot" }, message: "must have required property 'snapshot'", schema: schema70.required, parentSchema: schema70, data: data5 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data5.events === void 0) {
          const err13 = { instancePath: instancePath + "/validated", schemaPath: "#/definitions/Validation/required", keyword: "required", params: { missingProperty: "events" }, message: "must have required property 'events'", schema: schema70.required, parentSchema: schema70, data: data5 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        for (const key2 in data5) {
          if (!(key2 === "at" || key2 === "snapshot" || key2 === "events")) {
            const err14 = { instancePath: instancePath + "/validated", schemaPath: "#/definitions/Validation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema70, data: data5 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data5.at !== void 0) {
          let data6 = data5.at;
          if (typeof data6 === "string") {
            if (!formats0.validate.test(data6)) {
              const err15 = { instancePath: instancePath + "/validated/at", schemaPath: "#/definitions/Validation/properties/at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema70.properties.at, data: data6 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/validated/at", schemaPath: "#/definitions/Validation/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema70.properties.at.type, parentSchema: schema70.properties.at, data: data6 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data5.snapshot !== void 0) {
          let data7 = data5.snapshot;
          if (typeof data7 === "string") {
            if (!pattern11.test(data7)) {
              const err17 = { instancePath: instancePath + "/validated/snapshot", schemaPath: "#/definitions/Validation/properties/snapshot/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"', schema: "^sha256:[0-9a-f]{64}$", parentSchema: schema70.properties.snapshot, data: data7 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/validated/snapshot", schemaPath: "#/definitions/Validation/properties/snapshot/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema70.properties.snapshot.type, parentSchema: schema70.properties.snapshot, data: data7 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data5.events !== void 0) {
          let data8 = data5.events;
          if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
            const err19 = { instancePath: instancePath + "/validated/events", schemaPath: "#/definitions/Validation/properties/events/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema70.properties.events.type, parentSchema: schema70.properties.events, data: data8 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          if (typeof data8 == "number" && isFinite(data8)) {
            if (data8 < 0 || isNaN(data8)) {
              const err20 = { instancePath: instancePath + "/validated/events", schemaPath: "#/definitions/Validation/properties/events/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema70.properties.events, data: data8 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/validated", schemaPath: "#/definitions/Validation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema70.type, parentSchema: schema70, data: data5 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.fired !== void 0) {
      let data9 = data.fired;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.at === void 0) {
          const err22 = { instancePath: instancePath + "/fired", schemaPath: "#/definitions/Validation/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'", schema: schema70.required, parentSchema: schema70, data: data9 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data9.snapshot === void 0) {
          const err23 = { instancePath: instancePath + "/fired", schemaPath: "#/definitions/Validation/required", keyword: "required", params: { missingProperty: "snapshot" }, message: "must have required property 'snapshot'", schema: schema70.required, parentSchema: schema70, data: data9 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data9.events === void 0) {
          const err24 = { instancePath: instancePath + "/fired", schemaPath: "#/definitions/Validation/required", keyword: "required", params: { missingProperty: "events" }, message: "must have required property 'events'", schema: schema70.required, parentSchema: schema70, data: data9 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        for (const key3 in data9) {
          if (!(key3 === "at" || key3 === "snapshot" || key3 === "events")) {
            const err25 = { instancePath: instancePath + "/fired", schemaPath: "#/definitions/Validation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema70, data: data9 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data9.at !== void 0) {
          let data10 = data9.at;
          if (typeof data10 === "string") {
            if (!formats0.validate.test(data10)) {
              const err26 = { instancePath: instancePath + "/fired/at", schemaPath: "#/definitions/Validation/properties/at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema70.properties.at, data: data10 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/fired/at", schemaPath: "#/definitions/Validation/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema70.properties.at.type, parentSchema: schema70.properties.at, data: data10 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data9.snapshot !== void 0) {
          let data11 = data9.snapshot;
          if (typeof data11 === "string") {
            if (!pattern11.test(data11)) {
              const err28 = { instancePath: instancePath + "/fired/snapshot", schemaPath: "#/definitions/Validation/properties/snapshot/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"', schema: "^sha256:[0-9a-f]{64}$", parentSchema: schema70.properties.snapshot, data: data11 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = { instancePath: instancePath + "/fired/snapshot", schemaPath: "#/definitions/Validation/properties/snapshot/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema70.properties.snapshot.type, parentSchema: schema70.properties.snapshot, data: data11 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data9.events !== void 0) {
          let data12 = data9.events;
          if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
            const err30 = { instancePath: instancePath + "/fired/events", schemaPath: "#/definitions/Validation/properties/events/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema70.properties.events.type, parentSchema: schema70.properties.events, data: data12 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
          if (typeof data12 == "number" && isFinite(data12)) {
            if (data12 < 0 || isNaN(data12)) {
              const err31 = { instancePath: instancePath + "/fired/events", schemaPath: "#/definitions/Validation/properties/events/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema70.properties.events, data: data12 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/fired", schemaPath: "#/definitions/Validation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema70.type, parentSchema: schema70, data: data9 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
  } else {
    const err33 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema53.type, parentSchema: schema53, data };
    if (vErrors === null) {
      vErrors = [err33];
    } else {
      vErrors.push(err33);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
var schema74 = { "type": "object", "additionalProperties": false, "required": ["event", "always"], "properties": { "event": { "$ref": "#/definitions/ReopenEvent" }, "always": { "const": true } } };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.event === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "event" }, message: "must have required property 'event'", schema: schema74.required, parentSchema: schema74, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.always === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "always" }, message: "must have required property 'always'", schema: schema74.required, parentSchema: schema74, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "event" || key0 === "always")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema74, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.event !== void 0) {
      let data0 = data.event;
      if (!(data0 === "mcp-connection-added" || data0 === "mcp-connection-removed" || data0 === "model-version-updated" || data0 === "tool-surface-modified" || data0 === "autonomy-tier-changed" || data0 === "permissions-changed" || data0 === "baseline-drift" || data0 === "signal-fired")) {
        const err3 = { instancePath: instancePath + "/event", schemaPath: "#/definitions/ReopenEvent/enum", keyword: "enum", params: { allowedValues: schema37.enum }, message: "must be equal to one of the allowed values", schema: schema37.enum, parentSchema: schema37, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.always !== void 0) {
      let data1 = data.always;
      if (true !== data1) {
        const err4 = { instancePath: instancePath + "/always", schemaPath: "#/properties/always/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant", schema: true, parentSchema: schema74.properties.always, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema74.type, parentSchema: schema74, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
var schema76 = { "type": "object", "additionalProperties": false, "required": ["event", "at"], "properties": { "event": { "$ref": "#/definitions/ReopenEvent" }, "ref": { "type": "string" }, "at": { "type": "string", "format": "date-time" }, "subject": { "type": "string" } } };
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.event === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "event" }, message: "must have required property 'event'", schema: schema76.required, parentSchema: schema76, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.at === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'", schema: schema76.required, parentSchema: schema76, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "event" || key0 === "ref" || key0 === "at" || key0 === "subject")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema76, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.event !== void 0) {
      let data0 = data.event;
      if (!(data0 === "mcp-connection-added" || data0 === "mcp-connection-removed" || data0 === "model-version-updated" || data0 === "tool-surface-modified" || data0 === "autonomy-tier-changed" || data0 === "permissions-changed" || data0 === "baseline-drift" || data0 === "signal-fired")) {
        const err3 = { instancePath: instancePath + "/event", schemaPath: "#/definitions/ReopenEvent/enum", keyword: "enum", params: { allowedValues: schema37.enum }, message: "must be equal to one of the allowed values", schema: schema37.enum, parentSchema: schema37, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.ref !== void 0) {
      let data1 = data.ref;
      if (typeof data1 !== "string") {
        const err4 = { instancePath: instancePath + "/ref", schemaPath: "#/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.properties.ref.type, parentSchema: schema76.properties.ref, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.at !== void 0) {
      let data2 = data.at;
      if (typeof data2 === "string") {
        if (!formats0.validate.test(data2)) {
          const err5 = { instancePath: instancePath + "/at", schemaPath: "#/properties/at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema76.properties.at, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/at", schemaPath: "#/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.properties.at.type, parentSchema: schema76.properties.at, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.subject !== void 0) {
      let data3 = data.subject;
      if (typeof data3 !== "string") {
        const err7 = { instancePath: instancePath + "/subject", schemaPath: "#/properties/subject/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.properties.subject.type, parentSchema: schema76.properties.subject, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema76.type, parentSchema: schema76, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema47.required, parentSchema: schema47, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema47.required, parentSchema: schema47, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.class === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "class" }, message: "must have required property 'class'", schema: schema47.required, parentSchema: schema47, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.layer === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "layer" }, message: "must have required property 'layer'", schema: schema47.required, parentSchema: schema47, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.components === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "components" }, message: "must have required property 'components'", schema: schema47.required, parentSchema: schema47, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema47.required, parentSchema: schema47, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.evidence === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "evidence" }, message: "must have required property 'evidence'", schema: schema47.required, parentSchema: schema47, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func9.call(schema47.properties, key0)) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47, data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern1.test(data0)) {
          const err8 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/Id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$", parentSchema: schema31, data: data0 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/Id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.type, parentSchema: schema31, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err10 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.properties.title, data: data1 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.title.type, parentSchema: schema47.properties.title, data: data1 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 !== "string") {
        const err12 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.description.type, parentSchema: schema47.properties.description, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.class !== void 0) {
      let data3 = data.class;
      if (!(data3 === "coercion" || data3 === "compromise")) {
        const err13 = { instancePath: instancePath + "/class", schemaPath: "#/properties/class/enum", keyword: "enum", params: { allowedValues: schema47.properties.class.enum }, message: "must be equal to one of the allowed values", schema: schema47.properties.class.enum, parentSchema: schema47.properties.class, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.layer !== void 0) {
      let data4 = data.layer;
      if (!(data4 === "L1" || data4 === "L2" || data4 === "L3" || data4 === "L4" || data4 === "L5" || data4 === "L6" || data4 === "L7" || data4 === "cross-layer")) {
        const err14 = { instancePath: instancePath + "/layer", schemaPath: "#/properties/layer/enum", keyword: "enum", params: { allowedValues: schema47.properties.layer.enum }, message: "must be equal to one of the allowed values", schema: schema47.properties.layer.enum, parentSchema: schema47.properties.layer, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.layers !== void 0) {
      let data5 = data.layers;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (!(data6 === "L1" || data6 === "L2" || data6 === "L3" || data6 === "L4" || data6 === "L5" || data6 === "L6" || data6 === "L7")) {
            const err15 = { instancePath: instancePath + "/layers/" + i0, schemaPath: "#/properties/layers/items/enum", keyword: "enum", params: { allowedValues: schema47.properties.layers.items.enum }, message: "must be equal to one of the allowed values", schema: schema47.properties.layers.items.enum, parentSchema: schema47.properties.layers.items, data: data6 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/layers", schemaPath: "#/properties/layers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema47.properties.layers.type, parentSchema: schema47.properties.layers, data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.owasp !== void 0) {
      let data7 = data.owasp;
      if (Array.isArray(data7)) {
        const len1 = data7.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data8 = data7[i1];
          if (typeof data8 === "string") {
            if (!pattern7.test(data8)) {
              const err17 = { instancePath: instancePath + "/owasp/" + i1, schemaPath: "#/properties/owasp/items/pattern", keyword: "pattern", params: { pattern: "^T([1-9]|1[0-5])$" }, message: 'must match pattern "^T([1-9]|1[0-5])$"', schema: "^T([1-9]|1[0-5])$", parentSchema: schema47.properties.owasp.items, data: data8 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/owasp/" + i1, schemaPath: "#/properties/owasp/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.owasp.items.type, parentSchema: schema47.properties.owasp.items, data: data8 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        let i2 = data7.length;
        let j0;
        if (i2 > 1) {
          const indices0 = {};
          for (; i2--; ) {
            let item0 = data7[i2];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err19 = { instancePath: instancePath + "/owasp", schemaPath: "#/properties/owasp/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: true, parentSchema: schema47.properties.owasp, data: data7 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
              break;
            }
            indices0[item0] = i2;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/owasp", schemaPath: "#/properties/owasp/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema47.properties.owasp.type, parentSchema: schema47.properties.owasp, data: data7 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.components !== void 0) {
      let data9 = data.components;
      if (Array.isArray(data9)) {
        if (data9.length < 1) {
          const err21 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema47.properties.components, data: data9 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        const len2 = data9.length;
        for (let i3 = 0; i3 < len2; i3++) {
          let data10 = data9[i3];
          if (typeof data10 === "string") {
            if (!pattern1.test(data10)) {
              const err22 = { instancePath: instancePath + "/components/" + i3, schemaPath: "#/definitions/Id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$", parentSchema: schema31, data: data10 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/components/" + i3, schemaPath: "#/definitions/Id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.type, parentSchema: schema31, data: data10 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema47.properties.components.type, parentSchema: schema47.properties.components, data: data9 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.capability !== void 0) {
      let data11 = data.capability;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        for (const key1 in data11) {
          if (!(key1 === "description" || key1 === "rules" || key1 === "tools")) {
            const err25 = { instancePath: instancePath + "/capability", schemaPath: "#/definitions/Capability/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50, data: data11 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data11.description !== void 0) {
          let data12 = data11.description;
          if (typeof data12 !== "string") {
            const err26 = { instancePath: instancePath + "/capability/description", schemaPath: "#/definitions/Capability/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.description.type, parentSchema: schema50.properties.description, data: data12 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data11.rules !== void 0) {
          let data13 = data11.rules;
          if (Array.isArray(data13)) {
            const len3 = data13.length;
            for (let i4 = 0; i4 < len3; i4++) {
              let data14 = data13[i4];
              if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                if (data14.resources === void 0) {
                  const err27 = { instancePath: instancePath + "/capability/rules/" + i4, schemaPath: "#/definitions/Capability/properties/rules/items/required", keyword: "required", params: { missingProperty: "resources" }, message: "must have required property 'resources'", schema: schema50.properties.rules.items.required, parentSchema: schema50.properties.rules.items, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                if (data14.verbs === void 0) {
                  const err28 = { instancePath: instancePath + "/capability/rules/" + i4, schemaPath: "#/definitions/Capability/properties/rules/items/required", keyword: "required", params: { missingProperty: "verbs" }, message: "must have required property 'verbs'", schema: schema50.properties.rules.items.required, parentSchema: schema50.properties.rules.items, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
                for (const key2 in data14) {
                  if (!(key2 === "apiGroups" || key2 === "resources" || key2 === "verbs")) {
                    const err29 = { instancePath: instancePath + "/capability/rules/" + i4, schemaPath: "#/definitions/Capability/properties/rules/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50.properties.rules.items, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
                if (data14.apiGroups !== void 0) {
                  let data15 = data14.apiGroups;
                  if (Array.isArray(data15)) {
                    const len4 = data15.length;
                    for (let i5 = 0; i5 < len4; i5++) {
                      let data16 = data15[i5];
                      if (typeof data16 !== "string") {
                        const err30 = { instancePath: instancePath + "/capability/rules/" + i4 + "/apiGroups/" + i5, schemaPath: "#/definitions/Capability/properties/rules/items/properties/apiGroups/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.rules.items.properties.apiGroups.items.type, parentSchema: schema50.properties.rules.items.properties.apiGroups.items, data: data16 };
                        if (vErrors === null) {
                          vErrors = [err30];
                        } else {
                          vErrors.push(err30);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err31 = { instancePath: instancePath + "/capability/rules/" + i4 + "/apiGroups", schemaPath: "#/definitions/Capability/properties/rules/items/properties/apiGroups/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.properties.rules.items.properties.apiGroups.type, parentSchema: schema50.properties.rules.items.properties.apiGroups, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
                if (data14.resources !== void 0) {
                  let data17 = data14.resources;
                  if (Array.isArray(data17)) {
                    if (data17.length < 1) {
                      const err32 = { instancePath: instancePath + "/capability/rules/" + i4 + "/resources", schemaPath: "#/definitions/Capability/properties/rules/items/properties/resources/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema50.properties.rules.items.properties.resources, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err32];
                      } else {
                        vErrors.push(err32);
                      }
                      errors++;
                    }
                    const len5 = data17.length;
                    for (let i6 = 0; i6 < len5; i6++) {
                      let data18 = data17[i6];
                      if (typeof data18 === "string") {
                        if (func2(data18) < 1) {
                          const err33 = { instancePath: instancePath + "/capability/rules/" + i4 + "/resources/" + i6, schemaPath: "#/definitions/Capability/properties/rules/items/properties/resources/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50.properties.rules.items.properties.resources.items, data: data18 };
                          if (vErrors === null) {
                            vErrors = [err33];
                          } else {
                            vErrors.push(err33);
                          }
                          errors++;
                        }
                      } else {
                        const err34 = { instancePath: instancePath + "/capability/rules/" + i4 + "/resources/" + i6, schemaPath: "#/definitions/Capability/properties/rules/items/properties/resources/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.rules.items.properties.resources.items.type, parentSchema: schema50.properties.rules.items.properties.resources.items, data: data18 };
                        if (vErrors === null) {
                          vErrors = [err34];
                        } else {
                          vErrors.push(err34);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err35 = { instancePath: instancePath + "/capability/rules/" + i4 + "/resources", schemaPath: "#/definitions/Capability/properties/rules/items/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.properties.rules.items.properties.resources.type, parentSchema: schema50.properties.rules.items.properties.resources, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
                if (data14.verbs !== void 0) {
                  let data19 = data14.verbs;
                  if (Array.isArray(data19)) {
                    if (data19.length < 1) {
                      const err36 = { instancePath: instancePath + "/capability/rules/" + i4 + "/verbs", schemaPath: "#/definitions/Capability/properties/rules/items/properties/verbs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema50.properties.rules.items.properties.verbs, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err36];
                      } else {
                        vErrors.push(err36);
                      }
                      errors++;
                    }
                    const len6 = data19.length;
                    for (let i7 = 0; i7 < len6; i7++) {
                      let data20 = data19[i7];
                      if (typeof data20 === "string") {
                        if (func2(data20) < 1) {
                          const err37 = { instancePath: instancePath + "/capability/rules/" + i4 + "/verbs/" + i7, schemaPath: "#/definitions/Capability/properties/rules/items/properties/verbs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50.properties.rules.items.properties.verbs.items, data: data20 };
                          if (vErrors === null) {
                            vErrors = [err37];
                          } else {
                            vErrors.push(err37);
                          }
                          errors++;
                        }
                      } else {
                        const err38 = { instancePath: instancePath + "/capability/rules/" + i4 + "/verbs/" + i7, schemaPath: "#/definitions/Capability/properties/rules/items/properties/verbs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.rules.items.properties.verbs.items.type, parentSchema: schema50.properties.rules.items.properties.verbs.items, data: data20 };
                        if (vErrors === null) {
                          vErrors = [err38];
                        } else {
                          vErrors.push(err38);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err39 = { instancePath: instancePath + "/capability/rules/" + i4 + "/verbs", schemaPath: "#/definitions/Capability/properties/rules/items/properties/verbs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.properties.rules.items.properties.verbs.type, parentSchema: schema50.properties.rules.items.properties.verbs, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
              } else {
                const err40 = { instancePath: instancePath + "/capability/rules/" + i4, schemaPath: "#/definitions/Capability/properties/rules/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.properties.rules.items.type, parentSchema: schema50.properties.rules.items, data: data14 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
          } else {
            const err41 = { instancePath: instancePath + "/capability/rules", schemaPath: "#/definitions/Capability/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.properties.rules.type, parentSchema: schema50.properties.rules, data: data13 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data11.tools !== void 0) {
          let data21 = data11.tools;
          if (Array.isArray(data21)) {
            const len7 = data21.length;
            for (let i8 = 0; i8 < len7; i8++) {
              let data22 = data21[i8];
              if (typeof data22 === "string") {
                if (func2(data22) < 1) {
                  const err42 = { instancePath: instancePath + "/capability/tools/" + i8, schemaPath: "#/definitions/Capability/properties/tools/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50.properties.tools.items, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
              } else {
                const err43 = { instancePath: instancePath + "/capability/tools/" + i8, schemaPath: "#/definitions/Capability/properties/tools/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.tools.items.type, parentSchema: schema50.properties.tools.items, data: data22 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
          } else {
            const err44 = { instancePath: instancePath + "/capability/tools", schemaPath: "#/definitions/Capability/properties/tools/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.properties.tools.type, parentSchema: schema50.properties.tools, data: data21 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = { instancePath: instancePath + "/capability", schemaPath: "#/definitions/Capability/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.type, parentSchema: schema50, data: data11 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.cvss !== void 0) {
      let data23 = data.cvss;
      if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
        if (data23.base === void 0) {
          const err46 = { instancePath: instancePath + "/cvss", schemaPath: "#/definitions/Cvss/required", keyword: "required", params: { missingProperty: "base" }, message: "must have required property 'base'", schema: schema51.required, parentSchema: schema51, data: data23 };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
        for (const key3 in data23) {
          if (!(key3 === "base" || key3 === "vector" || key3 === "exploitMaturity")) {
            const err47 = { instancePath: instancePath + "/cvss", schemaPath: "#/definitions/Cvss/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51, data: data23 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data23.base !== void 0) {
          let data24 = data23.base;
          if (typeof data24 == "number" && isFinite(data24)) {
            if (data24 > 10 || isNaN(data24)) {
              const err48 = { instancePath: instancePath + "/cvss/base", schemaPath: "#/definitions/Cvss/properties/base/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema51.properties.base, data: data24 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            if (data24 < 0 || isNaN(data24)) {
              const err49 = { instancePath: instancePath + "/cvss/base", schemaPath: "#/definitions/Cvss/properties/base/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema51.properties.base, data: data24 };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          } else {
            const err50 = { instancePath: instancePath + "/cvss/base", schemaPath: "#/definitions/Cvss/properties/base/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema51.properties.base.type, parentSchema: schema51.properties.base, data: data24 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data23.vector !== void 0) {
          let data25 = data23.vector;
          if (typeof data25 === "string") {
            if (!pattern9.test(data25)) {
              const err51 = { instancePath: instancePath + "/cvss/vector", schemaPath: "#/definitions/Cvss/properties/vector/pattern", keyword: "pattern", params: { pattern: "^CVSS:4\\.0/" }, message: 'must match pattern "^CVSS:4\\.0/"', schema: "^CVSS:4\\.0/", parentSchema: schema51.properties.vector, data: data25 };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          } else {
            const err52 = { instancePath: instancePath + "/cvss/vector", schemaPath: "#/definitions/Cvss/properties/vector/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.vector.type, parentSchema: schema51.properties.vector, data: data25 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data23.exploitMaturity !== void 0) {
          let data26 = data23.exploitMaturity;
          if (!(data26 === "attacked" || data26 === "poc" || data26 === "unreported")) {
            const err53 = { instancePath: instancePath + "/cvss/exploitMaturity", schemaPath: "#/definitions/Cvss/properties/exploitMaturity/enum", keyword: "enum", params: { allowedValues: schema51.properties.exploitMaturity.enum }, message: "must be equal to one of the allowed values", schema: schema51.properties.exploitMaturity.enum, parentSchema: schema51.properties.exploitMaturity, data: data26 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
      } else {
        const err54 = { instancePath: instancePath + "/cvss", schemaPath: "#/definitions/Cvss/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.type, parentSchema: schema51, data: data23 };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.aivss !== void 0) {
      let data27 = data.aivss;
      if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
        if (data27.score === void 0) {
          const err55 = { instancePath: instancePath + "/aivss", schemaPath: "#/definitions/AivssResult/required", keyword: "required", params: { missingProperty: "score" }, message: "must have required property 'score'", schema: schema52.required, parentSchema: schema52, data: data27 };
          if (vErrors === null) {
            vErrors = [err55];
          } else {
            vErrors.push(err55);
          }
          errors++;
        }
        if (data27.severity === void 0) {
          const err56 = { instancePath: instancePath + "/aivss", schemaPath: "#/definitions/AivssResult/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'", schema: schema52.required, parentSchema: schema52, data: data27 };
          if (vErrors === null) {
            vErrors = [err56];
          } else {
            vErrors.push(err56);
          }
          errors++;
        }
        if (data27.vector === void 0) {
          const err57 = { instancePath: instancePath + "/aivss", schemaPath: "#/definitions/AivssResult/required", keyword: "required", params: { missingProperty: "vector" }, message: "must have required property 'vector'", schema: schema52.required, parentSchema: schema52, data: data27 };
          if (vErrors === null) {
            vErrors = [err57];
          } else {
            vErrors.push(err57);
          }
          errors++;
        }
        for (const key4 in data27) {
          if (!(key4 === "score" || key4 === "severity" || key4 === "vector")) {
            const err58 = { instancePath: instancePath + "/aivss", schemaPath: "#/definitions/AivssResult/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52, data: data27 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data27.score !== void 0) {
          let data28 = data27.score;
          if (typeof data28 == "number" && isFinite(data28)) {
            if (data28 > 10 || isNaN(data28)) {
              const err59 = { instancePath: instancePath + "/aivss/score", schemaPath: "#/definitions/AivssResult/properties/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema52.properties.score, data: data28 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
            if (data28 < 0 || isNaN(data28)) {
              const err60 = { instancePath: instancePath + "/aivss/score", schemaPath: "#/definitions/AivssResult/properties/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema52.properties.score, data: data28 };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
          } else {
            const err61 = { instancePath: instancePath + "/aivss/score", schemaPath: "#/definitions/AivssResult/properties/score/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema52.properties.score.type, parentSchema: schema52.properties.score, data: data28 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data27.severity !== void 0) {
          let data29 = data27.severity;
          if (!(data29 === "None" || data29 === "Low" || data29 === "Medium" || data29 === "High" || data29 === "Critical")) {
            const err62 = { instancePath: instancePath + "/aivss/severity", schemaPath: "#/definitions/AivssResult/properties/severity/enum", keyword: "enum", params: { allowedValues: schema52.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema52.properties.severity.enum, parentSchema: schema52.properties.severity, data: data29 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data27.vector !== void 0) {
          let data30 = data27.vector;
          if (typeof data30 !== "string") {
            const err63 = { instancePath: instancePath + "/aivss/vector", schemaPath: "#/definitions/AivssResult/properties/vector/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.vector.type, parentSchema: schema52.properties.vector, data: data30 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
      } else {
        const err64 = { instancePath: instancePath + "/aivss", schemaPath: "#/definitions/AivssResult/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data: data27 };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data31 = data.status;
      if (!(data31 === "open" || data31 === "closed" || data31 === "accepted")) {
        const err65 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema47.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema47.properties.status.enum, parentSchema: schema47.properties.status, data: data31 };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    }
    if (data.evidence !== void 0) {
      let data32 = data.evidence;
      if (Array.isArray(data32)) {
        const len8 = data32.length;
        for (let i9 = 0; i9 < len8; i9++) {
          if (!validate35(data32[i9], { instancePath: instancePath + "/evidence/" + i9, parentData: data32, parentDataProperty: i9, rootData })) {
            vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err66 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema47.properties.evidence.type, parentSchema: schema47.properties.evidence, data: data32 };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      }
    }
    if (data.acceptance !== void 0) {
      let data34 = data.acceptance;
      if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
        if (data34.by === void 0) {
          const err67 = { instancePath: instancePath + "/acceptance", schemaPath: "#/definitions/Acceptance/required", keyword: "required", params: { missingProperty: "by" }, message: "must have required property 'by'", schema: schema46.required, parentSchema: schema46, data: data34 };
          if (vErrors === null) {
            vErrors = [err67];
          } else {
            vErrors.push(err67);
          }
          errors++;
        }
        if (data34.reason === void 0) {
          const err68 = { instancePath: instancePath + "/acceptance", schemaPath: "#/definitions/Acceptance/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema46.required, parentSchema: schema46, data: data34 };
          if (vErrors === null) {
            vErrors = [err68];
          } else {
            vErrors.push(err68);
          }
          errors++;
        }
        for (const key5 in data34) {
          if (!(key5 === "by" || key5 === "reason" || key5 === "reReviewBy" || key5 === "at")) {
            const err69 = { instancePath: instancePath + "/acceptance", schemaPath: "#/definitions/Acceptance/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema46, data: data34 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        if (data34.by !== void 0) {
          let data35 = data34.by;
          if (typeof data35 === "string") {
            if (func2(data35) < 1) {
              const err70 = { instancePath: instancePath + "/acceptance/by", schemaPath: "#/definitions/Acceptance/properties/by/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema46.properties.by, data: data35 };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
          } else {
            const err71 = { instancePath: instancePath + "/acceptance/by", schemaPath: "#/definitions/Acceptance/properties/by/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.by.type, parentSchema: schema46.properties.by, data: data35 };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
        if (data34.reason !== void 0) {
          let data36 = data34.reason;
          if (typeof data36 === "string") {
            if (func2(data36) < 1) {
              const err72 = { instancePath: instancePath + "/acceptance/reason", schemaPath: "#/definitions/Acceptance/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema46.properties.reason, data: data36 };
              if (vErrors === null) {
                vErrors = [err72];
              } else {
                vErrors.push(err72);
              }
              errors++;
            }
          } else {
            const err73 = { instancePath: instancePath + "/acceptance/reason", schemaPath: "#/definitions/Acceptance/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.reason.type, parentSchema: schema46.properties.reason, data: data36 };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
        if (data34.reReviewBy !== void 0) {
          let data37 = data34.reReviewBy;
          if (typeof data37 === "string") {
            if (!formats6.validate.test(data37)) {
              const err74 = { instancePath: instancePath + "/acceptance/reReviewBy", schemaPath: "#/definitions/Acceptance/properties/reReviewBy/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema46.properties.reReviewBy, data: data37 };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
          } else {
            const err75 = { instancePath: instancePath + "/acceptance/reReviewBy", schemaPath: "#/definitions/Acceptance/properties/reReviewBy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.reReviewBy.type, parentSchema: schema46.properties.reReviewBy, data: data37 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
        if (data34.at !== void 0) {
          let data38 = data34.at;
          if (typeof data38 === "string") {
            if (!formats6.validate.test(data38)) {
              const err76 = { instancePath: instancePath + "/acceptance/at", schemaPath: "#/definitions/Acceptance/properties/at/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema46.properties.at, data: data38 };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
          } else {
            const err77 = { instancePath: instancePath + "/acceptance/at", schemaPath: "#/definitions/Acceptance/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.at.type, parentSchema: schema46.properties.at, data: data38 };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
      } else {
        const err78 = { instancePath: instancePath + "/acceptance", schemaPath: "#/definitions/Acceptance/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema46.type, parentSchema: schema46, data: data34 };
        if (vErrors === null) {
          vErrors = [err78];
        } else {
          vErrors.push(err78);
        }
        errors++;
      }
    }
    if (data.reopenOn !== void 0) {
      let data39 = data.reopenOn;
      if (Array.isArray(data39)) {
        const len9 = data39.length;
        for (let i10 = 0; i10 < len9; i10++) {
          let data40 = data39[i10];
          const _errs87 = errors;
          let valid33 = false;
          let passing0 = null;
          const _errs88 = errors;
          if (!(data40 === "mcp-connection-added" || data40 === "mcp-connection-removed" || data40 === "model-version-updated" || data40 === "tool-surface-modified" || data40 === "autonomy-tier-changed" || data40 === "permissions-changed" || data40 === "baseline-drift" || data40 === "signal-fired")) {
            const err79 = { instancePath: instancePath + "/reopenOn/" + i10, schemaPath: "#/definitions/ReopenEvent/enum", keyword: "enum", params: { allowedValues: schema37.enum }, message: "must be equal to one of the allowed values", schema: schema37.enum, parentSchema: schema37, data: data40 };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
          var _valid0 = _errs88 === errors;
          if (_valid0) {
            valid33 = true;
            passing0 = 0;
          }
          const _errs90 = errors;
          if (!validate39(data40, { instancePath: instancePath + "/reopenOn/" + i10, parentData: data39, parentDataProperty: i10, rootData })) {
            vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
            errors = vErrors.length;
          }
          var _valid0 = _errs90 === errors;
          if (_valid0 && valid33) {
            valid33 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid33 = true;
              passing0 = 1;
            }
          }
          if (!valid33) {
            const err80 = { instancePath: instancePath + "/reopenOn/" + i10, schemaPath: "#/properties/reopenOn/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema47.properties.reopenOn.items.oneOf, parentSchema: schema47.properties.reopenOn.items, data: data40 };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          } else {
            errors = _errs87;
            if (vErrors !== null) {
              if (_errs87) {
                vErrors.length = _errs87;
              } else {
                vErrors = null;
              }
            }
          }
        }
        let i11 = data39.length;
        let j1;
        if (i11 > 1) {
          outer0: for (; i11--; ) {
            for (j1 = i11; j1--; ) {
              if (func0(data39[i11], data39[j1])) {
                const err81 = { instancePath: instancePath + "/reopenOn", schemaPath: "#/properties/reopenOn/uniqueItems", keyword: "uniqueItems", params: { i: i11, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i11 + " are identical)", schema: true, parentSchema: schema47.properties.reopenOn, data: data39 };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err82 = { instancePath: instancePath + "/reopenOn", schemaPath: "#/properties/reopenOn/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema47.properties.reopenOn.type, parentSchema: schema47.properties.reopenOn, data: data39 };
        if (vErrors === null) {
          vErrors = [err82];
        } else {
          vErrors.push(err82);
        }
        errors++;
      }
    }
    if (data.reopened !== void 0) {
      if (!validate41(data.reopened, { instancePath: instancePath + "/reopened", parentData: data, parentDataProperty: "reopened", rootData })) {
        vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
        errors = vErrors.length;
      }
    }
    if (data.added !== void 0) {
      if (!validate22(data.added, { instancePath: instancePath + "/added", parentData: data, parentDataProperty: "added", rootData })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.orphaned !== void 0) {
      if (!validate22(data.orphaned, { instancePath: instancePath + "/orphaned", parentData: data, parentDataProperty: "orphaned", rootData })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.mitigations !== void 0) {
      let data44 = data.mitigations;
      if (Array.isArray(data44)) {
        const len10 = data44.length;
        for (let i12 = 0; i12 < len10; i12++) {
          let data45 = data44[i12];
          if (typeof data45 === "string") {
            if (func2(data45) < 1) {
              const err83 = { instancePath: instancePath + "/mitigations/" + i12, schemaPath: "#/properties/mitigations/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.properties.mitigations.items, data: data45 };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
            }
          } else {
            const err84 = { instancePath: instancePath + "/mitigations/" + i12, schemaPath: "#/properties/mitigations/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.mitigations.items.type, parentSchema: schema47.properties.mitigations.items, data: data45 };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
      } else {
        const err85 = { instancePath: instancePath + "/mitigations", schemaPath: "#/properties/mitigations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema47.properties.mitigations.type, parentSchema: schema47.properties.mitigations, data: data44 };
        if (vErrors === null) {
          vErrors = [err85];
        } else {
          vErrors.push(err85);
        }
        errors++;
      }
    }
    if (data.references !== void 0) {
      let data46 = data.references;
      if (Array.isArray(data46)) {
        const len11 = data46.length;
        for (let i13 = 0; i13 < len11; i13++) {
          let data47 = data46[i13];
          if (typeof data47 === "string") {
            if (func2(data47) < 1) {
              const err86 = { instancePath: instancePath + "/references/" + i13, schemaPath: "#/properties/references/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.properties.references.items, data: data47 };
              if (vErrors === null) {
                vErrors = [err86];
              } else {
                vErrors.push(err86);
              }
              errors++;
            }
          } else {
            const err87 = { instancePath: instancePath + "/references/" + i13, schemaPath: "#/properties/references/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.references.items.type, parentSchema: schema47.properties.references.items, data: data47 };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
        }
      } else {
        const err88 = { instancePath: instancePath + "/references", schemaPath: "#/properties/references/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema47.properties.references.type, parentSchema: schema47.properties.references, data: data46 };
        if (vErrors === null) {
          vErrors = [err88];
        } else {
          vErrors.push(err88);
        }
        errors++;
      }
    }
  } else {
    const err89 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.type, parentSchema: schema47, data };
    if (vErrors === null) {
      vErrors = [err89];
    } else {
      vErrors.push(err89);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.agent === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "agent" }, message: "must have required property 'agent'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.components === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "components" }, message: "must have required property 'components'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.threats === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "threats" }, message: "must have required property 'threats'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "agent" || key0 === "components" || key0 === "delegations" || key0 === "permissions" || key0 === "threats")) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if ("threatcat.dev/v1alpha1" !== data0) {
        const err7 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "threatcat.dev/v1alpha1" }, message: "must be equal to constant", schema: "threatcat.dev/v1alpha1", parentSchema: schema11.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if ("ThreatCatalog" !== data1) {
        const err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "ThreatCatalog" }, message: "must be equal to constant", schema: "ThreatCatalog", parentSchema: schema11.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      if (!validate11(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.agent !== void 0) {
      if (!validate15(data.agent, { instancePath: instancePath + "/agent", parentData: data, parentDataProperty: "agent", rootData })) {
        vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
        errors = vErrors.length;
      }
    }
    if (data.components !== void 0) {
      let data4 = data.components;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate21(data4[i0], { instancePath: instancePath + "/components/" + i0, parentData: data4, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.components.type, parentSchema: schema11.properties.components, data: data4 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.delegations !== void 0) {
      let data6 = data.delegations;
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate26(data6[i1], { instancePath: instancePath + "/delegations/" + i1, parentData: data6, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/delegations", schemaPath: "#/properties/delegations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.delegations.type, parentSchema: schema11.properties.delegations, data: data6 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.permissions !== void 0) {
      let data8 = data.permissions;
      if (Array.isArray(data8)) {
        const len2 = data8.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate30(data8[i2], { instancePath: instancePath + "/permissions/" + i2, parentData: data8, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/permissions", schemaPath: "#/properties/permissions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.permissions.type, parentSchema: schema11.properties.permissions, data: data8 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.threats !== void 0) {
      let data10 = data.threats;
      if (Array.isArray(data10)) {
        const len3 = data10.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!validate34(data10[i3], { instancePath: instancePath + "/threats/" + i3, parentData: data10, parentDataProperty: i3, rootData })) {
            vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/threats", schemaPath: "#/properties/threats/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.threats.type, parentSchema: schema11.properties.threats, data: data10 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/analyse/schema-findings.ts
function schemaFindings(catalog) {
  return checkSchema(catalog).findings;
}
function checkSchema(catalog) {
  if (catalog_validator_default(catalog.data)) return { findings: [], paths: [] };
  const errors = pickErrors(catalog_validator_default.errors ?? []);
  const paths = [];
  const findings = errors.map((err) => {
    const path = pointerToPath(err.instancePath);
    const isUnknownKey = err.keyword === "additionalProperties";
    const nodePath = isUnknownKey ? [...path, err.params.additionalProperty] : path;
    paths.push(nodePath);
    const at = catalog.locate(nodePath, { key: isUnknownKey });
    const detail = err.keyword === "required" ? `#${err.params.missingProperty}` : `#${err.keyword}`;
    return {
      rule: SCHEMA_RULE,
      severity: "error",
      ...at,
      message: describe(err, path, catalog.data),
      key: `${stablePath(catalog.data, nodePath)}${detail}`
    };
  });
  return { findings, paths };
}
function stablePath(data, path) {
  let node = data;
  let out = "";
  for (const seg of path) {
    const next = node !== null && typeof node === "object" ? node[seg] : void 0;
    if (typeof seg === "number") {
      const id = next !== null && typeof next === "object" ? next.id : void 0;
      out += typeof id === "string" ? `[${id}]` : `[${seg}]`;
    } else {
      out += out ? `.${seg}` : seg;
    }
    node = next;
  }
  return out;
}
function pickErrors(errors) {
  const byPath = /* @__PURE__ */ new Map();
  for (const e of errors) {
    const key = e.keyword === "additionalProperties" ? `${e.instancePath}/${e.params.additionalProperty}` : e.instancePath;
    byPath.set(key, [...byPath.get(key) ?? [], e]);
  }
  const picked = [];
  for (const list of byPath.values()) {
    const specific = list.filter((e) => e.keyword !== "oneOf" && e.keyword !== "anyOf" && e.keyword !== "if");
    const pool = specific.length > 0 ? specific : list;
    const types = pool.filter((e) => e.keyword === "type");
    if (types.length > 1) {
      picked.push({
        ...types[0],
        params: { type: types.map((t) => t.params.type).join(" or ") }
      });
    } else {
      picked.push(pool[0]);
    }
  }
  return picked.filter(
    (e) => !(e.keyword === "oneOf" && picked.some((o) => o !== e && o.instancePath.startsWith(`${e.instancePath}/`)))
  );
}
function pointerToPath(pointer) {
  if (pointer === "") return [];
  return pointer.split("/").slice(1).map((seg) => {
    const s = seg.replace(/~1/g, "/").replace(/~0/g, "~");
    return /^\d+$/.test(s) ? Number(s) : s;
  });
}
function where(path, data) {
  if (path.length === 0) return "the catalog";
  let node = data;
  return path.map((s, i) => {
    node = node !== null && typeof node === "object" ? node[s] : void 0;
    if (typeof s !== "number") return i === 0 ? s : `.${s}`;
    const id = node !== null && typeof node === "object" ? node.id : void 0;
    return typeof id === "string" ? `[${s}] (${id})` : `[${s}]`;
  }).join("");
}
function describe(err, path, data) {
  const p = err.params;
  const at = where(path, data);
  switch (err.keyword) {
    case "additionalProperties":
      return `unknown key '${p.additionalProperty}' in ${at}`;
    case "required":
      return `${at} is missing required key '${p.missingProperty}'`;
    case "enum": {
      const allowed = p.allowedValues;
      const quote = typeof err.data === "number" && allowed.includes(String(err.data)) ? ` (a number: write it quoted, "${err.data}")` : "";
      return `${at} must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}; got ${JSON.stringify(err.data)}${quote}`;
    }
    case "const":
      return `${at} must be ${JSON.stringify(p.allowedValue)}; got ${JSON.stringify(err.data)}`;
    case "type":
      return `${at} must be ${p.type}; got ${describeType(err.data)}`;
    case "pattern":
      return `${at} ${JSON.stringify(err.data)} does not match ${p.pattern}`;
    case "format":
      return `${at} must be a ${p.format} (${p.format === "date" ? "YYYY-MM-DD" : "RFC 3339, e.g. 2026-11-21T10:00:00Z"}); got ${JSON.stringify(err.data)}`;
    case "minItems":
      return `${at} must have at least ${p.limit} item${p.limit === 1 ? "" : "s"}`;
    case "uniqueItems":
      return `${at} has duplicate items (${p.j} and ${p.i})`;
    default:
      return `${at} ${err.message ?? "is invalid"}${err.data !== void 0 && typeof err.data !== "object" ? `; got ${JSON.stringify(err.data)}` : ""}`;
  }
}
function describeType(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  return `${typeof v} ${JSON.stringify(v)}`;
}

// src/analyse/rbac-match.ts
function policyRuleAllows(rule, req) {
  if (req.nonResourceURL !== void 0) {
    return verbMatches(rule.verbs, req.verb) && nonResourceURLMatches(rule.nonResourceURLs, req.nonResourceURL);
  }
  const combined = req.subresource ? `${req.resource ?? ""}/${req.subresource}` : req.resource ?? "";
  return verbMatches(rule.verbs, req.verb) && apiGroupMatches(rule.apiGroups, req.apiGroup ?? "") && resourceMatches(rule.resources, combined, req.subresource ?? "") && resourceNameMatches(rule.resourceNames, req.name ?? "");
}
function ruleAllows(p, req) {
  if (!scopeAllows(p, req)) return false;
  if (p.nonResourceURL !== void 0) {
    return req.nonResourceURL !== void 0 && policyRuleAllows({ verbs: [p.verb], nonResourceURLs: [p.nonResourceURL] }, req);
  }
  if (req.nonResourceURL !== void 0) return false;
  return policyRuleAllows(
    { verbs: [p.verb], apiGroups: [p.apiGroup], resources: [p.resource], resourceNames: p.resourceNames },
    req
  );
}
function scopeAllows(p, req) {
  if (p.namespace === "*") return true;
  if (req.nonResourceURL !== void 0) return false;
  return req.namespace !== void 0 && req.namespace !== "" && req.namespace === p.namespace;
}
function verbMatches(verbs, verb) {
  return (verbs ?? []).some((v) => v === "*" || v === verb);
}
function apiGroupMatches(groups, group) {
  return (groups ?? []).some((g) => g === "*" || g === group);
}
function resourceMatches(resources, combined, subresource) {
  for (const r of resources ?? []) {
    if (r === "*" || r === combined) return true;
    if (subresource === "") continue;
    if (r.length === subresource.length + 2 && r.startsWith("*/") && r.endsWith(subresource)) return true;
  }
  return false;
}
function resourceNameMatches(names, name) {
  if (!names || names.length === 0) return true;
  return names.includes(name);
}
function nonResourceURLMatches(urls, url) {
  for (const u of urls ?? []) {
    if (u === "*" || u === url) return true;
    if (u.endsWith("*") && url.startsWith(u.slice(0, -1))) return true;
  }
  return false;
}

export {
  baselineConvergence,
  updateBaseline,
  policyRuleAllows,
  ruleAllows,
  SCHEMA_RULE,
  MANIFEST_RULE,
  MANIFEST_NOT_RENDERED,
  UNREADABLE_INPUT,
  REOPEN_PENDING,
  THREAT_REOPENED,
  EVIDENCE_INVALIDATED,
  MALFORMED_RECORD,
  catalog_validator_default,
  schemaFindings,
  checkSchema,
  stablePath
};
