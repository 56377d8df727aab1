import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  FACTOR_KEYS,
  aivssBlock,
  computeAivss
} from "./chunk-2LPVWLPB.js";
import {
  makeLocator,
  packageRoot,
  parseSingleDocument,
  readTextFile,
  require_equal,
  require_formats,
  require_ucs2length
} from "./chunk-QTHQXRDJ.js";
import {
  InputError,
  __toESM
} from "./chunk-GFHVVTLE.js";

// src/read/library.ts
import { readdirSync } from "node:fs";
import { join } from "node:path";

// src/generated/library-validator.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var import_equal = __toESM(require_equal(), 1);
var import_formats = __toESM(require_formats(), 1);
var library_validator_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/threatcat/threatcat/v0.1.0/schema/library.schema.json", "type": "object", "additionalProperties": false, "required": ["apiVersion", "kind", "metadata", "templates"], "properties": { "apiVersion": { "const": "threatcat.dev/v1alpha1" }, "kind": { "const": "ThreatLibrary" }, "metadata": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, "description": { "type": "string" } } }, "templates": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/Template" } } }, "definitions": { "Template": { "type": "object", "additionalProperties": false, "required": ["id", "title", "description", "category", "class", "layer", "components", "evidence", "reopenOn"], "properties": { "id": { "$ref": "catalog.schema.json#/definitions/Id" }, "title": { "type": "string", "minLength": 1 }, "description": { "type": "string", "minLength": 1 }, "category": { "$ref": "#/definitions/Category" }, "class": { "enum": ["coercion", "compromise"] }, "layer": { "enum": ["L1", "L2", "L3", "L4", "L5", "L6", "L7", "cross-layer"] }, "layers": { "type": "array", "minItems": 2, "items": { "enum": ["L1", "L2", "L3", "L4", "L5", "L6", "L7"] } }, "owasp": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^T([1-9]|1[0-5])$" } }, "appliesWhen": { "type": "array", "items": { "$ref": "#/definitions/Condition" } }, "components": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/definitions/Category" } }, "capability": { "type": "string", "minLength": 1 }, "cvss": { "$ref": "catalog.schema.json#/definitions/Cvss" }, "evidence": { "type": "array", "minItems": 1, "items": { "$ref": "catalog.schema.json#/definitions/Evidence" } }, "reopenOn": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "catalog.schema.json#/definitions/ReopenEvent" } }, "mitigations": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "references": { "type": "array", "items": { "type": "string", "minLength": 1 } } } }, "Category": { "enum": ["inference", "mcp-tool", "rag-memory", "identity", "runtime", "delegation"] }, "Condition": { "type": "object", "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "properties": { "component": { "$ref": "#/definitions/Category" }, "permission": { "$ref": "#/definitions/PermissionCondition" }, "mcpServer": { "$ref": "#/definitions/McpCondition" }, "memory": { "type": "object", "additionalProperties": false, "required": ["engine"], "properties": { "engine": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } } } }, "autonomy": { "type": "array", "minItems": 1, "items": { "enum": ["manual", "approval", "autonomous"] } }, "codeExecution": { "const": true }, "any": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/Condition" } } } }, "PermissionCondition": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "verbs": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "resources": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "apiGroups": { "type": "array", "minItems": 1, "items": { "type": "string" } }, "scope": { "enum": ["cluster", "namespace"] }, "wildcard": { "const": true } } }, "McpCondition": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "matches": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "remote": { "const": true }, "min": { "type": "integer", "minimum": 1 } } } } };
var pattern0 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");
var schema12 = { "type": "object", "additionalProperties": false, "required": ["id", "title", "description", "category", "class", "layer", "components", "evidence", "reopenOn"], "properties": { "id": { "$ref": "catalog.schema.json#/definitions/Id" }, "title": { "type": "string", "minLength": 1 }, "description": { "type": "string", "minLength": 1 }, "category": { "$ref": "#/definitions/Category" }, "class": { "enum": ["coercion", "compromise"] }, "layer": { "enum": ["L1", "L2", "L3", "L4", "L5", "L6", "L7", "cross-layer"] }, "layers": { "type": "array", "minItems": 2, "items": { "enum": ["L1", "L2", "L3", "L4", "L5", "L6", "L7"] } }, "owasp": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^T([1-9]|1[0-5])$" } }, "appliesWhen": { "type": "array", "items": { "$ref": "#/definitions/Condition" } }, "components": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/definitions/Category" } }, "capability": { "type": "string", "minLength": 1 }, "cvss": { "$ref": "catalog.schema.json#/definitions/Cvss" }, "evidence": { "type": "array", "minItems": 1, "items": { "$ref": "catalog.schema.json#/definitions/Evidence" } }, "reopenOn": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "catalog.schema.json#/definitions/ReopenEvent" } }, "mitigations": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "references": { "type": "array", "items": { "type": "string", "minLength": 1 } } } };
var schema33 = { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$" };
var schema81 = { "enum": ["inference", "mcp-tool", "rag-memory", "identity", "runtime", "delegation"] };
var schema53 = { "type": "object", "additionalProperties": false, "required": ["base"], "properties": { "base": { "type": "number", "minimum": 0, "maximum": 10 }, "vector": { "type": "string", "pattern": "^CVSS:4\\.0/" }, "exploitMaturity": { "enum": ["attacked", "poc", "unreported"], "default": "poc" } } };
var schema39 = { "enum": ["mcp-connection-added", "mcp-connection-removed", "model-version-updated", "tool-surface-modified", "autonomy-tier-changed", "permissions-changed", "baseline-drift", "signal-fired"] };
var func2 = Object.prototype.hasOwnProperty;
var func3 = import_ucs2length.default.default;
var func0 = import_equal.default.default;
var pattern2 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$", "u");
var pattern8 = new RegExp("^T([1-9]|1[0-5])$", "u");
var pattern10 = new RegExp("^CVSS:4\\.0/", "u");
var schema82 = { "type": "object", "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "properties": { "component": { "$ref": "#/definitions/Category" }, "permission": { "$ref": "#/definitions/PermissionCondition" }, "mcpServer": { "$ref": "#/definitions/McpCondition" }, "memory": { "type": "object", "additionalProperties": false, "required": ["engine"], "properties": { "engine": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } } } }, "autonomy": { "type": "array", "minItems": 1, "items": { "enum": ["manual", "approval", "autonomous"] } }, "codeExecution": { "const": true }, "any": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/Condition" } } } };
var schema84 = { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "verbs": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "resources": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "apiGroups": { "type": "array", "minItems": 1, "items": { "type": "string" } }, "scope": { "enum": ["cluster", "namespace"] }, "wildcard": { "const": true } } };
var schema85 = { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "matches": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "remote": { "const": true }, "min": { "type": "integer", "minimum": 1 } } };
var wrapper0 = { validate: validate48 };
function validate48(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length > 1) {
      const err0 = { instancePath, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties", schema: 1, parentSchema: schema82, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (Object.keys(data).length < 1) {
      const err1 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema82, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "component" || key0 === "permission" || key0 === "mcpServer" || key0 === "memory" || key0 === "autonomy" || key0 === "codeExecution" || key0 === "any")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema82, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.component !== void 0) {
      let data0 = data.component;
      if (!(data0 === "inference" || data0 === "mcp-tool" || data0 === "rag-memory" || data0 === "identity" || data0 === "runtime" || data0 === "delegation")) {
        const err3 = { instancePath: instancePath + "/component", schemaPath: "#/definitions/Category/enum", keyword: "enum", params: { allowedValues: schema81.enum }, message: "must be equal to one of the allowed values", schema: schema81.enum, parentSchema: schema81, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.permission !== void 0) {
      let data1 = data.permission;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (Object.keys(data1).length < 1) {
          const err4 = { instancePath: instancePath + "/permission", schemaPath: "#/definitions/PermissionCondition/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema84, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === "verbs" || key1 === "resources" || key1 === "apiGroups" || key1 === "scope" || key1 === "wildcard")) {
            const err5 = { instancePath: instancePath + "/permission", schemaPath: "#/definitions/PermissionCondition/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema84, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data1.verbs !== void 0) {
          let data2 = data1.verbs;
          if (Array.isArray(data2)) {
            if (data2.length < 1) {
              const err6 = { instancePath: instancePath + "/permission/verbs", schemaPath: "#/definitions/PermissionCondition/properties/verbs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema84.properties.verbs, data: data2 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data3 = data2[i0];
              if (typeof data3 === "string") {
                if (func3(data3) < 1) {
                  const err7 = { instancePath: instancePath + "/permission/verbs/" + i0, schemaPath: "#/definitions/PermissionCondition/properties/verbs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema84.properties.verbs.items, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              } else {
                const err8 = { instancePath: instancePath + "/permission/verbs/" + i0, schemaPath: "#/definitions/PermissionCondition/properties/verbs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema84.properties.verbs.items.type, parentSchema: schema84.properties.verbs.items, data: data3 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
          } else {
            const err9 = { instancePath: instancePath + "/permission/verbs", schemaPath: "#/definitions/PermissionCondition/properties/verbs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema84.properties.verbs.type, parentSchema: schema84.properties.verbs, data: data2 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data1.resources !== void 0) {
          let data4 = data1.resources;
          if (Array.isArray(data4)) {
            if (data4.length < 1) {
              const err10 = { instancePath: instancePath + "/permission/resources", schemaPath: "#/definitions/PermissionCondition/properties/resources/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema84.properties.resources, data: data4 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            const len1 = data4.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data5 = data4[i1];
              if (typeof data5 === "string") {
                if (func3(data5) < 1) {
                  const err11 = { instancePath: instancePath + "/permission/resources/" + i1, schemaPath: "#/definitions/PermissionCondition/properties/resources/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema84.properties.resources.items, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              } else {
                const err12 = { instancePath: instancePath + "/permission/resources/" + i1, schemaPath: "#/definitions/PermissionCondition/properties/resources/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema84.properties.resources.items.type, parentSchema: schema84.properties.resources.items, data: data5 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/permission/resources", schemaPath: "#/definitions/PermissionCondition/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema84.properties.resources.type, parentSchema: schema84.properties.resources, data: data4 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data1.apiGroups !== void 0) {
          let data6 = data1.apiGroups;
          if (Array.isArray(data6)) {
            if (data6.length < 1) {
              const err14 = { instancePath: instancePath + "/permission/apiGroups", schemaPath: "#/definitions/PermissionCondition/properties/apiGroups/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema84.properties.apiGroups, data: data6 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            const len2 = data6.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data7 = data6[i2];
              if (typeof data7 !== "string") {
                const err15 = { instancePath: instancePath + "/permission/apiGroups/" + i2, schemaPath: "#/definitions/PermissionCondition/properties/apiGroups/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema84.properties.apiGroups.items.type, parentSchema: schema84.properties.apiGroups.items, data: data7 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/permission/apiGroups", schemaPath: "#/definitions/PermissionCondition/properties/apiGroups/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema84.properties.apiGroups.type, parentSchema: schema84.properties.apiGroups, data: data6 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data1.scope !== void 0) {
          let data8 = data1.scope;
          if (!(data8 === "cluster" || data8 === "namespace")) {
            const err17 = { instancePath: instancePath + "/permission/scope", schemaPath: "#/definitions/PermissionCondition/properties/scope/enum", keyword: "enum", params: { allowedValues: schema84.properties.scope.enum }, message: "must be equal to one of the allowed values", schema: schema84.properties.scope.enum, parentSchema: schema84.properties.scope, data: data8 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data1.wildcard !== void 0) {
          let data9 = data1.wildcard;
          if (true !== data9) {
            const err18 = { instancePath: instancePath + "/permission/wildcard", schemaPath: "#/definitions/PermissionCondition/properties/wildcard/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant", schema: true, parentSchema: schema84.properties.wildcard, data: data9 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/permission", schemaPath: "#/definitions/PermissionCondition/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema84.type, parentSchema: schema84, data: data1 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.mcpServer !== void 0) {
      let data10 = data.mcpServer;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        if (Object.keys(data10).length < 1) {
          const err20 = { instancePath: instancePath + "/mcpServer", schemaPath: "#/definitions/McpCondition/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema85, data: data10 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        for (const key2 in data10) {
          if (!(key2 === "matches" || key2 === "remote" || key2 === "min")) {
            const err21 = { instancePath: instancePath + "/mcpServer", schemaPath: "#/definitions/McpCondition/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema85, data: data10 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data10.matches !== void 0) {
          let data11 = data10.matches;
          if (Array.isArray(data11)) {
            if (data11.length < 1) {
              const err22 = { instancePath: instancePath + "/mcpServer/matches", schemaPath: "#/definitions/McpCondition/properties/matches/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema85.properties.matches, data: data11 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            const len3 = data11.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data12 = data11[i3];
              if (typeof data12 === "string") {
                if (func3(data12) < 1) {
                  const err23 = { instancePath: instancePath + "/mcpServer/matches/" + i3, schemaPath: "#/definitions/McpCondition/properties/matches/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema85.properties.matches.items, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              } else {
                const err24 = { instancePath: instancePath + "/mcpServer/matches/" + i3, schemaPath: "#/definitions/McpCondition/properties/matches/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema85.properties.matches.items.type, parentSchema: schema85.properties.matches.items, data: data12 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
          } else {
            const err25 = { instancePath: instancePath + "/mcpServer/matches", schemaPath: "#/definitions/McpCondition/properties/matches/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema85.properties.matches.type, parentSchema: schema85.properties.matches, data: data11 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data10.remote !== void 0) {
          let data13 = data10.remote;
          if (true !== data13) {
            const err26 = { instancePath: instancePath + "/mcpServer/remote", schemaPath: "#/definitions/McpCondition/properties/remote/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant", schema: true, parentSchema: schema85.properties.remote, data: data13 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data10.min !== void 0) {
          let data14 = data10.min;
          if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
            const err27 = { instancePath: instancePath + "/mcpServer/min", schemaPath: "#/definitions/McpCondition/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema85.properties.min.type, parentSchema: schema85.properties.min, data: data14 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
          if (typeof data14 == "number" && isFinite(data14)) {
            if (data14 < 1 || isNaN(data14)) {
              const err28 = { instancePath: instancePath + "/mcpServer/min", schemaPath: "#/definitions/McpCondition/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema85.properties.min, data: data14 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/mcpServer", schemaPath: "#/definitions/McpCondition/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema85.type, parentSchema: schema85, data: data10 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.memory !== void 0) {
      let data15 = data.memory;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        if (data15.engine === void 0) {
          const err30 = { instancePath: instancePath + "/memory", schemaPath: "#/properties/memory/required", keyword: "required", params: { missingProperty: "engine" }, message: "must have required property 'engine'", schema: schema82.properties.memory.required, parentSchema: schema82.properties.memory, data: data15 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        for (const key3 in data15) {
          if (!(key3 === "engine")) {
            const err31 = { instancePath: instancePath + "/memory", schemaPath: "#/properties/memory/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema82.properties.memory, data: data15 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data15.engine !== void 0) {
          let data16 = data15.engine;
          if (Array.isArray(data16)) {
            if (data16.length < 1) {
              const err32 = { instancePath: instancePath + "/memory/engine", schemaPath: "#/properties/memory/properties/engine/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema82.properties.memory.properties.engine, data: data16 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            const len4 = data16.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data17 = data16[i4];
              if (typeof data17 === "string") {
                if (func3(data17) < 1) {
                  const err33 = { instancePath: instancePath + "/memory/engine/" + i4, schemaPath: "#/properties/memory/properties/engine/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema82.properties.memory.properties.engine.items, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
              } else {
                const err34 = { instancePath: instancePath + "/memory/engine/" + i4, schemaPath: "#/properties/memory/properties/engine/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema82.properties.memory.properties.engine.items.type, parentSchema: schema82.properties.memory.properties.engine.items, data: data17 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
          } else {
            const err35 = { instancePath: instancePath + "/memory/engine", schemaPath: "#/properties/memory/properties/engine/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema82.properties.memory.properties.engine.type, parentSchema: schema82.properties.memory.properties.engine, data: data16 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/memory", schemaPath: "#/properties/memory/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema82.properties.memory.type, parentSchema: schema82.properties.memory, data: data15 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.autonomy !== void 0) {
      let data18 = data.autonomy;
      if (Array.isArray(data18)) {
        if (data18.length < 1) {
          const err37 = { instancePath: instancePath + "/autonomy", schemaPath: "#/properties/autonomy/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema82.properties.autonomy, data: data18 };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        const len5 = data18.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data19 = data18[i5];
          if (!(data19 === "manual" || data19 === "approval" || data19 === "autonomous")) {
            const err38 = { instancePath: instancePath + "/autonomy/" + i5, schemaPath: "#/properties/autonomy/items/enum", keyword: "enum", params: { allowedValues: schema82.properties.autonomy.items.enum }, message: "must be equal to one of the allowed values", schema: schema82.properties.autonomy.items.enum, parentSchema: schema82.properties.autonomy.items, data: data19 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
      } else {
        const err39 = { instancePath: instancePath + "/autonomy", schemaPath: "#/properties/autonomy/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema82.properties.autonomy.type, parentSchema: schema82.properties.autonomy, data: data18 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.codeExecution !== void 0) {
      let data20 = data.codeExecution;
      if (true !== data20) {
        const err40 = { instancePath: instancePath + "/codeExecution", schemaPath: "#/properties/codeExecution/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant", schema: true, parentSchema: schema82.properties.codeExecution, data: data20 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.any !== void 0) {
      let data21 = data.any;
      if (Array.isArray(data21)) {
        if (data21.length < 1) {
          const err41 = { instancePath: instancePath + "/any", schemaPath: "#/properties/any/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema82.properties.any, data: data21 };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        const len6 = data21.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (!wrapper0.validate(data21[i6], { instancePath: instancePath + "/any/" + i6, parentData: data21, parentDataProperty: i6, rootData })) {
            vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err42 = { instancePath: instancePath + "/any", schemaPath: "#/properties/any/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema82.properties.any.type, parentSchema: schema82.properties.any, data: data21 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
  } else {
    const err43 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema82.type, parentSchema: schema82, data };
    if (vErrors === null) {
      vErrors = [err43];
    } else {
      vErrors.push(err43);
    }
    errors++;
  }
  validate48.errors = vErrors;
  return errors === 0;
}
var schema55 = { "type": "object", "additionalProperties": false, "required": ["source", "signal"], "properties": { "id": { "$ref": "#/definitions/Id" }, "source": { "$ref": "#/definitions/TelemetrySource" }, "signal": { "type": "object", "additionalProperties": false, "required": ["description"], "properties": { "description": { "type": "string", "minLength": 1 }, "match": { "$ref": "#/definitions/SignalMatch" } } }, "validated": { "$ref": "#/definitions/Validation" }, "fired": { "$ref": "#/definitions/Validation" } } };
var schema36 = { "enum": ["kube-audit", "ebpf", "sdk-callback", "mcp-log", "iam-events", "db-audit", "admission", "cni"] };
var schema72 = { "type": "object", "additionalProperties": false, "required": ["at", "snapshot", "events"], "properties": { "at": { "type": "string", "format": "date-time" }, "snapshot": { "type": "string", "pattern": "^sha256:[0-9a-f]{64}$" }, "events": { "type": "integer", "minimum": 0 } } };
var pattern12 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
var schema58 = { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "verb": { "$ref": "#/definitions/Match" }, "apiGroup": { "$ref": "#/definitions/Match" }, "resource": { "$ref": "#/definitions/Match" }, "namespace": { "$ref": "#/definitions/Match" }, "name": { "$ref": "#/definitions/Match" }, "decision": { "enum": ["allow", "forbid"] }, "server": { "$ref": "#/definitions/Match" }, "tool": { "$ref": "#/definitions/Match" }, "outcome": { "$ref": "#/definitions/Match" }, "binary": { "$ref": "#/definitions/Match" }, "path": { "$ref": "#/definitions/Match" }, "endpoint": { "$ref": "#/definitions/Match" }, "rule": { "$ref": "#/definitions/Match" }, "eventName": { "$ref": "#/definitions/Match" }, "newBehaviour": { "type": "boolean" } } };
var schema59 = { "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }] };
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema58, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema58.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema58, data };
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
        if (func3(data0) < 1) {
          const err2 = { instancePath: instancePath + "/verb", schemaPath: "#/definitions/Match/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59.oneOf[0], data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/verb", schemaPath: "#/definitions/Match/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.oneOf[0].type, parentSchema: schema59.oneOf[0], data: data0 };
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
          const err4 = { instancePath: instancePath + "/verb", schemaPath: "#/definitions/Match/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema59.oneOf[1], data: data0 };
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
            if (func3(data1) < 1) {
              const err5 = { instancePath: instancePath + "/verb/" + i0, schemaPath: "#/definitions/Match/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59.oneOf[1].items, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/verb/" + i0, schemaPath: "#/definitions/Match/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.oneOf[1].items.type, parentSchema: schema59.oneOf[1].items, data: data1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/verb", schemaPath: "#/definitions/Match/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema59.oneOf[1].type, parentSchema: schema59.oneOf[1], data: data0 };
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
        const err8 = { instancePath: instancePath + "/verb", schemaPath: "#/definitions/Match/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema59.oneOf, parentSchema: schema59, data: data0 };
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
        if (func3(data2) < 1) {
          const err9 = { instancePath: instancePath + "/apiGroup", schemaPath: "#/definitions/Match/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59.oneOf[0], data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/apiGroup", schemaPath: "#/definitions/Match/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.oneOf[0].type, parentSchema: schema59.oneOf[0], data: data2 };
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
          const err11 = { instancePath: instancePath + "/apiGroup", schemaPath: "#/definitions/Match/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema59.oneOf[1], data: data2 };
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
            if (func3(data3) < 1) {
              const err12 = { instancePath: instancePath + "/apiGroup/" + i1, schemaPath: "#/definitions/Match/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59.oneOf[1].items, data: data3 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/apiGroup/" + i1, schemaPath: "#/definitions/Match/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.oneOf[1].items.type, parentSchema: schema59.oneOf[1].items, data: data3 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/apiGroup", schemaPath: "#/definitions/Match/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema59.oneOf[1].type, parentSchema: schema59.oneOf[1], data: data2 };
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
        const err15 = { instancePath: instancePath + "/apiGroup", schemaPath: "#/definitions/Match/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema59.oneOf, parentSchema: schema59, data: data2 };
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
        if (func3(data4) < 1) {
          const err16 = { instancePath: instancePath + "/resource", schemaPath: "#/definitions/Match/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59.oneOf[0], data: data4 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/resource", schemaPath: "#/definitions/Match/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.oneOf[0].type, parentSchema: schema59.oneOf[0], data: data4 };
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
          const err18 = { instancePath: instancePath + "/resource", schemaPath: "#/definitions/Match/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema59.oneOf[1], data: data4 };
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
            if (func3(data5) < 1) {
              const err19 = { instancePath: instancePath + "/resource/" + i2, schemaPath: "#/definitions/Match/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59.oneOf[1].items, data: data5 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/resource/" + i2, schemaPath: "#/definitions/Match/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.oneOf[1].items.type, parentSchema: schema59.oneOf[1].items, data: data5 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/resource", schemaPath: "#/definitions/Match/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema59.oneOf[1].type, parentSchema: schema59.oneOf[1], data: data4 };
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
        const err22 = { instancePath: instancePath + "/resource", schemaPath: "#/definitions/Match/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema59.oneOf, parentSchema: schema59, data: data4 };
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
        if (func3(data6) < 1) {
          const err23 = { instancePath: instancePath + "/namespace", schemaPath: "#/definitions/Match/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59.oneOf[0], data: data6 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/namespace", schemaPath: "#/definitions/Match/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.oneOf[0].type, parentSchema: schema59.oneOf[0], data: data6 };
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
          const err25 = { instancePath: instancePath + "/namespace", schemaPath: "#/definitions/Match/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema59.oneOf[1], data: data6 };
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
            if (func3(data7) < 1) {
              const err26 = { instancePath: instancePath + "/namespace/" + i3, schemaPath: "#/definitions/Match/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59.oneOf[1].items, data: data7 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/namespace/" + i3, schemaPath: "#/definitions/Match/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.oneOf[1].items.type, parentSchema: schema59.oneOf[1].items, data: data7 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/namespace", schemaPath: "#/definitions/Match/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema59.oneOf[1].type, parentSchema: schema59.oneOf[1], data: data6 };
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
        const err29 = { instancePath: instancePath + "/namespace", schemaPath: "#/definitions/Match/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf", schema: schema59.oneOf, parentSchema: schema59, data: data6 };
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
        if (func3(data8) < 1) {
          const err30 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/Match/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59.oneOf[0], data: data8 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      } else {
        const err31 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/Match/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.oneOf[0].type, parentSchema: schema59.oneOf[0], data: data8 };
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
          const err32 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/Match/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema59.oneOf[1], data: data8 };
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
            if (func3(data9) < 1) {
              const err33 = { instancePath: instancePath + "/name/" + i4, schemaPath: "#/definitions/Match/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59.oneOf[1].items, data: data9 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = { instancePath: instancePath + "/name/" + i4, schemaPath: "#/definitions/Match/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.oneOf[1].items.type, parentSchema: schema59.oneOf[1].items, data: data9 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/Match/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema59.oneOf[1].type, parentSchema: schema59.oneOf[1], data: data8 };
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
        const err36 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/Match/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf", schema: schema59.oneOf, parentSchema: schema59, data: data8 };
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
        const err37 = { instancePath: instancePath + "/decision", schemaPath: "#/properties/decision/enum", keyword: "enum", params: { allowedValues: schema58.properties.decision.enum }, message: "must be equal to one of the allowed values", schema: schema58.properties.decision.enum, parentSchema: schema58.properties.decision, data: data10 };
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
        if (func3(data11) < 1) {
          const err38 = { instancePath: instancePath + "/server", schemaPath: "#/definitions/Match/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59.oneOf[0], data: data11 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      } else {
        const err39 = { instancePath: instancePath + "/server", schemaPath: "#/definitions/Match/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.oneOf[0].type, parentSchema: schema59.oneOf[0], data: data11 };
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
          const err40 = { instancePath: instancePath + "/server", schemaPath: "#/definitions/Match/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema59.oneOf[1], data: data11 };
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
            if (func3(data12) < 1) {
              const err41 = { instancePath: instancePath + "/server/" + i5, schemaPath: "#/definitions/Match/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59.oneOf[1].items, data: data12 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          } else {
            const err42 = { instancePath: instancePath + "/server/" + i5, schemaPath: "#/definitions/Match/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.oneOf[1].items.type, parentSchema: schema59.oneOf[1].items, data: data12 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/server", schemaPath: "#/definitions/Match/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema59.oneOf[1].type, parentSchema: schema59.oneOf[1], data: data11 };
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
        const err44 = { instancePath: instancePath + "/server", schemaPath: "#/definitions/Match/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf", schema: schema59.oneOf, parentSchema: schema59, data: data11 };
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
        if (func3(data13) < 1) {
          const err45 = { instancePath: instancePath + "/tool", schemaPath: "#/definitions/Match/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59.oneOf[0], data: data13 };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
      } else {
        const err46 = { instancePath: instancePath + "/tool", schemaPath: "#/definitions/Match/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.oneOf[0].type, parentSchema: schema59.oneOf[0], data: data13 };
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
          const err47 = { instancePath: instancePath + "/tool", schemaPath: "#/definitions/Match/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema59.oneOf[1], data: data13 };
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
            if (func3(data14) < 1) {
              const err48 = { instancePath: instancePath + "/tool/" + i6, schemaPath: "#/definitions/Match/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59.oneOf[1].items, data: data14 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          } else {
            const err49 = { instancePath: instancePath + "/tool/" + i6, schemaPath: "#/definitions/Match/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.oneOf[1].items.type, parentSchema: schema59.oneOf[1].items, data: data14 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
      } else {
        const err50 = { instancePath: instancePath + "/tool", schemaPath: "#/definitions/Match/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema59.oneOf[1].type, parentSchema: schema59.oneOf[1], data: data13 };
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
        const err51 = { instancePath: instancePath + "/tool", schemaPath: "#/definitions/Match/oneOf", keyword: "oneOf", params: { passingSchemas: passing6 }, message: "must match exactly one schema in oneOf", schema: schema59.oneOf, parentSchema: schema59, data: data13 };
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
        if (func3(data15) < 1) {
          const err52 = { instancePath: instancePath + "/outcome", schemaPath: "#/definitions/Match/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59.oneOf[0], data: data15 };
          if (vErrors === null) {
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
      } else {
        const err53 = { instancePath: instancePath + "/outcome", schemaPath: "#/definitions/Match/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.oneOf[0].type, parentSchema: schema59.oneOf[0], data: data15 };
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
          const err54 = { instancePath: instancePath + "/outcome", schemaPath: "#/definitions/Match/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema59.oneOf[1], data: data15 };
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
            if (func3(data16) < 1) {
              const err55 = { instancePath: instancePath + "/outcome/" + i7, schemaPath: "#/definitions/Match/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59.oneOf[1].items, data: data16 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          } else {
            const err56 = { instancePath: instancePath + "/outcome/" + i7, schemaPath: "#/definitions/Match/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.oneOf[1].items.type, parentSchema: schema59.oneOf[1].items, data: data16 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
      } else {
        const err57 = { instancePath: instancePath + "/outcome", schemaPath: "#/definitions/Match/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema59.oneOf[1].type, parentSchema: schema59.oneOf[1], data: data15 };
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
        const err58 = { instancePath: instancePath + "/outcome", schemaPath: "#/definitions/Match/oneOf", keyword: "oneOf", params: { passingSchemas: passing7 }, message: "must match exactly one schema in oneOf", schema: schema59.oneOf, parentSchema: schema59, data: data15 };
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
        if (func3(data17) < 1) {
          const err59 = { instancePath: instancePath + "/binary", schemaPath: "#/definitions/Match/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59.oneOf[0], data: data17 };
          if (vErrors === null) {
            vErrors = [err59];
          } else {
            vErrors.push(err59);
          }
          errors++;
        }
      } else {
        const err60 = { instancePath: instancePath + "/binary", schemaPath: "#/definitions/Match/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.oneOf[0].type, parentSchema: schema59.oneOf[0], data: data17 };
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
          const err61 = { instancePath: instancePath + "/binary", schemaPath: "#/definitions/Match/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema59.oneOf[1], data: data17 };
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
            if (func3(data18) < 1) {
              const err62 = { instancePath: instancePath + "/binary/" + i8, schemaPath: "#/definitions/Match/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59.oneOf[1].items, data: data18 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          } else {
            const err63 = { instancePath: instancePath + "/binary/" + i8, schemaPath: "#/definitions/Match/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.oneOf[1].items.type, parentSchema: schema59.oneOf[1].items, data: data18 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
      } else {
        const err64 = { instancePath: instancePath + "/binary", schemaPath: "#/definitions/Match/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema59.oneOf[1].type, parentSchema: schema59.oneOf[1], data: data17 };
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
        const err65 = { instancePath: instancePath + "/binary", schemaPath: "#/definitions/Match/oneOf", keyword: "oneOf", params: { passingSchemas: passing8 }, message: "must match exactly one schema in oneOf", schema: schema59.oneOf, parentSchema: schema59, data: data17 };
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
        if (func3(data19) < 1) {
          const err66 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/Match/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59.oneOf[0], data: data19 };
          if (vErrors === null) {
            vErrors = [err66];
          } else {
            vErrors.push(err66);
          }
          errors++;
        }
      } else {
        const err67 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/Match/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.oneOf[0].type, parentSchema: schema59.oneOf[0], data: data19 };
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
          const err68 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/Match/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema59.oneOf[1], data: data19 };
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
            if (func3(data20) < 1) {
              const err69 = { instancePath: instancePath + "/path/" + i9, schemaPath: "#/definitions/Match/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59.oneOf[1].items, data: data20 };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
          } else {
            const err70 = { instancePath: instancePath + "/path/" + i9, schemaPath: "#/definitions/Match/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.oneOf[1].items.type, parentSchema: schema59.oneOf[1].items, data: data20 };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
      } else {
        const err71 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/Match/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema59.oneOf[1].type, parentSchema: schema59.oneOf[1], data: data19 };
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
        const err72 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/Match/oneOf", keyword: "oneOf", params: { passingSchemas: passing9 }, message: "must match exactly one schema in oneOf", schema: schema59.oneOf, parentSchema: schema59, data: data19 };
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
        if (func3(data21) < 1) {
          const err73 = { instancePath: instancePath + "/endpoint", schemaPath: "#/definitions/Match/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59.oneOf[0], data: data21 };
          if (vErrors === null) {
            vErrors = [err73];
          } else {
            vErrors.push(err73);
          }
          errors++;
        }
      } else {
        const err74 = { instancePath: instancePath + "/endpoint", schemaPath: "#/definitions/Match/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.oneOf[0].type, parentSchema: schema59.oneOf[0], data: data21 };
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
          const err75 = { instancePath: instancePath + "/endpoint", schemaPath: "#/definitions/Match/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema59.oneOf[1], data: data21 };
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
            if (func3(data22) < 1) {
              const err76 = { instancePath: instancePath + "/endpoint/" + i10, schemaPath: "#/definitions/Match/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59.oneOf[1].items, data: data22 };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
          } else {
            const err77 = { instancePath: instancePath + "/endpoint/" + i10, schemaPath: "#/definitions/Match/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.oneOf[1].items.type, parentSchema: schema59.oneOf[1].items, data: data22 };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
      } else {
        const err78 = { instancePath: instancePath + "/endpoint", schemaPath: "#/definitions/Match/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema59.oneOf[1].type, parentSchema: schema59.oneOf[1], data: data21 };
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
        const err79 = { instancePath: instancePath + "/endpoint", schemaPath: "#/definitions/Match/oneOf", keyword: "oneOf", params: { passingSchemas: passing10 }, message: "must match exactly one schema in oneOf", schema: schema59.oneOf, parentSchema: schema59, data: data21 };
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
        if (func3(data23) < 1) {
          const err80 = { instancePath: instancePath + "/rule", schemaPath: "#/definitions/Match/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59.oneOf[0], data: data23 };
          if (vErrors === null) {
            vErrors = [err80];
          } else {
            vErrors.push(err80);
          }
          errors++;
        }
      } else {
        const err81 = { instancePath: instancePath + "/rule", schemaPath: "#/definitions/Match/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.oneOf[0].type, parentSchema: schema59.oneOf[0], data: data23 };
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
          const err82 = { instancePath: instancePath + "/rule", schemaPath: "#/definitions/Match/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema59.oneOf[1], data: data23 };
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
            if (func3(data24) < 1) {
              const err83 = { instancePath: instancePath + "/rule/" + i11, schemaPath: "#/definitions/Match/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59.oneOf[1].items, data: data24 };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
            }
          } else {
            const err84 = { instancePath: instancePath + "/rule/" + i11, schemaPath: "#/definitions/Match/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.oneOf[1].items.type, parentSchema: schema59.oneOf[1].items, data: data24 };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
      } else {
        const err85 = { instancePath: instancePath + "/rule", schemaPath: "#/definitions/Match/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema59.oneOf[1].type, parentSchema: schema59.oneOf[1], data: data23 };
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
        const err86 = { instancePath: instancePath + "/rule", schemaPath: "#/definitions/Match/oneOf", keyword: "oneOf", params: { passingSchemas: passing11 }, message: "must match exactly one schema in oneOf", schema: schema59.oneOf, parentSchema: schema59, data: data23 };
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
        if (func3(data25) < 1) {
          const err87 = { instancePath: instancePath + "/eventName", schemaPath: "#/definitions/Match/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59.oneOf[0], data: data25 };
          if (vErrors === null) {
            vErrors = [err87];
          } else {
            vErrors.push(err87);
          }
          errors++;
        }
      } else {
        const err88 = { instancePath: instancePath + "/eventName", schemaPath: "#/definitions/Match/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.oneOf[0].type, parentSchema: schema59.oneOf[0], data: data25 };
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
          const err89 = { instancePath: instancePath + "/eventName", schemaPath: "#/definitions/Match/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema59.oneOf[1], data: data25 };
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
            if (func3(data26) < 1) {
              const err90 = { instancePath: instancePath + "/eventName/" + i12, schemaPath: "#/definitions/Match/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59.oneOf[1].items, data: data26 };
              if (vErrors === null) {
                vErrors = [err90];
              } else {
                vErrors.push(err90);
              }
              errors++;
            }
          } else {
            const err91 = { instancePath: instancePath + "/eventName/" + i12, schemaPath: "#/definitions/Match/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.oneOf[1].items.type, parentSchema: schema59.oneOf[1].items, data: data26 };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
        }
      } else {
        const err92 = { instancePath: instancePath + "/eventName", schemaPath: "#/definitions/Match/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema59.oneOf[1].type, parentSchema: schema59.oneOf[1], data: data25 };
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
        const err93 = { instancePath: instancePath + "/eventName", schemaPath: "#/definitions/Match/oneOf", keyword: "oneOf", params: { passingSchemas: passing12 }, message: "must match exactly one schema in oneOf", schema: schema59.oneOf, parentSchema: schema59, data: data25 };
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
        const err94 = { instancePath: instancePath + "/newBehaviour", schemaPath: "#/properties/newBehaviour/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema58.properties.newBehaviour.type, parentSchema: schema58.properties.newBehaviour, data: data27 };
        if (vErrors === null) {
          vErrors = [err94];
        } else {
          vErrors.push(err94);
        }
        errors++;
      }
    }
  } else {
    const err95 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema58.type, parentSchema: schema58, data };
    if (vErrors === null) {
      vErrors = [err95];
    } else {
      vErrors.push(err95);
    }
    errors++;
  }
  validate38.errors = vErrors;
  return errors === 0;
}
var formats0 = import_formats.default.fastFormats["date-time"];
function validate50(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.source === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: schema55.required, parentSchema: schema55, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.signal === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "signal" }, message: "must have required property 'signal'", schema: schema55.required, parentSchema: schema55, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "source" || key0 === "signal" || key0 === "validated" || key0 === "fired")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema55, data };
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
        if (!pattern2.test(data0)) {
          const err3 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/Id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$", parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/Id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
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
        const err5 = { instancePath: instancePath + "/source", schemaPath: "#/definitions/TelemetrySource/enum", keyword: "enum", params: { allowedValues: schema36.enum }, message: "must be equal to one of the allowed values", schema: schema36.enum, parentSchema: schema36, data: data1 };
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
          const err6 = { instancePath: instancePath + "/signal", schemaPath: "#/properties/signal/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema55.properties.signal.required, parentSchema: schema55.properties.signal, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "description" || key1 === "match")) {
            const err7 = { instancePath: instancePath + "/signal", schemaPath: "#/properties/signal/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema55.properties.signal, data: data2 };
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
            if (func3(data3) < 1) {
              const err8 = { instancePath: instancePath + "/signal/description", schemaPath: "#/properties/signal/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema55.properties.signal.properties.description, data: data3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/signal/description", schemaPath: "#/properties/signal/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.signal.properties.description.type, parentSchema: schema55.properties.signal.properties.description, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data2.match !== void 0) {
          if (!validate38(data2.match, { instancePath: instancePath + "/signal/match", parentData: data2, parentDataProperty: "match", rootData })) {
            vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/signal", schemaPath: "#/properties/signal/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema55.properties.signal.type, parentSchema: schema55.properties.signal, data: data2 };
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
          const err11 = { instancePath: instancePath + "/validated", schemaPath: "#/definitions/Validation/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'", schema: schema72.required, parentSchema: schema72, data: data5 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data5.snapshot === void 0) {
          const err12 = { instancePath: instancePath + "/validated", schemaPath: "#/definitions/Validation/required", keyword: "required", params: { missingProperty: "snapshot" }, message: "must have required property 'snapshot'", schema: schema72.required, parentSchema: schema72, data: data5 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data5.events === void 0) {
          const err13 = { instancePath: instancePath + "/validated", schemaPath: "#/definitions/Validation/required", keyword: "required", params: { missingProperty: "events" }, message: "must have required property 'events'", schema: schema72.required, parentSchema: schema72, data: data5 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        for (const key2 in data5) {
          if (!(key2 === "at" || key2 === "snapshot" || key2 === "events")) {
            const err14 = { instancePath: instancePath + "/validated", schemaPath: "#/definitions/Validation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema72, data: data5 };
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
              const err15 = { instancePath: instancePath + "/validated/at", schemaPath: "#/definitions/Validation/properties/at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema72.properties.at, data: data6 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/validated/at", schemaPath: "#/definitions/Validation/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema72.properties.at.type, parentSchema: schema72.properties.at, data: data6 };
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
            if (!pattern12.test(data7)) {
              const err17 = { instancePath: instancePath + "/validated/snapshot", schemaPath: "#/definitions/Validation/properties/snapshot/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"', schema: "^sha256:[0-9a-f]{64}$", parentSchema: schema72.properties.snapshot, data: data7 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/validated/snapshot", schemaPath: "#/definitions/Validation/properties/snapshot/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema72.properties.snapshot.type, parentSchema: schema72.properties.snapshot, data: data7 };
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
            const err19 = { instancePath: instancePath + "/validated/events", schemaPath: "#/definitions/Validation/properties/events/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema72.properties.events.type, parentSchema: schema72.properties.events, data: data8 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          if (typeof data8 == "number" && isFinite(data8)) {
            if (data8 < 0 || isNaN(data8)) {
              const err20 = { instancePath: instancePath + "/validated/events", schemaPath: "#/definitions/Validation/properties/events/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema72.properties.events, data: data8 };
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
        const err21 = { instancePath: instancePath + "/validated", schemaPath: "#/definitions/Validation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema72.type, parentSchema: schema72, data: data5 };
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
          const err22 = { instancePath: instancePath + "/fired", schemaPath: "#/definitions/Validation/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'", schema: schema72.required, parentSchema: schema72, data: data9 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data9.snapshot === void 0) {
          const err23 = { instancePath: instancePath + "/fired", schemaPath: "#/definitions/Validation/required", keyword: "required", params: { missingProperty: "snapshot" }, message: "must have required property 'snapshot'", schema: schema72.required, parentSchema: schema72, data: data9 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data9.events === void 0) {
          const err24 = { instancePath: instancePath + "/fired", schemaPath: "#/definitions/Validation/required", keyword: "required", params: { missingProperty: "events" }, message: "must have required property 'events'", schema: schema72.required, parentSchema: schema72, data: data9 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        for (const key3 in data9) {
          if (!(key3 === "at" || key3 === "snapshot" || key3 === "events")) {
            const err25 = { instancePath: instancePath + "/fired", schemaPath: "#/definitions/Validation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema72, data: data9 };
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
              const err26 = { instancePath: instancePath + "/fired/at", schemaPath: "#/definitions/Validation/properties/at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema72.properties.at, data: data10 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/fired/at", schemaPath: "#/definitions/Validation/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema72.properties.at.type, parentSchema: schema72.properties.at, data: data10 };
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
            if (!pattern12.test(data11)) {
              const err28 = { instancePath: instancePath + "/fired/snapshot", schemaPath: "#/definitions/Validation/properties/snapshot/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"', schema: "^sha256:[0-9a-f]{64}$", parentSchema: schema72.properties.snapshot, data: data11 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = { instancePath: instancePath + "/fired/snapshot", schemaPath: "#/definitions/Validation/properties/snapshot/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema72.properties.snapshot.type, parentSchema: schema72.properties.snapshot, data: data11 };
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
            const err30 = { instancePath: instancePath + "/fired/events", schemaPath: "#/definitions/Validation/properties/events/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema72.properties.events.type, parentSchema: schema72.properties.events, data: data12 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
          if (typeof data12 == "number" && isFinite(data12)) {
            if (data12 < 0 || isNaN(data12)) {
              const err31 = { instancePath: instancePath + "/fired/events", schemaPath: "#/definitions/Validation/properties/events/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema72.properties.events, data: data12 };
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
        const err32 = { instancePath: instancePath + "/fired", schemaPath: "#/definitions/Validation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema72.type, parentSchema: schema72, data: data9 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
  } else {
    const err33 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema55.type, parentSchema: schema55, data };
    if (vErrors === null) {
      vErrors = [err33];
    } else {
      vErrors.push(err33);
    }
    errors++;
  }
  validate50.errors = vErrors;
  return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.description === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.category === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property 'category'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.class === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "class" }, message: "must have required property 'class'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.layer === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "layer" }, message: "must have required property 'layer'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.components === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "components" }, message: "must have required property 'components'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.evidence === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "evidence" }, message: "must have required property 'evidence'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.reopenOn === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reopenOn" }, message: "must have required property 'reopenOn'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema12.properties, key0)) {
        const err9 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern2.test(data0)) {
          const err10 = { instancePath: instancePath + "/id", schemaPath: "catalog.schema.json#/definitions/Id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$", parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/id", schemaPath: "catalog.schema.json#/definitions/Id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err12 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.title, data: data1 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.title.type, parentSchema: schema12.properties.title, data: data1 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 === "string") {
        if (func3(data2) < 1) {
          const err14 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.description, data: data2 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.description.type, parentSchema: schema12.properties.description, data: data2 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.category !== void 0) {
      let data3 = data.category;
      if (!(data3 === "inference" || data3 === "mcp-tool" || data3 === "rag-memory" || data3 === "identity" || data3 === "runtime" || data3 === "delegation")) {
        const err16 = { instancePath: instancePath + "/category", schemaPath: "#/definitions/Category/enum", keyword: "enum", params: { allowedValues: schema81.enum }, message: "must be equal to one of the allowed values", schema: schema81.enum, parentSchema: schema81, data: data3 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.class !== void 0) {
      let data4 = data.class;
      if (!(data4 === "coercion" || data4 === "compromise")) {
        const err17 = { instancePath: instancePath + "/class", schemaPath: "#/properties/class/enum", keyword: "enum", params: { allowedValues: schema12.properties.class.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.class.enum, parentSchema: schema12.properties.class, data: data4 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.layer !== void 0) {
      let data5 = data.layer;
      if (!(data5 === "L1" || data5 === "L2" || data5 === "L3" || data5 === "L4" || data5 === "L5" || data5 === "L6" || data5 === "L7" || data5 === "cross-layer")) {
        const err18 = { instancePath: instancePath + "/layer", schemaPath: "#/properties/layer/enum", keyword: "enum", params: { allowedValues: schema12.properties.layer.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.layer.enum, parentSchema: schema12.properties.layer, data: data5 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.layers !== void 0) {
      let data6 = data.layers;
      if (Array.isArray(data6)) {
        if (data6.length < 2) {
          const err19 = { instancePath: instancePath + "/layers", schemaPath: "#/properties/layers/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema12.properties.layers, data: data6 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (!(data7 === "L1" || data7 === "L2" || data7 === "L3" || data7 === "L4" || data7 === "L5" || data7 === "L6" || data7 === "L7")) {
            const err20 = { instancePath: instancePath + "/layers/" + i0, schemaPath: "#/properties/layers/items/enum", keyword: "enum", params: { allowedValues: schema12.properties.layers.items.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.layers.items.enum, parentSchema: schema12.properties.layers.items, data: data7 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/layers", schemaPath: "#/properties/layers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.layers.type, parentSchema: schema12.properties.layers, data: data6 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.owasp !== void 0) {
      let data8 = data.owasp;
      if (Array.isArray(data8)) {
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data9 = data8[i1];
          if (typeof data9 === "string") {
            if (!pattern8.test(data9)) {
              const err22 = { instancePath: instancePath + "/owasp/" + i1, schemaPath: "#/properties/owasp/items/pattern", keyword: "pattern", params: { pattern: "^T([1-9]|1[0-5])$" }, message: 'must match pattern "^T([1-9]|1[0-5])$"', schema: "^T([1-9]|1[0-5])$", parentSchema: schema12.properties.owasp.items, data: data9 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/owasp/" + i1, schemaPath: "#/properties/owasp/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.owasp.items.type, parentSchema: schema12.properties.owasp.items, data: data9 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        let i2 = data8.length;
        let j0;
        if (i2 > 1) {
          const indices0 = {};
          for (; i2--; ) {
            let item0 = data8[i2];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err24 = { instancePath: instancePath + "/owasp", schemaPath: "#/properties/owasp/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: true, parentSchema: schema12.properties.owasp, data: data8 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
              break;
            }
            indices0[item0] = i2;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/owasp", schemaPath: "#/properties/owasp/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.owasp.type, parentSchema: schema12.properties.owasp, data: data8 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.appliesWhen !== void 0) {
      let data10 = data.appliesWhen;
      if (Array.isArray(data10)) {
        const len2 = data10.length;
        for (let i3 = 0; i3 < len2; i3++) {
          if (!validate48(data10[i3], { instancePath: instancePath + "/appliesWhen/" + i3, parentData: data10, parentDataProperty: i3, rootData })) {
            vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/appliesWhen", schemaPath: "#/properties/appliesWhen/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.appliesWhen.type, parentSchema: schema12.properties.appliesWhen, data: data10 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.components !== void 0) {
      let data12 = data.components;
      if (Array.isArray(data12)) {
        if (data12.length < 1) {
          const err27 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.components, data: data12 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        const len3 = data12.length;
        for (let i4 = 0; i4 < len3; i4++) {
          let data13 = data12[i4];
          if (!(data13 === "inference" || data13 === "mcp-tool" || data13 === "rag-memory" || data13 === "identity" || data13 === "runtime" || data13 === "delegation")) {
            const err28 = { instancePath: instancePath + "/components/" + i4, schemaPath: "#/definitions/Category/enum", keyword: "enum", params: { allowedValues: schema81.enum }, message: "must be equal to one of the allowed values", schema: schema81.enum, parentSchema: schema81, data: data13 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        let i5 = data12.length;
        let j1;
        if (i5 > 1) {
          outer0: for (; i5--; ) {
            for (j1 = i5; j1--; ) {
              if (func0(data12[i5], data12[j1])) {
                const err29 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i5 + " are identical)", schema: true, parentSchema: schema12.properties.components, data: data12 };
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
        const err30 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.components.type, parentSchema: schema12.properties.components, data: data12 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.capability !== void 0) {
      let data14 = data.capability;
      if (typeof data14 === "string") {
        if (func3(data14) < 1) {
          const err31 = { instancePath: instancePath + "/capability", schemaPath: "#/properties/capability/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.capability, data: data14 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      } else {
        const err32 = { instancePath: instancePath + "/capability", schemaPath: "#/properties/capability/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.capability.type, parentSchema: schema12.properties.capability, data: data14 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.cvss !== void 0) {
      let data15 = data.cvss;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        if (data15.base === void 0) {
          const err33 = { instancePath: instancePath + "/cvss", schemaPath: "catalog.schema.json#/definitions/Cvss/required", keyword: "required", params: { missingProperty: "base" }, message: "must have required property 'base'", schema: schema53.required, parentSchema: schema53, data: data15 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        for (const key1 in data15) {
          if (!(key1 === "base" || key1 === "vector" || key1 === "exploitMaturity")) {
            const err34 = { instancePath: instancePath + "/cvss", schemaPath: "catalog.schema.json#/definitions/Cvss/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema53, data: data15 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data15.base !== void 0) {
          let data16 = data15.base;
          if (typeof data16 == "number" && isFinite(data16)) {
            if (data16 > 10 || isNaN(data16)) {
              const err35 = { instancePath: instancePath + "/cvss/base", schemaPath: "catalog.schema.json#/definitions/Cvss/properties/base/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema53.properties.base, data: data16 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            if (data16 < 0 || isNaN(data16)) {
              const err36 = { instancePath: instancePath + "/cvss/base", schemaPath: "catalog.schema.json#/definitions/Cvss/properties/base/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema53.properties.base, data: data16 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          } else {
            const err37 = { instancePath: instancePath + "/cvss/base", schemaPath: "catalog.schema.json#/definitions/Cvss/properties/base/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema53.properties.base.type, parentSchema: schema53.properties.base, data: data16 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data15.vector !== void 0) {
          let data17 = data15.vector;
          if (typeof data17 === "string") {
            if (!pattern10.test(data17)) {
              const err38 = { instancePath: instancePath + "/cvss/vector", schemaPath: "catalog.schema.json#/definitions/Cvss/properties/vector/pattern", keyword: "pattern", params: { pattern: "^CVSS:4\\.0/" }, message: 'must match pattern "^CVSS:4\\.0/"', schema: "^CVSS:4\\.0/", parentSchema: schema53.properties.vector, data: data17 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          } else {
            const err39 = { instancePath: instancePath + "/cvss/vector", schemaPath: "catalog.schema.json#/definitions/Cvss/properties/vector/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.properties.vector.type, parentSchema: schema53.properties.vector, data: data17 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data15.exploitMaturity !== void 0) {
          let data18 = data15.exploitMaturity;
          if (!(data18 === "attacked" || data18 === "poc" || data18 === "unreported")) {
            const err40 = { instancePath: instancePath + "/cvss/exploitMaturity", schemaPath: "catalog.schema.json#/definitions/Cvss/properties/exploitMaturity/enum", keyword: "enum", params: { allowedValues: schema53.properties.exploitMaturity.enum }, message: "must be equal to one of the allowed values", schema: schema53.properties.exploitMaturity.enum, parentSchema: schema53.properties.exploitMaturity, data: data18 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
      } else {
        const err41 = { instancePath: instancePath + "/cvss", schemaPath: "catalog.schema.json#/definitions/Cvss/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema53.type, parentSchema: schema53, data: data15 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.evidence !== void 0) {
      let data19 = data.evidence;
      if (Array.isArray(data19)) {
        if (data19.length < 1) {
          const err42 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.evidence, data: data19 };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        const len4 = data19.length;
        for (let i6 = 0; i6 < len4; i6++) {
          if (!validate50(data19[i6], { instancePath: instancePath + "/evidence/" + i6, parentData: data19, parentDataProperty: i6, rootData })) {
            vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.evidence.type, parentSchema: schema12.properties.evidence, data: data19 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.reopenOn !== void 0) {
      let data21 = data.reopenOn;
      if (Array.isArray(data21)) {
        if (data21.length < 1) {
          const err44 = { instancePath: instancePath + "/reopenOn", schemaPath: "#/properties/reopenOn/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.reopenOn, data: data21 };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
        const len5 = data21.length;
        for (let i7 = 0; i7 < len5; i7++) {
          let data22 = data21[i7];
          if (!(data22 === "mcp-connection-added" || data22 === "mcp-connection-removed" || data22 === "model-version-updated" || data22 === "tool-surface-modified" || data22 === "autonomy-tier-changed" || data22 === "permissions-changed" || data22 === "baseline-drift" || data22 === "signal-fired")) {
            const err45 = { instancePath: instancePath + "/reopenOn/" + i7, schemaPath: "catalog.schema.json#/definitions/ReopenEvent/enum", keyword: "enum", params: { allowedValues: schema39.enum }, message: "must be equal to one of the allowed values", schema: schema39.enum, parentSchema: schema39, data: data22 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        let i8 = data21.length;
        let j2;
        if (i8 > 1) {
          outer1: for (; i8--; ) {
            for (j2 = i8; j2--; ) {
              if (func0(data21[i8], data21[j2])) {
                const err46 = { instancePath: instancePath + "/reopenOn", schemaPath: "#/properties/reopenOn/uniqueItems", keyword: "uniqueItems", params: { i: i8, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i8 + " are identical)", schema: true, parentSchema: schema12.properties.reopenOn, data: data21 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
                break outer1;
              }
            }
          }
        }
      } else {
        const err47 = { instancePath: instancePath + "/reopenOn", schemaPath: "#/properties/reopenOn/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.reopenOn.type, parentSchema: schema12.properties.reopenOn, data: data21 };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.mitigations !== void 0) {
      let data23 = data.mitigations;
      if (Array.isArray(data23)) {
        const len6 = data23.length;
        for (let i9 = 0; i9 < len6; i9++) {
          let data24 = data23[i9];
          if (typeof data24 === "string") {
            if (func3(data24) < 1) {
              const err48 = { instancePath: instancePath + "/mitigations/" + i9, schemaPath: "#/properties/mitigations/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.mitigations.items, data: data24 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          } else {
            const err49 = { instancePath: instancePath + "/mitigations/" + i9, schemaPath: "#/properties/mitigations/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.mitigations.items.type, parentSchema: schema12.properties.mitigations.items, data: data24 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
      } else {
        const err50 = { instancePath: instancePath + "/mitigations", schemaPath: "#/properties/mitigations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.mitigations.type, parentSchema: schema12.properties.mitigations, data: data23 };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
    if (data.references !== void 0) {
      let data25 = data.references;
      if (Array.isArray(data25)) {
        const len7 = data25.length;
        for (let i10 = 0; i10 < len7; i10++) {
          let data26 = data25[i10];
          if (typeof data26 === "string") {
            if (func3(data26) < 1) {
              const err51 = { instancePath: instancePath + "/references/" + i10, schemaPath: "#/properties/references/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.references.items, data: data26 };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          } else {
            const err52 = { instancePath: instancePath + "/references/" + i10, schemaPath: "#/properties/references/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.references.items.type, parentSchema: schema12.properties.references.items, data: data26 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
      } else {
        const err53 = { instancePath: instancePath + "/references", schemaPath: "#/properties/references/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.references.type, parentSchema: schema12.properties.references, data: data25 };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
  } else {
    const err54 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err54];
    } else {
      vErrors.push(err54);
    }
    errors++;
  }
  validate11.errors = vErrors;
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
    if (data.templates === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "templates" }, message: "must have required property 'templates'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "templates")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if ("threatcat.dev/v1alpha1" !== data0) {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "threatcat.dev/v1alpha1" }, message: "must be equal to constant", schema: "threatcat.dev/v1alpha1", parentSchema: schema11.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if ("ThreatLibrary" !== data1) {
        const err6 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "ThreatLibrary" }, message: "must be equal to constant", schema: "ThreatLibrary", parentSchema: schema11.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          const err7 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.metadata.required, parentSchema: schema11.properties.metadata, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "name" || key1 === "description")) {
            const err8 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.metadata, data: data2 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 === "string") {
            if (!pattern0.test(data3)) {
              const err9 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema11.properties.metadata.properties.name, data: data3 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metadata.properties.name.type, parentSchema: schema11.properties.metadata.properties.name, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data2.description !== void 0) {
          let data4 = data2.description;
          if (typeof data4 !== "string") {
            const err11 = { instancePath: instancePath + "/metadata/description", schemaPath: "#/properties/metadata/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metadata.properties.description.type, parentSchema: schema11.properties.metadata.properties.description, data: data4 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.metadata.type, parentSchema: schema11.properties.metadata, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.templates !== void 0) {
      let data5 = data.templates;
      if (Array.isArray(data5)) {
        if (data5.length < 1) {
          const err13 = { instancePath: instancePath + "/templates", schemaPath: "#/properties/templates/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.templates, data: data5 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate11(data5[i0], { instancePath: instancePath + "/templates/" + i0, parentData: data5, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/templates", schemaPath: "#/properties/templates/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.templates.type, parentSchema: schema11.properties.templates, data: data5 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/read/library.ts
function libraryDir() {
  return join(packageRoot(), "catalogs");
}
function loadLibraryText(text, file) {
  const data = parseSingleDocument(text, file);
  if (!library_validator_default(data)) {
    const err = library_validator_default.errors[0];
    const path = err.instancePath.split("/").slice(1).map((s) => /^\d+$/.test(s) ? Number(s) : decodeURIComponent(s));
    const extra = err.keyword === "additionalProperties" ? ` '${err.params.additionalProperty}'` : "";
    throw new InputError(
      makeLocator(text, file)(path),
      `invalid threat library: ${path.join(".") || "the file"} ${err.message}${extra}`
    );
  }
  return data;
}
function readLibrary(dir = libraryDir()) {
  const templates = [];
  const seen = /* @__PURE__ */ new Map();
  for (const name of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    const file = join(dir, name);
    const text = readTextFile(file, file);
    const lib = loadLibraryText(text, file);
    lib.templates.forEach((t, i) => {
      const before = seen.get(t.id);
      if (before)
        throw new InputError(
          makeLocator(text, file)(["templates", i, "id"]),
          `duplicate template id '${t.id}' (also in ${before})`
        );
      seen.set(t.id, name);
      templates.push(t);
    });
  }
  return templates;
}

// src/analyse/init-catalog.ts
var Ids = class {
  used = /* @__PURE__ */ new Set();
  take(base) {
    const clean = base.toLowerCase().replace(/[^a-z0-9_.-]+/g, "-").replace(/^[^a-z0-9]+/, "").slice(0, 60) || "component";
    let id = clean;
    for (let n = 2; this.used.has(id); n++) id = `${clean}-${n}`;
    this.used.add(id);
    return id;
  }
};
var WRITE_VERBS = ["create", "update", "patch", "delete", "deletecollection"];
function decompose(surface, standaloneMemory = []) {
  const ids = new Ids();
  const components = [];
  const byCategory = /* @__PURE__ */ new Map();
  const add = (category, c) => {
    byCategory.set(category, [...byCategory.get(category) ?? [], c.id]);
  };
  const agentRef = { kind: surface.agent.kind, name: surface.agent.name, namespace: surface.agent.namespace };
  const models = surface.models.filter((m, i) => surface.models.findIndex((x) => sameRef(x.ref, m.ref)) === i);
  if (models.length === 0) {
    const c = {
      id: ids.take("model"),
      category: "inference",
      description: "The model is not named in the manifests (opaque to threatcat: set inside the image or its configuration).",
      trustSource: agentRef,
      telemetry: ["sdk-callback", "ebpf"],
      blastSurface: ["tool-call arguments and responses the model generates"]
    };
    components.push(c);
    add("inference", c);
  }
  for (const m of models) {
    const what = [m.provider, m.model].filter(Boolean).join(" ") || "model not in these manifests";
    const c = {
      id: ids.take(models.length === 1 ? "model" : `model-${m.ref.name}`),
      category: "inference",
      description: `${m.ref.kind} ${m.ref.name}: ${what}${m.endpoint ? ` at ${m.endpoint}` : ""}${m.implicit ? " (kagent default)" : ""}${m.use === "agent" ? "" : ` (${[...new Set(surface.models.filter((x) => sameRef(x.ref, m.ref)).map((x) => x.use))].join(", ")})`}.`,
      trustSource: ref(m.ref),
      telemetry: ["sdk-callback", "ebpf"],
      blastSurface: ["tool-call arguments and generated content the agent acts on"]
    };
    components.push(c);
    add("inference", c);
  }
  for (const s of surface.mcpServers) {
    const tools = s.allowedTools ?? s.tools?.map((t) => t.name) ?? [];
    const pinned = (s.tools ?? []).filter((t) => t.sha256 && (!s.allowedTools || s.allowedTools.includes(t.name)));
    const c = {
      id: ids.take(`mcp-${s.ref.name}`),
      category: "mcp-tool",
      description: `${s.ref.kind} ${s.ref.name}${s.url ? ` (${s.url})` : s.image ? ` (image ${s.image})` : s.command ? ` (${s.command})` : ""}${s.allowedTools ? `; the agent may call ${s.allowedTools.length} tool${s.allowedTools.length === 1 ? "" : "s"}` : "; every tool the server offers"}${s.identity ? `; runs as ${s.identity}` : ""}.`,
      trustSource: ref(s.ref),
      telemetry: ["mcp-log", "sdk-callback", "kube-audit"],
      blastSurface: tools.length > 0 ? tools.map((t) => `tool ${t}`) : ["every tool the server exposes (no allow-list)"],
      ...pinned.length > 0 ? { tools: pinned.map((t) => ({ name: t.name, sha256: t.sha256 })) } : {}
    };
    components.push(c);
    add("mcp-tool", c);
  }
  const memory = [...surface.memory];
  for (const m of standaloneMemory) {
    if (!memory.some((x) => x.ref.kind === m.ref.kind && x.ref.name === m.ref.name && x.ref.namespace === m.ref.namespace))
      memory.push(m);
  }
  for (const m of memory) {
    const c = {
      id: ids.take(`memory-${m.ref.name}`),
      category: "rag-memory",
      description: `${m.engine} (${m.ref.kind} ${m.ref.name}${m.image ? `, image ${m.image}` : ""}).`,
      trustSource: ref(m.ref),
      telemetry: ["db-audit"],
      blastSurface: ["documents and memories retrieved into the model context", "every collection the agent can write"]
    };
    components.push(c);
    add("rag-memory", c);
  }
  const sa = surface.serviceAccount;
  if (sa && surface.identity) {
    const identity = {
      id: ids.take(`sa-${sa.name}`),
      category: "identity",
      description: `${surface.identity}${sa.cloudIdentity ? `, bound to the cloud identity ${sa.cloudIdentity}` : ""}${surface.permissions.length === 0 ? "; no RBAC binding in these manifests" : ""}.`,
      trustSource: { kind: "ServiceAccount", name: sa.name, namespace: sa.namespace },
      // A workload identity (IRSA, GKE, Azure) is exercised in the cloud's audit trail, not the API server's.
      telemetry: sa.cloudIdentity ? ["kube-audit", "iam-events"] : ["kube-audit"],
      blastSurface: [
        ...permissionSummary(surface.permissions),
        ...sa.cloudIdentity ? [`everything the cloud identity ${sa.cloudIdentity} may do`] : []
      ]
    };
    components.push(identity);
    add("identity", identity);
  }
  const toolIdentities = [
    ...new Set(surface.mcpServers.map((s) => s.identity).filter((i) => !!i && i !== surface.identity))
  ];
  for (const user of toolIdentities) {
    const [, , ns, name] = user.split(":");
    const known = surface.toolIdentities?.find((t) => t.identity === user);
    const cloud = known?.serviceAccount.cloudIdentity;
    const c = {
      id: ids.take(`sa-${name}`),
      category: "identity",
      description: `${user}: the identity MCP tool calls execute with${cloud ? `, bound to the cloud identity ${cloud}` : ""}.`,
      trustSource: { kind: "ServiceAccount", name, namespace: ns },
      telemetry: cloud ? ["kube-audit", "iam-events"] : ["kube-audit"],
      blastSurface: [
        ...known && known.permissions.length > 0 ? permissionSummary(known.permissions) : ["everything the tool server's ServiceAccount is granted"],
        ...cloud ? [`everything the cloud identity ${cloud} may do`] : []
      ]
    };
    components.push(c);
    add("identity", c);
  }
  const pool = surface.sandbox?.workerPool;
  const runtime = surface.serviceAccount ? {
    id: ids.take("runtime"),
    category: "runtime",
    description: `The ${surface.workload.kind} ${surface.workload.name} pods, their node (kubelet), the CNI, IMDS and the API server.`,
    trustSource: agentRef,
    telemetry: ["ebpf", "kube-audit", "admission", "cni"],
    blastSurface: [
      "the node the pod runs on",
      "the mounted ServiceAccount token",
      "the instance metadata service (169.254.169.254)"
    ]
  } : {
    id: ids.take("runtime"),
    category: "runtime",
    description: `The Agent Substrate actors of ${surface.agent.kind} ${surface.agent.name} (gVisor sandboxes in the pods of ${pool ? `WorkerPool ${pool.name}` : "kagent's default WorkerPool"}, shared with other agents), their node, the CNI, IMDS and the API server.`,
    trustSource: agentRef,
    telemetry: ["ebpf", "kube-audit", "admission", "cni"],
    blastSurface: [
      "the WorkerPool pod the sandbox runs in (privileged, shared with other agents)",
      "the secrets kagent copies as literal env into the ActorTemplate",
      "the instance metadata service (169.254.169.254)"
    ]
  };
  components.push(runtime);
  add("runtime", runtime);
  const delegations = surface.delegations.map((d) => {
    const e = {
      id: ids.take(`to-${d.ref.name}`),
      description: `${surface.agent.name} delegates to the agent ${d.ref.namespace ? `${d.ref.namespace}/` : ""}${d.ref.name} (agent-as-tool).`,
      direction: "outbound",
      to: { agent: d.ref.name, ...d.ref.namespace ? { namespace: d.ref.namespace } : {} },
      trustSource: agentRef,
      telemetry: ["sdk-callback"],
      blastSurface: [`everything the agent ${d.ref.name} can reach`]
    };
    add("delegation", e);
    return e;
  });
  return { components, delegations, byCategory, memory };
}
function sameRef(a, b) {
  return a.kind === b.kind && a.name === b.name && (a.namespace ?? "") === (b.namespace ?? "");
}
function ref(r) {
  return { kind: r.kind, name: r.name, ...r.namespace ? { namespace: r.namespace } : {} };
}
function permissionSummary(perms) {
  const groups = /* @__PURE__ */ new Map();
  for (const p of perms) {
    const what = p.nonResourceURL ? `non-resource ${p.nonResourceURL}` : `${p.apiGroup && p.apiGroup !== "" ? `${p.apiGroup}/` : ""}${p.resource}`;
    const key = `${what}\0${p.namespace === "*" ? "cluster-wide" : `in ${p.namespace}`}`;
    if (!groups.has(key)) groups.set(key, /* @__PURE__ */ new Set());
    groups.get(key).add(p.verb);
  }
  const lines = [...groups].map(([key, verbs]) => {
    const [what, scope] = key.split("\0");
    return `${[...verbs].sort().join(", ")} ${what} (${scope})`;
  });
  return lines.length > 0 ? lines : ["no Kubernetes API permission granted in these manifests"];
}
function evaluate(cond, f) {
  if (cond.component) {
    const ids = f.byCategory.get(cond.component) ?? [];
    return ids.length > 0 ? { because: [`${cond.component} present (${ids.join(", ")})`], rules: [], tools: [] } : void 0;
  }
  if (cond.permission) {
    const hits = reachablePermissions(f.surface).filter((p) => permissionMatches(cond.permission, p));
    if (hits.length === 0) return void 0;
    const sample = [
      ...new Set(
        hits.map((p) => `${p.verb} ${p.resource || p.nonResourceURL}${p.namespace === "*" ? " (cluster-wide)" : ""}`)
      )
    ];
    return {
      because: [
        `permission ${sample.slice(0, 4).join("; ")}${sample.length > 4 ? `; +${sample.length - 4} more` : ""}`
      ],
      rules: hits,
      tools: []
    };
  }
  if (cond.mcpServer) {
    const c = cond.mcpServer;
    const servers = f.surface.mcpServers;
    if (c.min !== void 0)
      return servers.length >= c.min ? { because: [`${servers.length} MCP servers`], rules: [], tools: [] } : void 0;
    if (c.remote) {
      const remote = servers.filter(isRemote);
      return remote.length > 0 ? { because: [`remote MCP server ${remote.map((s) => s.url).join(", ")}`], rules: [], tools: [] } : void 0;
    }
    const needles = (c.matches ?? []).map((m) => m.toLowerCase());
    const tools = [];
    const names = [];
    for (const s of servers) {
      const hay = [s.ref.name, s.url, s.image, s.command, ...s.args ?? []].filter(Boolean).join(" ").toLowerCase();
      if (needles.some((n) => hay.includes(n))) names.push(s.ref.name);
      for (const t of s.allowedTools ?? s.tools?.map((x) => x.name) ?? []) {
        if (needles.some((n) => t.toLowerCase().includes(n))) tools.push(t);
      }
    }
    if (names.length === 0 && tools.length === 0) return void 0;
    return {
      because: [names.length ? `MCP server ${names.join(", ")}` : `tools ${[...new Set(tools)].join(", ")}`],
      rules: [],
      tools: [...new Set(tools)]
    };
  }
  if (cond.memory) {
    const engines = cond.memory.engine.map((e) => e.toLowerCase());
    const hit = f.memory.filter((m) => engines.includes(m.engine.toLowerCase()));
    return hit.length > 0 ? { because: [`${hit.map((m) => m.engine).join(", ")} store`], rules: [], tools: [] } : void 0;
  }
  if (cond.autonomy) {
    return cond.autonomy.includes(f.surface.autonomy.tier) ? { because: [`autonomy tier ${f.surface.autonomy.tier}`], rules: [], tools: [] } : void 0;
  }
  if (cond.codeExecution) {
    return f.surface.autonomy.codeExecution ? { because: ["code execution enabled"], rules: [], tools: [] } : void 0;
  }
  if (cond.any) {
    const hits = cond.any.map((c) => evaluate(c, f)).filter((m) => !!m);
    if (hits.length === 0) return void 0;
    return {
      because: hits.flatMap((h) => h.because),
      rules: hits.flatMap((h) => h.rules),
      tools: hits.flatMap((h) => h.tools)
    };
  }
  return void 0;
}
function permissionMatches(c, p) {
  if (p.nonResourceURL) return false;
  const any = (list, value) => !list || value === "*" || list.includes(value) || value.startsWith("*/") && list.some((l) => l.endsWith(value.slice(1)));
  if (c.wildcard && !p.wildcard) return false;
  if (c.scope === "cluster" && p.namespace !== "*") return false;
  if (c.scope === "namespace" && p.namespace === "*") return false;
  return any(c.verbs, p.verb) && any(c.resources, p.resource) && any(c.apiGroups, p.apiGroup);
}
function isRemote(s) {
  if (!s.url) return false;
  let host;
  try {
    host = new URL(s.url).hostname.toLowerCase();
  } catch {
    return false;
  }
  if (host === "localhost" || /^(10|127)\.|^192\.168\.|^172\.(1[6-9]|2\d|3[01])\.|^\[?::1\]?$/.test(host)) return false;
  if (/\.(svc|svc\.cluster\.local|cluster\.local|local|internal)$/.test(host)) return false;
  const labels = host.split(".");
  if (labels.length === 1) return false;
  if (labels.length === 2) return PUBLIC_TLDS.has(labels[1]);
  return true;
}
var PUBLIC_TLDS = /* @__PURE__ */ new Set([
  "com",
  "net",
  "org",
  "io",
  "ai",
  "dev",
  "app",
  "cloud",
  "co",
  "sh",
  "tech",
  "xyz",
  "me",
  "us",
  "eu",
  "de",
  "uk",
  "fr"
]);
function isCrossSession(m) {
  return m.engine === "kagent" || m.ref.kind === "Memory";
}
function reachablePermissions(surface) {
  return [...surface.permissions, ...(surface.toolIdentities ?? []).flatMap((t) => t.permissions)];
}
function proposeFactors(surface, memory) {
  const perms = reachablePermissions(surface);
  const has = (verbs, resources) => perms.some((p) => permissionMatches({ verbs, resources }, p));
  const reasons = {};
  const factors = {};
  const set = (k, v, why) => {
    factors[k] = v;
    reasons[k] = why;
  };
  const a = surface.autonomy;
  if (a.tier === "autonomous")
    set(
      "autonomyOfAction",
      1,
      surface.mcpServers.length > 0 ? "no tool waits for human approval (no approval list)" : "acts without human approval"
    );
  else if (a.tier === "approval")
    set(
      "autonomyOfAction",
      0.5,
      `approval required only for ${a.approvalTools.slice(0, 4).join(", ")}${a.approvalTools.length > 4 ? ", ..." : ""}`
    );
  else set("autonomyOfAction", 0, "every action waits for a human");
  const byo = surface.type === "BYO";
  if (byo) set("goalDrivenPlanning", 0.5, "BYO agent: its planning is inside the image; assumed multi-step");
  else if (surface.delegations.length > 0)
    set("goalDrivenPlanning", 1, `orchestrates ${surface.delegations.length} other agent(s): plans across agents`);
  else if (surface.mcpServers.length > 0) set("goalDrivenPlanning", 0.5, "plans multi-step tool use within one agent");
  else set("goalDrivenPlanning", 0, "no tools or delegations: answers, does not plan actions");
  if (has(WRITE_VERBS, ["deployments", "configmaps", "agents", "modelconfigs", "remotemcpservers", "mcpservers"])) {
    set("selfModification", 1, "may write Deployments, ConfigMaps or agent objects (its own definition)");
  } else if (memory.some(isCrossSession)) set("selfModification", 0.5, "writes persistent memory it later reads");
  else set("selfModification", 0, "no write access to its own code, configuration or memory");
  const unlimited = surface.mcpServers.filter((s) => !s.allowedTools);
  const writeTools = surface.mcpServers.flatMap((s) => s.allowedTools ?? []).filter((t) => /(apply|patch|delete|create|exec|update|write|run|scale)/i.test(t));
  if (byo && surface.mcpServers.length === 0)
    set("toolUse", 1, "BYO agent: its tools are inside the image, unknown to the manifests; assumed unrestricted");
  else if (surface.mcpServers.length === 0) set("toolUse", 0, "no MCP tool server");
  else if (unlimited.length > 0)
    set("toolUse", 1, `${unlimited.map((s) => s.ref.name).join(", ")}: every tool the server offers (no allow-list)`);
  else if (writeTools.length > 0)
    set(
      "toolUse",
      1,
      `high-risk tools allowed: ${writeTools.slice(0, 4).join(", ")}${writeTools.length > 4 ? ", ..." : ""}`
    );
  else set("toolUse", 0.5, "a limited, allow-listed set of read tools");
  const crossSession = memory.filter(isCrossSession);
  if (crossSession.length > 0)
    set("memoryUse", 1, `cross-session memory (${crossSession.map((m) => m.ref.name).join(", ")})`);
  else if (memory.length > 0)
    set(
      "memoryUse",
      0.5,
      `RAG store ${memory.map((m) => `${m.engine} (${m.ref.kind} ${m.ref.name})`).join(", ")}; assumed read-only: raise to 1.0 if the agent writes to it`
    );
  else set("memoryUse", 0, "no vector store or memory in the manifests");
  const reads = perms.filter((p) => ["get", "list", "watch", "*"].includes(p.verb));
  if (reads.some((p) => p.namespace === "*")) set("contextualAwareness", 1, "reads cluster state cluster-wide");
  else if (reads.length > 0 || surface.mcpServers.length > 0)
    set(
      "contextualAwareness",
      0.5,
      reads.length > 0 ? "reads state in its namespace(s)" : "senses its environment through tools"
    );
  else set("contextualAwareness", 0, "no read access to its environment");
  if (has(["impersonate", "bind", "escalate"], ["*", "users", "groups", "serviceaccounts", "roles", "clusterroles"]) || has(WRITE_VERBS, ["roles", "rolebindings", "clusterroles", "clusterrolebindings"]) || has(["create"], ["serviceaccounts/token"])) {
    set(
      "dynamicIdentity",
      1,
      "can change its own permissions or act as another identity (RBAC write, bind, escalate or impersonate)"
    );
  } else if (surface.mcpServers.some((s) => s.identity && s.identity !== surface.identity)) {
    set("dynamicIdentity", 0.5, "tool calls execute under the tool server identity, not the agent identity");
  } else set("dynamicIdentity", 0, "one predefined identity");
  if (surface.delegations.length > 1)
    set("multiAgentInteractions", 1, `delegates to ${surface.delegations.map((d) => d.ref.name).join(", ")}`);
  else if (surface.delegations.length === 1)
    set("multiAgentInteractions", 0.5, `delegates to ${surface.delegations[0].ref.name}`);
  else set("multiAgentInteractions", 0, "no delegation in the manifests");
  set("nonDeterminism", 0.5, "LLM-driven; sampling settings are not pinned in the manifests");
  set(
    "opacityAndReflexivity",
    0.5,
    "tool calls can be logged, the model reasoning is not: lower to 0 with full tracing"
  );
  const ordered = {};
  for (const k of FACTOR_KEYS) ordered[k] = factors[k];
  return { factors: ordered, reasons };
}
var FLOW_ORDER = ["L1", "L2", "L3", "L4", "L5", "L6", "L7", "cross-layer"];
function buildCatalog(input) {
  const { surface } = input;
  const version = input.aivssVersion ?? "0.5";
  const d = decompose(surface, input.standaloneMemory);
  const facts = { surface, byCategory: d.byCategory, memory: d.memory };
  const { factors, reasons } = proposeFactors(surface, d.memory);
  const threats = [];
  const threatReasons = {};
  const skipped = [];
  for (const t of input.templates) {
    const matches = [];
    let applies = true;
    for (const cond of t.appliesWhen ?? []) {
      const m = evaluate(cond, facts);
      if (!m) {
        applies = false;
        break;
      }
      matches.push(m);
    }
    const components = t.components.flatMap((c) => d.byCategory.get(c) ?? []);
    if (!applies || components.length === 0) {
      skipped.push(t.id);
      continue;
    }
    const capability = capabilityOf(t, matches);
    const threat = {
      id: threatId(surface.agent.name, t.id),
      title: t.title,
      description: t.description,
      class: t.class,
      layer: t.layer,
      ...t.layers ? { layers: t.layers } : {},
      ...t.owasp ? { owasp: t.owasp } : {},
      components,
      ...capability ? { capability } : {},
      ...t.cvss ? {
        cvss: t.cvss,
        aivss: aivssBlock(
          computeAivss({ version, factors, cvssBase: t.cvss.base, exploitMaturity: t.cvss.exploitMaturity })
        )
      } : {},
      status: "open",
      evidence: t.evidence,
      reopenOn: t.reopenOn,
      ...t.mitigations ? { mitigations: t.mitigations } : {},
      ...t.references ? { references: t.references } : {}
    };
    threats.push(threat);
    const because = matches.flatMap((m) => m.because);
    threatReasons[threat.id] = because.length > 0 ? `applies because: ${because.join("; ")}` : "applies to every agent";
  }
  threats.sort((a, b) => FLOW_ORDER.indexOf(a.layer) - FLOW_ORDER.indexOf(b.layer));
  const catalog = {
    apiVersion: "threatcat.dev/v1alpha1",
    kind: "ThreatCatalog",
    metadata: {
      name: catalogName(surface.agent.name),
      description: `Day-1 threat model of the agent ${surface.agent.namespace ?? "default"}/${surface.agent.name}, generated by threatcat init from its manifests.`,
      owners: { security: ["@security-team"], platform: ["@platform-team"] }
    },
    agent: {
      name: surface.agent.name,
      workload: surface.type !== "Workload" ? {
        kind: surface.agent.kind,
        name: surface.agent.name,
        namespace: surface.agent.namespace ?? "default"
      } : {
        kind: workloadKind(surface.workload.kind),
        name: surface.workload.name,
        namespace: surface.workload.namespace ?? "default"
      },
      manifests: input.manifests,
      autonomyTier: surface.autonomy.tier,
      aivss: { version, factors }
    },
    components: d.components,
    ...d.delegations.length > 0 ? { delegations: d.delegations } : {},
    threats
  };
  return { catalog, factorReasons: reasons, threatReasons, skipped };
}
function threatId(agent, templateId) {
  const room = 64 - templateId.length - 1;
  const prefix = catalogName(agent).replace(/\./g, "-").slice(0, Math.max(1, room));
  return `${prefix}.${templateId}`.slice(0, 64);
}
function workloadKind(kind) {
  return kind === "StatefulSet" || kind === "DaemonSet" ? kind : "Deployment";
}
function catalogName(agent) {
  return agent.toLowerCase().replace(/[^a-z0-9.-]+/g, "-").replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, "") || "agent";
}
function capabilityOf(t, matches) {
  const perms = matches.flatMap((m) => m.rules);
  const tools = [...new Set(matches.flatMap((m) => m.tools))].sort();
  if (!t.capability && perms.length === 0 && tools.length === 0) return void 0;
  const byGroupResource = /* @__PURE__ */ new Map();
  for (const p of perms) {
    const key = `${p.apiGroup}\0${p.resource}`;
    if (!byGroupResource.has(key))
      byGroupResource.set(key, { apiGroup: p.apiGroup, resource: p.resource, verbs: /* @__PURE__ */ new Set() });
    byGroupResource.get(key).verbs.add(p.verb);
  }
  const rules = /* @__PURE__ */ new Map();
  for (const g of byGroupResource.values()) {
    const verbs = [...g.verbs].sort();
    const key = `${g.apiGroup}\0${verbs.join(",")}`;
    const rule = rules.get(key);
    if (rule) rule.resources.push(g.resource);
    else rules.set(key, { apiGroups: [g.apiGroup], resources: [g.resource], verbs });
  }
  return {
    ...t.capability ? { description: t.capability } : {},
    ...rules.size > 0 ? { rules: [...rules.values()] } : {},
    ...tools.length > 0 ? { tools } : {}
  };
}

export {
  readLibrary,
  buildCatalog
};
