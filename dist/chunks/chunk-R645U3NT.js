import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  FACTOR_KEYS,
  aivssBlock,
  computeAivss
} from "./chunk-2LPVWLPB.js";
import {
  blastOf,
  makeLocator,
  packageRoot,
  parseSingleDocument,
  readTextFile,
  require_equal,
  require_formats,
  require_ucs2length
} from "./chunk-ANXZMRTR.js";
import {
  InputError,
  __commonJS,
  __toESM
} from "./chunk-TIATFUQ4.js";

// node_modules/ae-cvss-calculator/dist/ae-cvss-calculator.js
var require_ae_cvss_calculator = __commonJS({
  "node_modules/ae-cvss-calculator/dist/ae-cvss-calculator.js"(exports, module) {
    !(function(e, t) {
      "object" == typeof exports && "object" == typeof module ? module.exports = t() : "function" == typeof define && define.amd ? define([], t) : "object" == typeof exports ? exports.CvssCalculator = t() : e.CvssCalculator = t();
    })(exports, (() => (() => {
      "use strict";
      var e = { 154: (e2, t2) => {
        Object.defineProperty(t2, "__esModule", { value: true }), t2.CvssVector = void 0;
        class o {
          constructor(e3, t3, o2) {
            this.vector = e3, this.normalize = t3, this.scores = o2;
          }
          isUpToDate(e3, t3) {
            return this.vector === e3 && this.normalize === t3;
          }
          getScores() {
            return this.scores;
          }
        }
        t2.CvssVector = class {
          constructor(e3) {
            this.vectorChangedListeners = [], this.components = /* @__PURE__ */ new Map(), this.clearComponents(), e3 && this.applyVector(e3);
          }
          calculateScores(e3 = false) {
            const t3 = this.toString(true);
            if (this.cachedScores && this.cachedScores.isUpToDate(t3, e3)) return this.cachedScores.getScores();
            const a = this.calculateScoresInternal(e3);
            return this.cachedScores = new o(t3, e3, a), a;
          }
          fillBaseMetrics() {
            for (const [e3, t3] of this.getRegisteredComponents()) if ("base" === e3.name) {
              for (const e4 of t3) {
                const t4 = e4.values[1];
                t4 && this.applyComponent(e4, t4);
              }
              return;
            }
            throw new Error("No base category found");
          }
          getComponents() {
            return this.components;
          }
          clearComponents() {
            this.getRegisteredComponents().forEach(((e3, t3) => {
              e3.forEach(((e4) => this.components.set(e4, e4.values[0])));
            }));
          }
          clearSpecifiedComponents(e3) {
            e3.forEach(((e4) => this.components.set(e4, e4.values[0])));
          }
          addVectorChangedListener(e3) {
            this.vectorChangedListeners.push(e3);
          }
          normalizeVector(e3) {
            return e3.replace(/\(/g, "").replace(/\)/g, "").replace(/CVSS:\d+\.?\d?/g, "").replace(/\s/g, "").replace(/\\/g, "").replace(/^\//g, "").replace(/\/$/g, "").trim();
          }
          findComponent(e3) {
            for (const t3 of this.getRegisteredComponents().values()) {
              const o2 = t3.find(((t4) => t4.name === e3 || t4.shortName === e3));
              if (o2) return o2;
            }
            return Array.from(this.components.keys()).find(((t3) => t3.name === e3 || t3.shortName === e3));
          }
          applyVector(e3) {
            this.applyVectorCount(e3);
          }
          applyVectorCount(e3) {
            const t3 = this.normalizeVector(e3).split("/");
            let o2 = 0;
            return t3.forEach(((e4) => {
              if (0 === e4.length) return;
              const [t4, a] = e4.split(":");
              0 !== t4.length && 0 !== a.length ? this.applyComponentString(t4, a, false) && o2++ : console.warn("Invalid component/value pair", e4);
            })), this.vectorChangedListeners.forEach(((e4) => e4(this))), o2;
          }
          applyComponentString(e3, t3, o2 = true) {
            const a = this.findComponent(e3);
            if (a) {
              const i = a.values.find(((e4) => e4.name === t3 || e4.shortName === t3));
              if (i) return this.components.get(a) !== i && (this.applyComponent(a, i), o2 && this.vectorChangedListeners.forEach(((e4) => e4(this))), true);
              throw new Error(`Unknown component value ${t3} for component ${e3}`);
            }
            throw new Error(`Unknown component ${e3} when setting value ${t3}`);
          }
          applyComponentStringSilent(e3, t3, o2 = true) {
            try {
              return this.applyComponentString(e3, t3, o2);
            } catch (e4) {
              return false;
            }
          }
          applyComponent(e3, t3, o2 = true) {
            this.components.set(e3, t3), o2 && this.vectorChangedListeners.forEach(((e4) => e4(this)));
          }
          applyVectorPartsIf(e3, t3, o2) {
            if (!e3) return 0;
            const a = this.normalizeVector(e3);
            if (0 === a.length) return 0;
            const i = a.split("/");
            let s = 0;
            for (const e4 of i) {
              if (!e4) continue;
              const a2 = e4.split(":", 2), i2 = this.clone(), n = t3(i2);
              if (2 === a2.length) {
                i2.applyComponentStringSilent(a2[0], a2[1]);
                const e5 = t3(i2);
                o2 ? e5 <= n && (s += this.applyComponentStringSilent(a2[0], a2[1]) ? 1 : 0) : e5 >= n && (s += this.applyComponentStringSilent(a2[0], a2[1]) ? 1 : 0);
              } else console.warn("Unknown vector argument:", e4);
            }
            return s;
          }
          applyVectorPartsIfLower(e3, t3) {
            return this.applyVectorPartsIf(e3, t3, true);
          }
          applyVectorPartsIfHigher(e3, t3) {
            return this.applyVectorPartsIf(e3, t3, false);
          }
          applyVectorPartsIfLowerVector(e3, t3) {
            return this.applyVectorPartsIf(e3.toStringDefinedParts(), t3, true);
          }
          applyVectorPartsIfHigherVector(e3, t3) {
            return this.applyVectorPartsIf(e3.toStringDefinedParts(), t3, false);
          }
          getComponent(e3) {
            const t3 = this.components.get(e3);
            if (!t3) throw new Error(`Unknown component: ${e3.name}`);
            return t3;
          }
          getComponentByString(e3) {
            const t3 = this.findComponent(e3);
            if (!t3) throw new Error(`Unknown component: ${e3}`);
            const o2 = this.components.get(t3);
            if (!o2) throw new Error(`Unknown component: ${e3}`);
            return o2;
          }
          getComponentByStringOpt(e3) {
            try {
              return this.getComponentByString(e3);
            } catch (e4) {
              return null;
            }
          }
          size() {
            return Array.from(this.components.values()).filter(this.isComponentValueDefined).length;
          }
          getFirstDefinedComponent(e3) {
            return e3.map(((e4) => this.components.get(e4))).find(this.isComponentValueDefined);
          }
          toString(e3 = false, t3 = this.getRegisteredComponents(), o2 = false) {
            let a = "";
            for (const [i, s] of t3) if (e3 || this.isCategoryPartiallyDefined(i)) for (const e4 of s) {
              const t4 = this.components.get(e4);
              if (t4) {
                if (o2 && !this.isComponentValueDefined(t4)) continue;
                a += `${e4.shortName}:${t4.shortName}/`;
              }
            }
            return this.getVectorPrefix() + a.slice(0, -1);
          }
          toStringDefinedParts() {
            return this.toString(false, this.getRegisteredComponents(), true);
          }
          isCategoryFullyDefined(e3) {
            const t3 = this.getRegisteredComponents().get(e3);
            return !!t3 && t3.every(((e4) => void 0 !== this.components.get(e4) && "ND" !== this.components.get(e4).shortName && "X" !== this.components.get(e4).shortName));
          }
          isCategoryPartiallyDefined(e3) {
            const t3 = this.getRegisteredComponents().get(e3);
            return !!t3 && t3.some(((e4) => void 0 !== this.components.get(e4) && "ND" !== this.components.get(e4).shortName && "X" !== this.components.get(e4).shortName));
          }
          round(e3, t3) {
            let o2 = Math.pow(10, t3);
            return Math.round(e3 * o2) / o2;
          }
          roundUp(e3) {
            let t3 = Math.round(1e5 * e3);
            return t3 % 1e4 == 0 ? t3 / 1e5 : (Math.floor(t3 / 1e4) + 1) / 10;
          }
          normalizeScore(e3, t3) {
            return 10 === t3 ? e3 : this.round(this.mapRange(e3, 0, t3, 0, 10), 1);
          }
          mapRange(e3, t3, o2, a, i) {
            return (e3 - t3) / (o2 - t3) * (i - a) + a;
          }
          pickRandomDefinedComponentValue(e3) {
            for (let t3 = 0; t3 < 999999; t3++) {
              const t4 = e3.values[Math.floor(Math.random() * e3.values.length)];
              if ("X" !== t4.shortName && "ND" !== t4.shortName && !t4.hide) return t4;
            }
          }
          clone() {
            const e3 = new this.constructor();
            return e3.components = new Map(this.components), e3;
          }
          diffVector(e3) {
            const t3 = new this.constructor();
            for (const [o2, a] of this.getRegisteredComponents()) for (const o3 of a) {
              const a2 = this.components.get(o3), i = e3.components.get(o3), s = this.isComponentValueDefined(a2), n = this.isComponentValueDefined(i);
              s && n && a2.shortName !== i.shortName || !s && n ? t3.applyComponent(o3, i) : s && !n && t3.applyComponent(o3, a2);
            }
            return t3;
          }
          applyEnvironmentalMetricsOntoBase() {
            for (const [e3, t3] of this.getRegisteredComponents()) for (const e4 of t3) {
              const t4 = this.components.get(e4);
              t4 && e4.baseMetricEquivalent && this.isComponentValueDefined(t4) && (e4.baseMetricEquivalentMapper ? this.applyComponentString(e4.baseMetricEquivalent.shortName, e4.baseMetricEquivalentMapper(t4).shortName, false) : this.applyComponentString(e4.baseMetricEquivalent.shortName, t4.shortName, false), this.applyComponent(e4, e4.values[0], false));
            }
            this.vectorChangedListeners.forEach(((e3) => e3(this)));
          }
          isComponentValueDefined(e3) {
            return void 0 !== e3 && "ND" !== e3.shortName && "X" !== e3.shortName;
          }
          static _reorderAttributeSeverityOrder(e3) {
            const t3 = [];
            return e3.forEach(((e4, o2) => {
              t3.push([e4]);
            })), t3;
          }
        };
      }, 156: function(e2, t2, o) {
        var a = this && this.__createBinding || (Object.create ? function(e3, t3, o2, a2) {
          void 0 === a2 && (a2 = o2);
          var i2 = Object.getOwnPropertyDescriptor(t3, o2);
          i2 && !("get" in i2 ? !t3.__esModule : i2.writable || i2.configurable) || (i2 = { enumerable: true, get: function() {
            return t3[o2];
          } }), Object.defineProperty(e3, a2, i2);
        } : function(e3, t3, o2, a2) {
          void 0 === a2 && (a2 = o2), e3[a2] = t3[o2];
        }), i = this && this.__exportStar || function(e3, t3) {
          for (var o2 in e3) "default" === o2 || Object.prototype.hasOwnProperty.call(t3, o2) || a(t3, e3, o2);
        };
        Object.defineProperty(t2, "__esModule", { value: true }), t2.Cvss4P0 = t2.Cvss3P0 = t2.Cvss3P1 = t2.Cvss2 = t2.CvssVector = void 0;
        var s = o(154);
        Object.defineProperty(t2, "CvssVector", { enumerable: true, get: function() {
          return s.CvssVector;
        } }), i(o(564), t2);
        var n = o(475);
        Object.defineProperty(t2, "Cvss2", { enumerable: true, get: function() {
          return n.Cvss2;
        } });
        var r = o(371);
        Object.defineProperty(t2, "Cvss3P1", { enumerable: true, get: function() {
          return r.Cvss3P1;
        } });
        var c = o(623);
        Object.defineProperty(t2, "Cvss3P0", { enumerable: true, get: function() {
          return c.Cvss3P0;
        } });
        var l = o(987);
        Object.defineProperty(t2, "Cvss4P0", { enumerable: true, get: function() {
          return l.Cvss4P0;
        } });
      }, 331: (e2, t2) => {
        var o;
        Object.defineProperty(t2, "__esModule", { value: true }), t2.Cvss3P0Components = void 0;
        class a {
        }
        t2.Cvss3P0Components = a, o = a, a.CONFIDENTIALITY_IMPACT_VALUES = { X: { shortName: "X", value: 0, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0, name: "None", jsonSchemaName: "NONE", description: "There is no loss of confidentiality within the impacted component." }, L: { shortName: "L", value: 0.22, name: "Low", jsonSchemaName: "LOW", description: "There is some loss of confidentiality. Access to some restricted information is obtained, but the attacker does not have control over what information is obtained, or the amount or kind of loss is limited. The information disclosure does not cause a direct, serious loss to the impacted component." }, H: { shortName: "H", value: 0.56, name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of confidentiality, resulting in all resources within the impacted component being divulged to the attacker. Alternatively, access to only some restricted information is obtained, but the disclosed information presents a direct, serious impact. For example, an attacker steals the administrator's password, or private encryption keys of a web server." } }, a.CONFIDENTIALITY_IMPACT = [o.CONFIDENTIALITY_IMPACT_VALUES.X, o.CONFIDENTIALITY_IMPACT_VALUES.N, o.CONFIDENTIALITY_IMPACT_VALUES.L, o.CONFIDENTIALITY_IMPACT_VALUES.H], a.INTEGRITY_IMPACT_VALUES = { X: { shortName: "X", value: 0, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0, name: "None", jsonSchemaName: "NONE", description: "There is no loss of integrity within the impacted component." }, L: { shortName: "L", value: 0.22, name: "Low", jsonSchemaName: "LOW", description: "Modification of data is possible, but the attacker does not have control over the consequence of a modification, or the amount of modification is limited. The data modification does not have a direct, serious impact on the impacted component." }, H: { shortName: "H", value: 0.56, name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of integrity, or a complete loss of protection. For example, the attacker is able to modify any/all files protected by the impacted component. Alternatively, only some files can be modified, but malicious modification would present a direct, serious consequence to the impacted component." } }, a.INTEGRITY_IMPACT = [o.INTEGRITY_IMPACT_VALUES.X, o.INTEGRITY_IMPACT_VALUES.N, o.INTEGRITY_IMPACT_VALUES.L, o.INTEGRITY_IMPACT_VALUES.H], a.AVAILABILITY_IMPACT_VALUES = { X: { shortName: "X", value: 0, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0, name: "None", jsonSchemaName: "NONE", description: "There is no impact to availability within the impacted component." }, L: { shortName: "L", value: 0.22, name: "Low", jsonSchemaName: "LOW", description: "Performance is reduced or there are interruptions in resource availability. Even if repeated exploitation of the vulnerability is possible, the attacker does not have the ability to completely deny service to legitimate users. The resources in the impacted component are either partially available all of the time, or fully available only some of the time, but overall there is no direct, serious consequence to the impacted component." }, H: { shortName: "H", value: 0.56, name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of availability, resulting in the attacker being able to fully deny access to resources in the impacted component; this loss is either sustained (while the attacker continues to deliver the attack) or persistent (the condition persists even after the attack has completed). Alternatively, the attacker has the ability to deny some availability, but the loss of availability presents a direct, serious consequence to the impacted component (e.g., the attacker cannot disrupt existing connections, but can prevent new connections; the attacker can repeatedly exploit a vulnerability that, in each instance of a successful attack, leaks a only small amount of memory, but after repeated exploitation causes a service to become completely unavailable)." } }, a.AVAILABILITY_IMPACT = [o.AVAILABILITY_IMPACT_VALUES.X, o.AVAILABILITY_IMPACT_VALUES.N, o.AVAILABILITY_IMPACT_VALUES.L, o.AVAILABILITY_IMPACT_VALUES.H], a.CONFIDENTIALITY_REQUIREMENT_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value indicates there is insufficient information to choose one of the other values, and has no impact on the overall Environmental Score, i.e., it has the same effect on scoring as assigning Medium." }, L: { shortName: "L", value: 0.5, name: "Low", jsonSchemaName: "LOW", description: "Loss of Confidentiality is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, M: { shortName: "M", value: 1, name: "Medium", jsonSchemaName: "MEDIUM", description: "Loss of Confidentiality is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, H: { shortName: "H", value: 1.5, name: "High", jsonSchemaName: "HIGH", description: "Loss of Confidentiality is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." } }, a.CONFIDENTIALITY_REQUIREMENT = [o.CONFIDENTIALITY_REQUIREMENT_VALUES.X, o.CONFIDENTIALITY_REQUIREMENT_VALUES.L, o.CONFIDENTIALITY_REQUIREMENT_VALUES.M, o.CONFIDENTIALITY_REQUIREMENT_VALUES.H], a.INTEGRITY_REQUIREMENT_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value indicates there is insufficient information to choose one of the other values, and has no impact on the overall Environmental Score, i.e., it has the same effect on scoring as assigning Medium." }, L: { shortName: "L", value: 0.5, name: "Low", jsonSchemaName: "LOW", description: "Loss of Integrity is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, M: { shortName: "M", value: 1, name: "Medium", jsonSchemaName: "MEDIUM", description: "Loss of Integrity is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, H: { shortName: "H", value: 1.5, name: "High", jsonSchemaName: "HIGH", description: "Loss of Integrity is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." } }, a.INTEGRITY_REQUIREMENT = [o.INTEGRITY_REQUIREMENT_VALUES.X, o.INTEGRITY_REQUIREMENT_VALUES.L, o.INTEGRITY_REQUIREMENT_VALUES.M, o.INTEGRITY_REQUIREMENT_VALUES.H], a.AVAILABILITY_REQUIREMENT_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value indicates there is insufficient information to choose one of the other values, and has no impact on the overall Environmental Score, i.e., it has the same effect on scoring as assigning Medium." }, L: { shortName: "L", value: 0.5, name: "Low", jsonSchemaName: "LOW", description: "Loss of Availability is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, M: { shortName: "M", value: 1, name: "Medium", jsonSchemaName: "MEDIUM", description: "Loss of Availability is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, H: { shortName: "H", value: 1.5, name: "High", jsonSchemaName: "HIGH", description: "Loss of Availability is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." } }, a.AVAILABILITY_REQUIREMENT = [o.AVAILABILITY_REQUIREMENT_VALUES.X, o.AVAILABILITY_REQUIREMENT_VALUES.L, o.AVAILABILITY_REQUIREMENT_VALUES.M, o.AVAILABILITY_REQUIREMENT_VALUES.H], a.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, L: { shortName: "L", value: 0.5, name: "Low", jsonSchemaName: "LOW", description: "There is no impact to the integrity of the system." }, M: { shortName: "M", value: 1, name: "Medium", jsonSchemaName: "MEDIUM", description: "There is a partial compromise of system integrity." }, H: { shortName: "H", value: 1.5, name: "High", jsonSchemaName: "HIGH", description: "There is a total compromise of system integrity." } }, a.TEMPLATE_CIA_REQUIREMENT_MODIFIED = [o.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES.X, o.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES.L, o.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES.M, o.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES.H], a.BASE_CATEGORY = { name: "base", description: "This metric reflects the qualities of a vulnerability that are constant over time and across user environments." }, a.AV_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0.85, name: "Network", abbreviatedName: "Netw.", jsonSchemaName: "NETWORK", description: "The vulnerable component is bound to the network stack and the set of possible attackers extends beyond the other options listed below, up to and including the entire Internet." }, A: { shortName: "A", value: 0.62, name: "Adjacent Network", abbreviatedName: "Adj. Network", jsonSchemaName: "ADJACENT_NETWORK", description: "The vulnerable component is bound to the network stack, but the attack is limited at the protocol level to a logically adjacent topology." }, L: { shortName: "L", value: 0.55, name: "Local", jsonSchemaName: "LOCAL", description: "The vulnerable component is not bound to the network stack and the attacker's path is via read/write/execute capabilities." }, P: { shortName: "P", value: 0.2, name: "Physical", abbreviatedName: "Phys.", jsonSchemaName: "PHYSICAL", description: "The attack requires the attacker to physically touch or manipulate the vulnerable component." } }, a.AV = { name: "Attack Vector", shortName: "AV", subCategory: "Exploitability Metrics", description: "This metric reflects the context by which vulnerability exploitation is possible. The more remote an attacker can be to attack a host, the greater the vulnerability score.", values: [o.AV_VALUES.X, o.AV_VALUES.N, o.AV_VALUES.A, o.AV_VALUES.L, o.AV_VALUES.P] }, a.AC_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, L: { shortName: "L", value: 0.77, name: "Low", jsonSchemaName: "LOW", description: "Specialized access conditions or extenuating circumstances do not exist. An attacker can expect repeatable success when attacking the vulnerable component." }, H: { shortName: "H", value: 0.44, name: "High", jsonSchemaName: "HIGH", description: "A successful attack depends on conditions beyond the attacker's control. That is, a successful attack cannot be accomplished at will, but requires the attacker to invest in some measurable amount of effort in preparation or execution against the vulnerable component before a successful attack can be expected." } }, a.AC = { name: "Attack Complexity", shortName: "AC", subCategory: "Exploitability Metrics", description: "This metric describes the conditions beyond the attacker's control that must exist in order to exploit the vulnerability.", values: [o.AC_VALUES.X, o.AC_VALUES.L, o.AC_VALUES.H] }, a.PR_VALUES = { X: { shortName: "X", value: 1, changedValue: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0.85, changedValue: 0.85, name: "None", jsonSchemaName: "NONE", description: "The attacker is unauthorized prior to attack, and therefore does not require any access to settings or files of the vulnerable system to carry out an attack." }, L: { shortName: "L", value: 0.62, changedValue: 0.68, name: "Low", jsonSchemaName: "LOW", description: "The attacker requires privileges that provide basic user capabilities that could normally affect only settings and files owned by a user. Alternatively, an attacker with Low privileges has the ability to access only non-sensitive resources." }, H: { shortName: "H", value: 0.27, changedValue: 0.5, name: "High", jsonSchemaName: "HIGH", description: "The attacker requires privileges that provide significant (e.g., administrative) control over the vulnerable component allowing access to component-wide settings and files." } }, a.PR = { name: "Privileges Required", shortName: "PR", subCategory: "Exploitability Metrics", description: "This metric describes the level of privileges an attacker must possess before successfully exploiting the vulnerability.", values: [o.PR_VALUES.X, o.PR_VALUES.N, o.PR_VALUES.L, o.PR_VALUES.H] }, a.UI_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0.85, name: "None", jsonSchemaName: "NONE", description: "The vulnerable system can be exploited without interaction from any user." }, R: { shortName: "R", value: 0.62, name: "Required", abbreviatedName: "Req.", jsonSchemaName: "REQUIRED", description: "Successful exploitation of this vulnerability requires a user to take some action before the vulnerability can be exploited. For example, a successful exploit may only be possible during the installation of an application by a system administrator." } }, a.UI = { name: "User Interaction", shortName: "UI", subCategory: "Exploitability Metrics", description: "This metric captures the requirement for a user, other than the attacker, to participate in the successful compromise of the vulnerable component.", values: [o.UI_VALUES.X, o.UI_VALUES.N, o.UI_VALUES.R] }, a.S_VALUES = { X: { shortName: "X", value: false, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, U: { shortName: "U", value: false, name: "Unchanged", abbreviatedName: "Unchang.", jsonSchemaName: "UNCHANGED", description: "An exploited vulnerability can only affect resources managed by the same authority." }, C: { shortName: "C", value: true, name: "Changed", jsonSchemaName: "CHANGED", description: "An exploited vulnerability can affect resources beyond the authorization privileges intended by the vulnerable system's design." } }, a.S = { name: "Scope", shortName: "S", subCategory: "Exploitability Metrics", description: "Can an exploit of the vulnerability be accomplished remotely?", values: [o.S_VALUES.X, o.S_VALUES.U, o.S_VALUES.C] }, a.C = { name: "Confidentiality Impact", shortName: "C", subCategory: "Impact Metrics", description: "This metric measures the impact to the confidentiality of the information resources managed by a software component due to a successfully exploited vulnerability.", values: o.CONFIDENTIALITY_IMPACT }, a.I = { name: "Integrity Impact", shortName: "I", subCategory: "Impact Metrics", description: "This metric measures the impact to integrity of a successfully exploited vulnerability.", values: o.INTEGRITY_IMPACT }, a.A = { name: "Availability Impact", shortName: "A", subCategory: "Impact Metrics", description: "This metric measures the impact to the availability of the impacted component resulting from a successfully exploited vulnerability.", values: o.AVAILABILITY_IMPACT }, a.BASE_CATEGORY_VALUES = [o.AV, o.AC, o.PR, o.UI, o.S, o.C, o.I, o.A], a.TEMPORAL_CATEGORY = { name: "temporal", description: "This metric reflects the current state of exploit techniques or code availability." }, a.E_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, U: { shortName: "U", value: 0.91, name: "Unproven", abbreviatedName: "Unproven", description: "No exploit code is available, or an exploit is theoretical." }, P: { shortName: "P", value: 0.94, name: "Proof-of-Concept", abbreviatedName: "Proof-of-conc.", jsonSchemaName: "PROOF_OF_CONCEPT", description: "Proof-of-concept exploit code is available, or an attack demonstration is not practical for most systems. The code or technique is not functional in all situations and may require substantial modification by a skilled attacker." }, F: { shortName: "F", value: 0.97, name: "Functional", jsonSchemaName: "FUNCTIONAL", description: "Functional exploit code is available. The code works in most situations where the vulnerability exists." }, H: { shortName: "H", value: 1, name: "High", jsonSchemaName: "HIGH", description: "Functional exploit code is available. The code is widespread and automated and works in all situations where the vulnerability exists." } }, a.E = { name: "Exploit Code Maturity", shortName: "E", description: "This metric measures the likelihood of the vulnerability being attacked, and is typically based on the current state of exploit techniques, exploit code availability, or active, successful exploitation of the vulnerability.", values: [o.E_VALUES.X, o.E_VALUES.U, o.E_VALUES.P, o.E_VALUES.F, o.E_VALUES.H] }, a.RL_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, O: { shortName: "O", value: 0.95, name: "Official Fix", abbreviatedName: "Off. Fix", jsonSchemaName: "OFFICIAL_FIX", description: "A complete vendor solution is available. Either the vendor has issued an official patch, or an upgrade is available." }, T: { shortName: "T", value: 0.96, name: "Temporary Fix", abbreviatedName: "Temp. Fix", jsonSchemaName: "TEMPORARY_FIX", description: "There is an official but temporary fix available. This includes instances where the vendor issues a temporary hotfix, tool, or workaround." }, W: { shortName: "W", value: 0.97, name: "Workaround", jsonSchemaName: "WORKAROUND", description: "There is an unofficial, non-vendor solution available. In some cases, users of the affected technology will create a patch of their own or provide steps to work around or otherwise mitigate the vulnerability." }, U: { shortName: "U", value: 1, name: "Unavailable", jsonSchemaName: "UNAVAILABLE", description: "There is either no solution available or it is impossible to apply." } }, a.RL = { name: "Remediation Level", shortName: "RL", description: "This metric describes the remediation level for a vulnerability in an affected resource.", values: [o.RL_VALUES.X, o.RL_VALUES.O, o.RL_VALUES.T, o.RL_VALUES.W, o.RL_VALUES.U] }, a.RC_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, U: { shortName: "U", value: 0.92, name: "Unknown", description: "Report confidence is unknown." }, R: { shortName: "R", value: 0.96, name: "Reasonable", jsonSchemaName: "REASONABLE", description: "Reasonable confidence exists, or the reported vulnerability is in a component not typically used by a target or not having a large installed base." }, C: { shortName: "C", value: 1, name: "Confirmed", jsonSchemaName: "CONFIRMED", description: "Confirmed confidence exists, or the exploit is functional in the environment where the vulnerability exists." } }, a.RC = { name: "Report Confidence", shortName: "RC", description: "This metric describes the level of confidence in the existence of the vulnerability and the credibility of the known technical details.", values: [o.RC_VALUES.X, o.RC_VALUES.U, o.RC_VALUES.R, o.RC_VALUES.C] }, a.TEMPORAL_CATEGORY_VALUES = [o.E, o.RL, o.RC], a.ENVIRONMENTAL_CATEGORY = { name: "environmental", description: "This metric reflects the characteristics of a vulnerability that are relevant and unique to a particular user's environment. This metric can greatly improve the accuracy of a score." }, a.MAV_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0.85, name: "Network", abbreviatedName: "Netw.", jsonSchemaName: "NETWORK", description: "The vulnerable component is bound to the network stack and the set of possible attackers extends beyond the other options listed below, up to and including the entire Internet." }, A: { shortName: "A", value: 0.62, name: "Adjacent Network", abbreviatedName: "Adj. Network", jsonSchemaName: "ADJACENT_NETWORK", description: "The vulnerable component is bound to the network stack, but the attack is limited at the protocol level to a logically adjacent topology." }, L: { shortName: "L", value: 0.55, name: "Local", jsonSchemaName: "LOCAL", description: "The vulnerable component is not bound to the network stack and the attacker's path is via read/write/execute capabilities." }, P: { shortName: "P", value: 0.2, name: "Physical", abbreviatedName: "Phys.", jsonSchemaName: "PHYSICAL", description: "The attack requires the attacker to physically touch or manipulate the vulnerable component." } }, a.MAV = { name: "Modified Attack Vector", shortName: "MAV", subCategory: "Exploitability Metrics", description: "This metric reflects the context by which vulnerability exploitation is possible. The more remote an attacker can be to attack a host, the greater the vulnerability score.", baseMetricEquivalent: o.AV, values: [o.MAV_VALUES.X, o.MAV_VALUES.N, o.MAV_VALUES.A, o.MAV_VALUES.L, o.MAV_VALUES.P] }, a.MAC_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, L: { shortName: "L", value: 0.77, name: "Low", jsonSchemaName: "LOW", description: "Specialized access conditions or extenuating circumstances do not exist. An attacker can expect repeatable success when attacking the vulnerable component." }, H: { shortName: "H", value: 0.44, name: "High", jsonSchemaName: "HIGH", description: "A successful attack depends on conditions beyond the attacker's control. That is, a successful attack cannot be accomplished at will, but requires the attacker to invest in some measurable amount of effort in preparation or execution against the vulnerable component before a successful attack can be expected." } }, a.MAC = { name: "Modified Attack Complexity", shortName: "MAC", subCategory: "Exploitability Metrics", description: "This metric describes the conditions beyond the attacker's control that must exist in order to exploit the vulnerability.", baseMetricEquivalent: o.AC, values: [o.MAC_VALUES.X, o.MAC_VALUES.L, o.MAC_VALUES.H] }, a.MPR_VALUES = { X: { shortName: "X", value: 1, changedValue: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0.85, changedValue: 0.85, name: "None", jsonSchemaName: "NONE", description: "The attacker is unauthorized prior to attack, and therefore does not require any access to settings or files of the vulnerable system to carry out an attack." }, L: { shortName: "L", value: 0.62, changedValue: 0.68, name: "Low", jsonSchemaName: "LOW", description: "The attacker requires privileges that provide basic user capabilities that could normally affect only settings and files owned by a user. Alternatively, an attacker with Low privileges has the ability to access only non-sensitive resources." }, H: { shortName: "H", value: 0.27, changedValue: 0.5, name: "High", jsonSchemaName: "HIGH", description: "The attacker requires privileges that provide significant (e.g., administrative) control over the vulnerable component allowing access to component-wide settings and files." } }, a.MPR = { name: "Modified Privileges Required", shortName: "MPR", subCategory: "Exploitability Metrics", description: "This metric describes the level of privileges an attacker must possess before successfully exploiting the vulnerability.", baseMetricEquivalent: o.PR, values: [o.MPR_VALUES.X, o.MPR_VALUES.N, o.MPR_VALUES.L, o.MPR_VALUES.H] }, a.MUI_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0.85, name: "None", jsonSchemaName: "NONE", description: "The vulnerable system can be exploited without interaction from any user." }, R: { shortName: "R", value: 0.62, name: "Required", jsonSchemaName: "REQUIRED", description: "Successful exploitation of this vulnerability requires a user to take some action before the vulnerability can be exploited. For example, a successful exploit may only be possible during the installation of an application by a system administrator." } }, a.MUI = { name: "Modified User Interaction", shortName: "MUI", subCategory: "Exploitability Metrics", description: "This metric captures the requirement for a user, other than the attacker, to participate in the successful compromise of the vulnerable component.", baseMetricEquivalent: o.UI, values: [o.MUI_VALUES.X, o.MUI_VALUES.N, o.MUI_VALUES.R] }, a.MS_VALUES = { X: { shortName: "X", value: false, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, U: { shortName: "U", value: false, name: "Unchanged", abbreviatedName: "Unchang.", jsonSchemaName: "UNCHANGED", description: "An exploited vulnerability can only affect resources managed by the same authority." }, C: { shortName: "C", value: true, name: "Changed", jsonSchemaName: "CHANGED", description: "An exploited vulnerability can affect resources beyond the authorization privileges intended by the vulnerable system's design." } }, a.MS = { name: "Modified Scope", shortName: "MS", subCategory: "Exploitability Metrics", description: "Can an exploit of the vulnerability be accomplished remotely?", baseMetricEquivalent: o.S, values: [o.MS_VALUES.X, o.MS_VALUES.U, o.MS_VALUES.C] }, a.MC = { name: "Confidentiality Impact", shortName: "MC", subCategory: "Modified Impact", description: "This metric measures the impact to the confidentiality of the information resources managed by a software component due to a successfully exploited vulnerability.", baseMetricEquivalent: o.C, values: o.CONFIDENTIALITY_IMPACT }, a.MI = { name: "Integrity Impact", shortName: "MI", subCategory: "Modified Impact", description: "This metric measures the impact to integrity of a successfully exploited vulnerability.", baseMetricEquivalent: o.I, values: o.INTEGRITY_IMPACT }, a.MA = { name: "Availability Impact", shortName: "MA", subCategory: "Modified Impact", description: "This metric measures the impact to the availability of the impacted component resulting from a successfully exploited vulnerability.", baseMetricEquivalent: o.A, values: o.AVAILABILITY_IMPACT }, a.CR = { name: "Confidentiality Requirement", shortName: "CR", subCategory: "Modified Requirement (Impact Subscore) Modifiers", description: "This metric describes the remediation level for a vulnerability in an affected resource.", values: o.CONFIDENTIALITY_REQUIREMENT }, a.IR = { name: "Integrity Requirement", shortName: "IR", subCategory: "Modified Requirement (Impact Subscore) Modifiers", description: "This metric describes the remediation level for a vulnerability in an affected resource.", values: o.INTEGRITY_REQUIREMENT }, a.AR = { name: "Availability Requirement", shortName: "AR", subCategory: "Modified Requirement (Impact Subscore) Modifiers", description: "This metric describes the remediation level for a vulnerability in an affected resource.", values: o.AVAILABILITY_REQUIREMENT }, a.ENVIRONMENTAL_CATEGORY_VALUES = [o.CR, o.IR, o.AR, o.MAV, o.MAC, o.MPR, o.MUI, o.MS, o.MC, o.MI, o.MA], a.REGISTERED_COMPONENTS = /* @__PURE__ */ new Map(), o.REGISTERED_COMPONENTS.set(o.BASE_CATEGORY, o.BASE_CATEGORY_VALUES), o.REGISTERED_COMPONENTS.set(o.TEMPORAL_CATEGORY, o.TEMPORAL_CATEGORY_VALUES), o.REGISTERED_COMPONENTS.set(o.ENVIRONMENTAL_CATEGORY, o.ENVIRONMENTAL_CATEGORY_VALUES), a.ATTRIBUTE_SEVERITY_ORDER = [[o.S_VALUES.U, o.MS_VALUES.U], [o.CONFIDENTIALITY_IMPACT_VALUES.N, o.INTEGRITY_IMPACT_VALUES.N, o.AVAILABILITY_IMPACT_VALUES.N], [o.AV_VALUES.P, o.MAV_VALUES.P], [o.CONFIDENTIALITY_IMPACT_VALUES.L, o.INTEGRITY_IMPACT_VALUES.L, o.AVAILABILITY_IMPACT_VALUES.L], [o.PR_VALUES.H, o.MPR_VALUES.H], [o.AC_VALUES.H, o.MAC_VALUES.H], [o.CONFIDENTIALITY_REQUIREMENT_VALUES.L, o.INTEGRITY_REQUIREMENT_VALUES.L, o.AVAILABILITY_REQUIREMENT_VALUES.L], [o.AV_VALUES.L, o.MAV_VALUES.L], [o.CONFIDENTIALITY_IMPACT_VALUES.H, o.INTEGRITY_IMPACT_VALUES.H, o.AVAILABILITY_IMPACT_VALUES.H], [o.AV_VALUES.A, o.MAV_VALUES.A], [o.UI_VALUES.R, o.MUI_VALUES.R], [o.PR_VALUES.L, o.MPR_VALUES.L], [o.AC_VALUES.L, o.MAC_VALUES.L], [o.AV_VALUES.N, o.MAV_VALUES.N], [o.PR_VALUES.N, o.MPR_VALUES.N], [o.UI_VALUES.N, o.MUI_VALUES.N], [o.E_VALUES.U], [o.E_VALUES.P], [o.E_VALUES.F], [o.E_VALUES.H], [o.E_VALUES.X], [o.RC_VALUES.U], [o.RL_VALUES.O], [o.RL_VALUES.T], [o.RC_VALUES.R], [o.RL_VALUES.W], [o.AV_VALUES.X, o.MAV_VALUES.X], [o.AC_VALUES.X, o.MAC_VALUES.X], [o.PR_VALUES.X, o.MPR_VALUES.X], [o.UI_VALUES.X, o.MUI_VALUES.X], [o.S_VALUES.C, o.MS_VALUES.C], [o.S_VALUES.X, o.MS_VALUES.X], [o.CONFIDENTIALITY_IMPACT_VALUES.X], [o.INTEGRITY_IMPACT_VALUES.X], [o.AVAILABILITY_IMPACT_VALUES.X], [o.RL_VALUES.U], [o.RL_VALUES.X], [o.RC_VALUES.C], [o.RC_VALUES.X], [o.CONFIDENTIALITY_REQUIREMENT_VALUES.M, o.INTEGRITY_REQUIREMENT_VALUES.M, o.AVAILABILITY_REQUIREMENT_VALUES.M], [o.CONFIDENTIALITY_REQUIREMENT_VALUES.X, o.INTEGRITY_REQUIREMENT_VALUES.X, o.AVAILABILITY_REQUIREMENT_VALUES.X], [o.CONFIDENTIALITY_REQUIREMENT_VALUES.H, o.INTEGRITY_REQUIREMENT_VALUES.H, o.AVAILABILITY_REQUIREMENT_VALUES.H]];
      }, 371: (e2, t2, o) => {
        Object.defineProperty(t2, "__esModule", { value: true }), t2.Cvss3P1 = void 0;
        const a = o(154), i = o(951);
        class s extends a.CvssVector {
          constructor(e3) {
            super(e3);
          }
          getRegisteredComponents() {
            return i.Cvss3P1Components.REGISTERED_COMPONENTS;
          }
          getVectorPrefix() {
            return "CVSS:3.1/";
          }
          getVectorName() {
            return "CVSS:3.1";
          }
          fillAverageVector() {
            this.applyVector("AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:L/A:L");
          }
          fillRandomBaseVector() {
            this.fillRandomComponentsForCategory(i.Cvss3P1Components.BASE_CATEGORY);
          }
          fillRandomTemporalVector() {
            this.fillRandomComponentsForCategory(i.Cvss3P1Components.TEMPORAL_CATEGORY);
          }
          fillRandomEnvironmentalVector() {
            this.fillRandomComponentsForCategory(i.Cvss3P1Components.ENVIRONMENTAL_CATEGORY);
          }
          fillRandomComponentsForCategory(e3) {
            const t3 = i.Cvss3P1Components.REGISTERED_COMPONENTS.get(e3);
            if (t3) for (let e4 = 0; e4 < t3.length; e4++) {
              const o2 = t3[e4], a2 = super.pickRandomDefinedComponentValue(o2);
              if (!a2) return console.warn("Failed to pick random vector component for", o2), void this.fillAverageVector();
              this.applyComponent(o2, a2);
            }
            else console.warn("Failed to pick random vector components for", e3);
          }
          calculateScoresInternal(e3 = false) {
            const t3 = this.isBaseFullyDefined(), o2 = this.isAnyTemporalDefined(), a2 = this.isAnyEnvironmentalDefined();
            return { normalized: e3, base: t3 ? super.round(this.calculateExactBaseScore(), 1) : void 0, impact: t3 ? super.normalizeScore(super.round(this.calculateImpactScore(), 1), e3 ? 6 : 10) : void 0, exploitability: t3 ? super.normalizeScore(super.round(this.calculateExactExploitabilityScore(), 1), e3 ? 3.9 : 10) : void 0, temporal: t3 && o2 ? super.round(this.calculateExactTemporalScore(), 1) : void 0, environmental: t3 && a2 ? super.round(this.calculateExactEnvironmentalScore(), 1) : void 0, modifiedImpact: t3 && a2 ? super.normalizeScore(super.round(Math.max(0, this.calculateExactAdjustedImpactScore()), 1), e3 ? 6.1 : 10) : void 0, overall: super.round(this.calculateExactOverallScore(), 1), vector: this.toString() };
          }
          calculateExactBaseScore() {
            if (!this.isBaseFullyDefined()) return 0;
            let e3 = this.calculateExactImpactScore();
            if (e3 <= 0) return 0;
            let t3 = this.calculateExactExploitabilityScore();
            return this.getComponent(i.Cvss3P1Components.S).value ? super.roundUp(Math.min(s.SCOPE_COEFFICIENT * (e3 + t3), 10)) : super.roundUp(Math.min(e3 + t3, 10));
          }
          calculateImpactScore() {
            const e3 = this.calculateExactImpactScore();
            return e3 <= 0 ? 0 : e3;
          }
          calculateExactImpactScore() {
            let e3 = this.calculateExactISSScore();
            return this.getComponent(i.Cvss3P1Components.S).value ? s.SCOPE_CHANGED_FACTOR * (e3 - 0.029) - 3.25 * Math.pow(e3 - 0.02, 15) : s.SCOPE_UNCHANGED_FACTOR * e3;
          }
          calculateExactISSScore() {
            return 1 - (1 - this.getComponent(i.Cvss3P1Components.C).value) * (1 - this.getComponent(i.Cvss3P1Components.I).value) * (1 - this.getComponent(i.Cvss3P1Components.A).value);
          }
          calculateExactMISSScore() {
            let e3, t3, o2, a2, s2, n, r = this.getComponent(i.Cvss3P1Components.MC), c = this.getComponent(i.Cvss3P1Components.MI), l = this.getComponent(i.Cvss3P1Components.MA), m = this.getComponent(i.Cvss3P1Components.C), h = this.getComponent(i.Cvss3P1Components.I), E = this.getComponent(i.Cvss3P1Components.A), u = this.getComponent(i.Cvss3P1Components.CR), d = this.getComponent(i.Cvss3P1Components.IR), p = this.getComponent(i.Cvss3P1Components.AR);
            return e3 = r === i.Cvss3P1Components.MC.values[0] ? m.value : r.value, t3 = c === i.Cvss3P1Components.MI.values[0] ? h.value : c.value, o2 = l === i.Cvss3P1Components.MA.values[0] ? E.value : l.value, i.Cvss3P1Components.CR.values[0], a2 = u.value, i.Cvss3P1Components.IR.values[0], s2 = d.value, i.Cvss3P1Components.AR.values[0], n = p.value, Math.min(1 - (1 - a2 * e3) * (1 - s2 * t3) * (1 - n * o2), 0.915);
          }
          calculateExactExploitabilityScore() {
            const e3 = this.getComponent(i.Cvss3P1Components.AV).value, t3 = this.getComponent(i.Cvss3P1Components.AC).value, o2 = this.getComponent(i.Cvss3P1Components.UI).value;
            let a2;
            return a2 = this.getComponent(i.Cvss3P1Components.S).value ? this.getComponent(i.Cvss3P1Components.PR).changedValue : this.getComponent(i.Cvss3P1Components.PR).value, s.EXPLOITABILITY_COEFFICIENT * e3 * t3 * a2 * o2;
          }
          calculateExactTemporalScore() {
            if (!this.isBaseFullyDefined()) return 0;
            if (!this.isAnyTemporalDefined()) return 0;
            let e3 = this.getComponent(i.Cvss3P1Components.E).value, t3 = this.getComponent(i.Cvss3P1Components.RL).value, o2 = this.getComponent(i.Cvss3P1Components.RC).value, a2 = this.calculateExactBaseScore();
            return super.roundUp(a2 * e3 * t3 * o2);
          }
          calculateExactEnvironmentalScore() {
            if (!this.isBaseFullyDefined()) return 0;
            if (!this.isAnyEnvironmentalDefined()) return 0;
            let e3 = this.calculateExactAdjustedImpactScore();
            if (e3 <= 0) return 0;
            let t3 = this.calculateAdjustedExploitability(), o2 = this.getComponent(i.Cvss3P1Components.E).value, a2 = this.getComponent(i.Cvss3P1Components.RL).value, n = this.getComponent(i.Cvss3P1Components.RC).value;
            if (this.isModifiedScope()) {
              let i2 = super.roundUp(Math.min(e3 + t3, 10));
              return super.roundUp(i2 * o2 * a2 * n);
            }
            {
              let i2 = super.roundUp(Math.min(s.SCOPE_COEFFICIENT * (e3 + t3), 10));
              return super.roundUp(i2 * o2 * a2 * n);
            }
          }
          calculateExactAdjustedImpactScore() {
            if (!this.isBaseFullyDefined()) return 0;
            if (!this.isAnyEnvironmentalDefined()) return 0;
            let e3 = this.calculateExactMISSScore();
            return this.isModifiedScope() ? s.SCOPE_UNCHANGED_FACTOR * e3 : s.SCOPE_CHANGED_FACTOR * (e3 - 0.029) - 3.25 * Math.pow(0.9731 * e3 - 0.02, 13);
          }
          calculateAdjustedExploitability() {
            let e3, t3 = this.getFirstDefinedComponent([i.Cvss3P1Components.MAV, i.Cvss3P1Components.AV]).value, o2 = this.getFirstDefinedComponent([i.Cvss3P1Components.MAC, i.Cvss3P1Components.AC]).value, a2 = this.getFirstDefinedComponent([i.Cvss3P1Components.MUI, i.Cvss3P1Components.UI]).value, n = this.getFirstDefinedComponent([i.Cvss3P1Components.MPR, i.Cvss3P1Components.PR]);
            return e3 = this.isModifiedScope() ? n.value : n.changedValue, s.EXPLOITABILITY_COEFFICIENT * t3 * o2 * e3 * a2;
          }
          isModifiedScope() {
            let e3 = this.getComponent(i.Cvss3P1Components.S), t3 = this.getComponent(i.Cvss3P1Components.MS);
            return t3 === i.Cvss3P1Components.MS.values[0] ? !e3.value : !t3.value;
          }
          calculateExactOverallScore() {
            return this.isAnyEnvironmentalDefined() ? this.calculateExactEnvironmentalScore() : this.isAnyTemporalDefined() ? this.calculateExactTemporalScore() : this.calculateExactBaseScore();
          }
          isBaseFullyDefined() {
            return super.isCategoryFullyDefined(i.Cvss3P1Components.BASE_CATEGORY);
          }
          isTemporalFullyDefined() {
            return super.isCategoryFullyDefined(i.Cvss3P1Components.TEMPORAL_CATEGORY);
          }
          isEnvironmentalFullyDefined() {
            return super.isCategoryFullyDefined(i.Cvss3P1Components.ENVIRONMENTAL_CATEGORY);
          }
          isAnyBaseDefined() {
            return super.isCategoryPartiallyDefined(i.Cvss3P1Components.BASE_CATEGORY);
          }
          isAnyTemporalDefined() {
            return super.isCategoryPartiallyDefined(i.Cvss3P1Components.TEMPORAL_CATEGORY);
          }
          isAnyEnvironmentalDefined() {
            return super.isCategoryPartiallyDefined(i.Cvss3P1Components.ENVIRONMENTAL_CATEGORY);
          }
          getJsonSchemaSeverity(e3) {
            return 0 === e3 || isNaN(e3) ? "NONE" : e3 <= 3.9 ? "LOW" : e3 <= 6.9 ? "MEDIUM" : e3 <= 8.9 ? "HIGH" : "CRITICAL";
          }
          createJsonSchema() {
            const e3 = this.calculateScores();
            return { version: "3.1", vectorString: this.toString(), baseScore: e3.base, temporalScore: e3.temporal, environmentalScore: e3.environmental, baseSeverity: this.getJsonSchemaSeverity(e3.base), temporalSeverity: e3.temporal ? this.getJsonSchemaSeverity(e3.temporal) : void 0, environmentalSeverity: e3.environmental ? this.getJsonSchemaSeverity(e3.environmental) : void 0, attackVector: this.getComponent(i.Cvss3P1Components.AV).jsonSchemaName, attackComplexity: this.getComponent(i.Cvss3P1Components.AC).jsonSchemaName, privilegesRequired: this.getComponent(i.Cvss3P1Components.PR).jsonSchemaName, userInteraction: this.getComponent(i.Cvss3P1Components.UI).jsonSchemaName, scope: this.getComponent(i.Cvss3P1Components.S).jsonSchemaName, confidentialityImpact: this.getComponent(i.Cvss3P1Components.C).jsonSchemaName, integrityImpact: this.getComponent(i.Cvss3P1Components.I).jsonSchemaName, availabilityImpact: this.getComponent(i.Cvss3P1Components.A).jsonSchemaName, exploitCodeMaturity: this.getComponent(i.Cvss3P1Components.E).jsonSchemaName, remediationLevel: this.getComponent(i.Cvss3P1Components.RL).jsonSchemaName, reportConfidence: this.getComponent(i.Cvss3P1Components.RC).jsonSchemaName, confidentialityRequirement: this.getComponent(i.Cvss3P1Components.CR).jsonSchemaName, integrityRequirement: this.getComponent(i.Cvss3P1Components.IR).jsonSchemaName, availabilityRequirement: this.getComponent(i.Cvss3P1Components.AR).jsonSchemaName, modifiedAttackVector: this.getComponent(i.Cvss3P1Components.MAV).jsonSchemaName, modifiedAttackComplexity: this.getComponent(i.Cvss3P1Components.MAC).jsonSchemaName, modifiedPrivilegesRequired: this.getComponent(i.Cvss3P1Components.MPR).jsonSchemaName, modifiedUserInteraction: this.getComponent(i.Cvss3P1Components.MUI).jsonSchemaName, modifiedScope: this.getComponent(i.Cvss3P1Components.MS).jsonSchemaName, modifiedConfidentialityImpact: this.getComponent(i.Cvss3P1Components.MC).jsonSchemaName, modifiedIntegrityImpact: this.getComponent(i.Cvss3P1Components.MI).jsonSchemaName, modifiedAvailabilityImpact: this.getComponent(i.Cvss3P1Components.MA).jsonSchemaName };
          }
        }
        t2.Cvss3P1 = s, s.SCOPE_CHANGED_FACTOR = 7.52, s.SCOPE_UNCHANGED_FACTOR = 6.42, s.EXPLOITABILITY_COEFFICIENT = 8.22, s.SCOPE_COEFFICIENT = 1.08;
      }, 475: (e2, t2, o) => {
        Object.defineProperty(t2, "__esModule", { value: true }), t2.Cvss2 = void 0;
        const a = o(154), i = o(479);
        class s extends a.CvssVector {
          constructor(e3) {
            super(e3);
          }
          getRegisteredComponents() {
            return i.Cvss2Components.REGISTERED_COMPONENTS;
          }
          getVectorPrefix() {
            return "";
          }
          getVectorName() {
            return "CVSS:2.0";
          }
          fillAverageVector() {
            this.applyVector("AV:A/AC:M/Au:N/C:P/I:P/A:P");
          }
          fillRandomBaseVector() {
            const e3 = i.Cvss2Components.BASE_CATEGORY_VALUES;
            for (let t3 = 0; t3 < e3.length; t3++) {
              const o2 = e3[t3], a2 = super.pickRandomDefinedComponentValue(o2);
              if (!a2) return console.warn("Failed to pick random vector component for", o2), void this.fillAverageVector();
              this.applyComponent(o2, a2);
            }
          }
          calculateScoresInternal(e3 = false) {
            const t3 = this.isBaseFullyDefined(), o2 = this.isAnyTemporalDefined(), a2 = this.isAnyEnvironmentalDefined();
            return { normalized: e3, base: t3 ? super.round(this.calculateExactBaseScore(), 1) : void 0, impact: t3 ? super.round(this.calculateExactImpactScore(), 1) : void 0, exploitability: t3 ? super.round(this.calculateExactExploitabilityScore(), 1) : void 0, temporal: t3 && o2 ? super.round(this.calculateExactTemporalScore(), 1) : void 0, environmental: t3 && a2 ? super.round(this.calculateExactEnvironmentalScore(), 1) : void 0, modifiedImpact: t3 && a2 ? super.round(this.calculateExactAdjustedImpactScore(), 1) : void 0, overall: super.round(this.calculateExactOverallScore(), 1), vector: this.toString() };
          }
          calculateExactBaseScore() {
            if (!this.isBaseFullyDefined()) return 0;
            let e3 = this.calculateExactImpactScore();
            return (0.6 * e3 + 0.4 * this.calculateExactExploitabilityScore() - 1.5) * this.f(e3);
          }
          calculateExactImpactScore() {
            return this.isBaseFullyDefined() ? 10.41 * (1 - (1 - this.getComponent(i.Cvss2Components.C).value) * (1 - this.getComponent(i.Cvss2Components.I).value) * (1 - this.getComponent(i.Cvss2Components.A).value)) : 0;
          }
          calculateExactExploitabilityScore() {
            return this.isBaseFullyDefined() ? 20 * this.getComponent(i.Cvss2Components.AC).value * this.getComponent(i.Cvss2Components.Au).value * this.getComponent(i.Cvss2Components.AV).value : 0;
          }
          calculateExactTemporalScore() {
            return this.isAnyTemporalDefined() ? super.round(this.calculateExactBaseScore(), 1) * this.getComponent(i.Cvss2Components.E).value * this.getComponent(i.Cvss2Components.RL).value * this.getComponent(i.Cvss2Components.RC).value : 0;
          }
          calculateExactAdjustedBaseScore() {
            let e3 = this.calculateExactAdjustedImpactScore(), t3 = this.calculateExactExploitabilityScore();
            return t3 = this.round(t3, 1), (0.6 * e3 + 0.4 * t3 - 1.5) * this.f(e3);
          }
          calculateExactAdjustedTemporalScore() {
            return this.calculateExactAdjustedBaseScore() * this.getComponent(i.Cvss2Components.E).value * this.getComponent(i.Cvss2Components.RL).value * this.getComponent(i.Cvss2Components.RC).value;
          }
          calculateExactEnvironmentalScore() {
            if (!this.isAnyEnvironmentalDefined()) return 0;
            let e3 = this.calculateExactAdjustedTemporalScore();
            return (e3 + (10 - e3) * this.getComponent(i.Cvss2Components.CDP).value) * this.getComponent(i.Cvss2Components.TD).value;
          }
          calculateExactAdjustedImpactScore() {
            if (!this.isAnyEnvironmentalDefined()) return 0;
            let e3 = this.getComponent(i.Cvss2Components.C).value, t3 = this.getComponent(i.Cvss2Components.I).value, o2 = this.getComponent(i.Cvss2Components.A).value, a2 = this.getComponent(i.Cvss2Components.CR).value, s2 = this.getComponent(i.Cvss2Components.IR).value, n = this.getComponent(i.Cvss2Components.AR).value;
            return Math.min(10, 10.41 * (1 - (1 - e3 * a2) * (1 - t3 * s2) * (1 - o2 * n)));
          }
          calculateExactOverallScore() {
            return this.isAnyEnvironmentalDefined() ? this.calculateExactEnvironmentalScore() : this.isAnyTemporalDefined() ? this.calculateExactTemporalScore() : this.calculateExactBaseScore();
          }
          isBaseFullyDefined() {
            return super.isCategoryFullyDefined(i.Cvss2Components.BASE_CATEGORY);
          }
          isTemporalFullyDefined() {
            return super.isCategoryFullyDefined(i.Cvss2Components.TEMPORAL_CATEGORY);
          }
          isEnvironmentalFullyDefined() {
            return super.isCategoryFullyDefined(i.Cvss2Components.ENVIRONMENTAL_CATEGORY);
          }
          isAnyBaseDefined() {
            return super.isCategoryPartiallyDefined(i.Cvss2Components.BASE_CATEGORY);
          }
          isAnyTemporalDefined() {
            return super.isCategoryPartiallyDefined(i.Cvss2Components.TEMPORAL_CATEGORY);
          }
          isAnyEnvironmentalDefined() {
            return super.isCategoryPartiallyDefined(i.Cvss2Components.ENVIRONMENTAL_CATEGORY);
          }
          f(e3) {
            return 0 === e3 ? 0 : 1.176;
          }
          createJsonSchema() {
            const e3 = this.calculateScores();
            return { version: "2.0", vectorString: this.toString(), baseScore: e3.base, temporalScore: e3.temporal, environmentalScore: e3.environmental, accessVector: this.getComponent(i.Cvss2Components.AV).jsonSchemaName, accessComplexity: this.getComponent(i.Cvss2Components.AC).jsonSchemaName, authentication: this.getComponent(i.Cvss2Components.Au).jsonSchemaName, confidentialityImpact: this.getComponent(i.Cvss2Components.C).jsonSchemaName, integrityImpact: this.getComponent(i.Cvss2Components.I).jsonSchemaName, availabilityImpact: this.getComponent(i.Cvss2Components.A).jsonSchemaName, exploitability: this.getComponent(i.Cvss2Components.E).jsonSchemaName, remediationLevel: this.getComponent(i.Cvss2Components.RL).jsonSchemaName, reportConfidence: this.getComponent(i.Cvss2Components.RC).jsonSchemaName, collateralDamagePotential: this.getComponent(i.Cvss2Components.CDP).jsonSchemaName, targetDistribution: this.getComponent(i.Cvss2Components.TD).jsonSchemaName, confidentialityRequirement: this.getComponent(i.Cvss2Components.CR).jsonSchemaName, integrityRequirement: this.getComponent(i.Cvss2Components.IR).jsonSchemaName, availabilityRequirement: this.getComponent(i.Cvss2Components.AR).jsonSchemaName };
          }
        }
        t2.Cvss2 = s;
      }, 479: (e2, t2, o) => {
        var a;
        Object.defineProperty(t2, "__esModule", { value: true }), t2.Cvss2Components = void 0;
        const i = o(154);
        class s {
        }
        t2.Cvss2Components = s, a = s, s.BASE_CATEGORY = { name: "base", description: "Represents the intrinsic and fundamental characteristics of a vulnerability that are constant over time and user environments." }, s.AV_VALUES = { ND: { shortName: "ND", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will result in no score being calculated." }, L: { shortName: "L", value: 0.395, name: "Local", jsonSchemaName: "LOCAL", description: "A vulnerability exploitable with only local access requires the attacker to have either physical access to the vulnerable system or a local (shell) account. Examples of locally exploitable vulnerabilities are peripheral attacks such as Firewire/USB DMA attacks, and local privilege escalations (e.g., sudo)." }, A: { shortName: "A", value: 0.646, name: "Adjacent Network", abbreviatedName: "Adj. Network", jsonSchemaName: "ADJACENT_NETWORK", description: "A vulnerability exploitable with adjacent network access requires the attacker to have access to either the broadcast or collision domain of the vulnerable software.  Examples of local networks include local IP subnet, Bluetooth, IEEE 802.11, and local Ethernet segment." }, N: { shortName: "N", value: 1, name: "Network", jsonSchemaName: "NETWORK", description: 'A vulnerability exploitable with network access means the vulnerable software is bound to the network stack and the attacker does not require local network access or local access. Such a vulnerability is often termed "remotely exploitable". An example of a network attack is an RPC buffer overflow.' } }, s.AV = { name: "Access Vector", shortName: "AV", subCategory: "Exploitability Metrics", description: "This metric reflects how the vulnerability is exploited. The more remote an attacker can be to attack a host, the greater the vulnerability score.", values: [a.AV_VALUES.ND, a.AV_VALUES.L, a.AV_VALUES.A, a.AV_VALUES.N] }, s.AC_VALUES = { ND: { shortName: "ND", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will result in no score being calculated." }, H: { shortName: "H", value: 0.35, name: "High", jsonSchemaName: "HIGH", description: "Specialized access conditions exist. For example, an attacker can only exploit the vulnerability under very specialized conditions." }, M: { shortName: "M", value: 0.61, name: "Medium", jsonSchemaName: "MEDIUM", description: "The access conditions are somewhat specialized. For example, the attacker can only exploit the vulnerability under certain conditions." }, L: { shortName: "L", value: 0.71, name: "Low", jsonSchemaName: "LOW", description: "Specialized access conditions or extenuating circumstances do not exist. For example, an attacker can exploit the vulnerability under most conditions." } }, s.AC = { name: "Access Complexity", shortName: "AC", subCategory: "Exploitability Metrics", description: 'This metric measures the complexity of the attack required to exploit the vulnerability once an attacker has gained access to the target system. For example, consider a buffer overflow in an Internet service: If the vulnerability is exploitable only once a user has been authenticated by the service, the vulnerability is only "Medium" complexity. If, however, the vulnerability can be exploited anonymously, it is "Low" complexity.', values: [a.AC_VALUES.ND, a.AC_VALUES.H, a.AC_VALUES.M, a.AC_VALUES.L] }, s.Au_VALUES = { ND: { shortName: "ND", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will result in no score being calculated." }, M: { shortName: "M", value: 0.45, name: "Multiple", jsonSchemaName: "MULTIPLE", description: "Exploiting the vulnerability requires that the attacker authenticate two or more times, even if the same credentials are used each time. An example is an attacker authenticating to an operating system in addition to providing credentials to access an application hosted on that system." }, S: { shortName: "S", value: 0.56, name: "Single", jsonSchemaName: "SINGLE", description: "The vulnerability requires an attacker to be logged into the system (such as at a command line or via a desktop session or web interface)." }, N: { shortName: "N", value: 0.704, name: "None", jsonSchemaName: "NONE", description: "Authentication is not required to exploit the vulnerability." } }, s.Au = { name: "Authentication", shortName: "Au", subCategory: "Exploitability Metrics", description: 'This metric measures the number of times an attacker must authenticate to a target in order to exploit a vulnerability. "Multiple" means that the attacker must authenticate two or more times, "Single" means that the attacker must authenticate once, and "None" means that the attacker need not authenticate at all to exploit the vulnerability.', values: [a.Au_VALUES.ND, a.Au_VALUES.M, a.Au_VALUES.S, a.Au_VALUES.N] }, s.C_VALUES = { ND: { shortName: "ND", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will result in no score being calculated." }, N: { shortName: "N", value: 0, name: "None", jsonSchemaName: "NONE", description: "There is no impact to the confidentiality of the system." }, P: { shortName: "P", value: 0.275, name: "Partial", jsonSchemaName: "PARTIAL", description: "There is considerable informational disclosure. Access to some system files is possible, but the attacker does not have control over what is obtained, or the scope of the loss is constrained. An example is a vulnerability that divulges only certain tables in a database." }, C: { shortName: "C", value: 0.66, name: "Complete", jsonSchemaName: "COMPLETE", description: "There is total information disclosure, resulting in all system files being revealed. The attacker is able to read all of the system's data (memory, files, etc.)" } }, s.C = { name: "Confidentiality Impact", shortName: "C", subCategory: "Impact Metrics", description: "This metric measures the impact to the confidentiality of the information resources managed by a software component due to a successfully exploited vulnerability. Confidentiality refers to limiting information access and disclosure to only authorized users, as well as preventing access by, or disclosure to, unauthorized ones.", values: [a.C_VALUES.ND, a.C_VALUES.N, a.C_VALUES.P, a.C_VALUES.C] }, s.I_VALUES = { ND: { shortName: "ND", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will result in no score being calculated." }, N: { shortName: "N", value: 0, name: "None", jsonSchemaName: "NONE", description: "There is no impact to the integrity of the system." }, P: { shortName: "P", value: 0.275, name: "Partial", jsonSchemaName: "PARTIAL", description: "Modification of some system files or information is possible, but the attacker does not have control over what can be modified, or the scope of what the attacker can affect is limited. For example, system or application files may be overwritten or modified, but either the attacker has no control over which files are affected or the attacker can modify files within only a limited context or scope." }, C: { shortName: "C", value: 0.66, name: "Complete", jsonSchemaName: "COMPLETE", description: "There is a total compromise of system integrity. There is a complete loss of system protection, resulting in the entire system being compromised. The attacker is able to modify any files on the target system." } }, s.I = { name: "Integrity Impact", shortName: "I", subCategory: "Impact Metrics", description: "This metric measures the impact to integrity of a successfully exploited vulnerability. Integrity refers to the trustworthiness and guaranteed veracity of information.", values: [a.I_VALUES.ND, a.I_VALUES.N, a.I_VALUES.P, a.I_VALUES.C] }, s.A_VALUES = { ND: { shortName: "ND", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will result in no score being calculated." }, N: { shortName: "N", value: 0, name: "None", jsonSchemaName: "NONE", description: "There is no impact to availability within the impacted component." }, P: { shortName: "P", value: 0.275, name: "Partial", jsonSchemaName: "PARTIAL", description: "There is reduced performance or interruptions in resource availability. An example is a network-based flood attack that permits a limited number of successful connections to an Internet service." }, C: { shortName: "C", value: 0.66, name: "Complete", jsonSchemaName: "COMPLETE", description: "There is a total shutdown of the affected resource. The attacker can render the resource completely unavailable." } }, s.A = { name: "Availability Impact", shortName: "A", subCategory: "Impact Metrics", description: "This metric measures the impact to the availability of the impacted component resulting from a successfully exploited vulnerability. While the Confidentiality and Integrity impact metrics apply to the loss of confidentiality or integrity of data (e.g., information, files) used by the impacted component, this metric refers to the loss of availability of the impacted component itself, such as a networked service (e.g., web, database, email). Since availability refers to the accessibility of information resources, attacks that consume network bandwidth, processor cycles, or disk space all impact the availability of an impacted component. This metric considers only the availability of the impacted component itself.", values: [a.A_VALUES.ND, a.A_VALUES.N, a.A_VALUES.P, a.A_VALUES.C] }, s.BASE_CATEGORY_VALUES = [a.AV, a.AC, a.Au, a.C, a.I, a.A], s.TEMPORAL_CATEGORY = { name: "temporal", description: "The threat posed by a vulnerability may change over time. Three such factors that CVSS captures are: confirmation of the technical details of a vulnerability, the remediation status of the vulnerability, and the availability of exploit code or techniques. Since temporal metrics are optional they each include a metric value that has no effect on the score." }, s.E_VALUES = { ND: { shortName: "ND", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will not influence the score. It is a signal to the equation to skip this metric." }, U: { shortName: "U", value: 0.85, name: "Unproven", jsonSchemaName: "UNPROVEN", description: "No exploit code is available, or an exploit is entirely theoretical." }, POC: { shortName: "POC", value: 0.9, name: "Proof-of-concept", abbreviatedName: "Proof-of-conc.", jsonSchemaName: "PROOF_OF_CONCEPT", description: "Proof-of-concept exploit code or an attack demonstration that is not practical for most systems is available. The code or technique is not functional in all situations and may require substantial modification by a skilled attacker." }, F: { shortName: "F", value: 0.95, name: "Functional", jsonSchemaName: "FUNCTIONAL", description: "Functional exploit code is available. The code works in most situations where the vulnerability exists." }, H: { shortName: "H", value: 1, name: "High", jsonSchemaName: "HIGH", description: "Either the vulnerability is exploitable by functional mobile autonomous code, or no exploit is required (manual trigger) and details are widely available. The code works in every situation, or is actively being delivered via a mobile autonomous agent (such as a worm or virus)." } }, s.E = { name: "Exploitability", shortName: "E", description: 'This metric measures the current state of exploit techniques or code availability. "Unproven that exploit exists" is the lowest impact and "Proof-of-concept code" is the highest impact.', values: [a.E_VALUES.ND, a.E_VALUES.U, a.E_VALUES.POC, a.E_VALUES.F, a.E_VALUES.H] }, s.RL_VALUES = { ND: { shortName: "ND", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will not influence the score. It is a signal to the equation to skip this metric." }, OF: { shortName: "OF", value: 0.87, name: "Official Fix", abbreviatedName: "Off. Fix", jsonSchemaName: "OFFICIAL_FIX", description: "A complete vendor solution is available. Either the vendor has issued an official patch, or an upgrade is available." }, TF: { shortName: "TF", value: 0.9, name: "Temporary Fix", abbreviatedName: "Temp. Fix", jsonSchemaName: "TEMPORARY_FIX", description: "There is an official but temporary fix available. This includes instances where the vendor issues a temporary hotfix, tool, or workaround." }, W: { shortName: "W", value: 0.95, name: "Workaround", jsonSchemaName: "WORKAROUND", description: "There is an unofficial, non-vendor solution available. In some cases, users of the affected technology will create a patch of their own or provide steps to work around or otherwise mitigate the vulnerability." }, U: { shortName: "U", value: 1, name: "Unavailable", jsonSchemaName: "UNAVAILABLE", description: "There is either no solution available or it is impossible to apply." } }, s.RL = { name: "Remediation Level", shortName: "RL", description: 'This metric measures the remediation level of a vulnerability. "Official fix" is the lowest impact and "Unavailable" is the highest impact.', values: [a.RL_VALUES.ND, a.RL_VALUES.OF, a.RL_VALUES.TF, a.RL_VALUES.W, a.RL_VALUES.U] }, s.RC_VALUES = { ND: { shortName: "ND", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will not influence the score. It is a signal to the equation to skip this metric." }, UC: { shortName: "UC", value: 0.9, name: "Unconfirmed", jsonSchemaName: "UNCONFIRMED", description: "There is little confidence in the existence of this vulnerability. The report is unconfirmed, or the source is not known." }, UR: { shortName: "UR", value: 0.95, name: "Uncorroborated", jsonSchemaName: "UNCORROBORATED", description: "There is reasonable confidence in the existence of this vulnerability, but the technical details are not known publicly. The report is unconfirmed." }, C: { shortName: "C", value: 1, name: "Confirmed", jsonSchemaName: "CONFIRMED", description: "The existence of this vulnerability is confirmed, but the details are not known publicly. An exploit has been observed, or proof-of-concept exploit code is available. The bugtraq ID or CVE ID has been made public." } }, s.RC = { name: "Report Confidence", shortName: "RC", description: 'This metric measures the degree of confidence in the existence of the vulnerability and the credibility of the known technical details. "Unconfirmed" is the lowest confidence and "Confirmed" is the highest.', values: [a.RC_VALUES.ND, a.RC_VALUES.UC, a.RC_VALUES.UR, a.RC_VALUES.C] }, s.TEMPORAL_CATEGORY_VALUES = [a.E, a.RL, a.RC], s.ENVIRONMENTAL_CATEGORY = { name: "environmental", description: "Different environments can have an immense bearing on the risk that a vulnerability poses to an organization and its stakeholders. The CVSS environmental metric group captures the characteristics of a vulnerability that are associated with a user's IT environment. Since environmental metrics are optional they each include a metric value that has no effect on the score." }, s.CDP_VALUES = { ND: { shortName: "ND", value: 0, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will not influence the score. It is a signal to the equation to skip this metric." }, N: { shortName: "N", value: 0, name: "None", jsonSchemaName: "NONE", description: "There is no potential for loss of life, physical assets, productivity or revenue." }, L: { shortName: "L", value: 0.1, name: "Low", jsonSchemaName: "LOW", description: "A successful exploit of this vulnerability may result in slight physical or property damage. Or, there may be a slight loss of revenue or productivity to the organization." }, LM: { shortName: "LM", value: 0.3, name: "Low-Medium", abbreviatedName: "Low-Med.", jsonSchemaName: "LOW_MEDIUM", description: "A successful exploit of this vulnerability may result in moderate physical or property damage. Or, there may be a moderate loss of revenue or productivity to the organization." }, MH: { shortName: "MH", value: 0.4, name: "Medium-High", abbreviatedName: "Med.-High", jsonSchemaName: "MEDIUM_HIGH", description: "A successful exploit of this vulnerability may result in significant physical or property damage or loss. Or, there may be a significant loss of revenue or productivity." }, H: { shortName: "H", value: 0.5, name: "High", jsonSchemaName: "HIGH", description: "A successful exploit of this vulnerability may result in catastrophic physical or property damage and loss. Or, there may be a catastrophic loss of revenue or productivity." } }, s.CDP = { name: "Collateral Damage Potential", shortName: "CDP", subCategory: "General Modifiers", description: 'This metric measures the potential for loss of life or physical assets resulting from a vulnerability. "None" is the lowest impact and "High" is the highest impact.', values: [a.CDP_VALUES.ND, a.CDP_VALUES.N, a.CDP_VALUES.L, a.CDP_VALUES.LM, a.CDP_VALUES.MH, a.CDP_VALUES.H] }, s.TD_VALUES = { ND: { shortName: "ND", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will not influence the score. It is a signal to the equation to skip this metric." }, N: { shortName: "N", value: 0, name: "None", jsonSchemaName: "NONE", description: "There is no (0%) target distribution." }, L: { shortName: "L", value: 0.25, name: "Low", jsonSchemaName: "LOW", description: "There is a small (< 25%) target distribution." }, M: { shortName: "M", value: 0.75, name: "Medium", jsonSchemaName: "MEDIUM", description: "There is a medium (26-75%) target distribution." }, H: { shortName: "H", value: 1, name: "High", description: "There is a high (> 75%) target distribution." } }, s.TD = { name: "Target Distribution", shortName: "TD", subCategory: "General Modifiers", description: 'This metric measures the proportion of vulnerable systems that could be affected by an attack. It is meant to represent the proportion of vulnerable systems that an attacker can expect to target. "None" is the lowest impact and "High" is the highest impact.', values: [a.TD_VALUES.ND, a.TD_VALUES.N, a.TD_VALUES.L, a.TD_VALUES.M, a.TD_VALUES.H] }, s.CR_VALUES = { ND: { shortName: "ND", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will not influence the score. It is a signal to the equation to skip this metric." }, L: { shortName: "L", value: 0.5, name: "Low", jsonSchemaName: "LOW", description: "Loss of confidentiality is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, M: { shortName: "M", value: 1, name: "Medium", jsonSchemaName: "MEDIUM", description: "Loss of confidentiality is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, H: { shortName: "H", value: 1.51, name: "High", jsonSchemaName: "HIGH", description: "Loss of confidentiality is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." } }, s.CR = { name: "Confidentiality Requirement", shortName: "CR", subCategory: "Modified Requirement (Impact Subscore) Modifiers", description: 'This metric measures the need for confidentiality of the vulnerable component to the user. For example, an attacker that exploits a vulnerability that exists on a network boundary and requires no privileges has a low need for the confidentiality of the vulnerable component. Conversely, an attacker that exploits a vulnerability that exists on the same system as the vulnerable component and requires Privileged access to the system in order to exploit it has a high need for confidentiality. "Not Defined" is the lowest impact and "High" is the highest impact.', values: [a.CR_VALUES.ND, a.CR_VALUES.L, a.CR_VALUES.M, a.CR_VALUES.H] }, s.IR_VALUES = { ND: { shortName: "ND", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will not influence the score. It is a signal to the equation to skip this metric." }, L: { shortName: "L", value: 0.5, name: "Low", jsonSchemaName: "LOW", description: "Loss of integrity is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, M: { shortName: "M", value: 1, name: "Medium", jsonSchemaName: "MEDIUM", description: "Loss of integrity is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, H: { shortName: "H", value: 1.51, name: "High", jsonSchemaName: "HIGH", description: "Loss of integrity is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." } }, s.IR = { name: "Integrity Requirement", shortName: "IR", subCategory: "Modified Requirement (Impact Subscore) Modifiers", description: 'This metric measures the need for integrity of the vulnerable component to a user. For example, an attacker that exploits a vulnerability that exists on a network boundary and requires no privileges has a low need for the integrity of the vulnerable component. Conversely, an attacker that exploits a vulnerability that exists on the same system as the vulnerable component and requires Privileged access to the system in order to exploit it has a high need for integrity. "Not Defined" is the lowest impact and "High" is the highest impact.', values: [a.IR_VALUES.ND, a.IR_VALUES.L, a.IR_VALUES.M, a.IR_VALUES.H] }, s.AR_VALUES = { ND: { shortName: "ND", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will not influence the score. It is a signal to the equation to skip this metric." }, L: { shortName: "L", value: 0.5, name: "Low", jsonSchemaName: "LOW", description: "Loss of availability is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, M: { shortName: "M", value: 1, name: "Medium", jsonSchemaName: "MEDIUM", description: "Loss of availability is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, H: { shortName: "H", value: 1.51, name: "High", jsonSchemaName: "HIGH", description: "Loss of availability is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." } }, s.AR = { name: "Availability Requirement", shortName: "AR", subCategory: "Modified Requirement (Impact Subscore) Modifiers", description: 'This metric measures the need for availability of the vulnerable component to a user. For example, an attacker that exploits a vulnerability that exists on a network boundary and requires no privileges has a low need for the availability of the vulnerable component. Conversely, an attacker that exploits a vulnerability that exists on the same system as the vulnerable component and requires Privileged access to the system in order to exploit it has a high need for availability. "Not Defined" is the lowest impact and "High" is the highest impact.', values: [a.AR_VALUES.ND, a.AR_VALUES.L, a.AR_VALUES.M, a.AR_VALUES.H] }, s.ENVIRONMENTAL_CATEGORY_VALUES = [a.CDP, a.TD, a.CR, a.IR, a.AR], s.REGISTERED_COMPONENTS = /* @__PURE__ */ new Map(), a.REGISTERED_COMPONENTS.set(a.BASE_CATEGORY, a.BASE_CATEGORY_VALUES), a.REGISTERED_COMPONENTS.set(a.TEMPORAL_CATEGORY, a.TEMPORAL_CATEGORY_VALUES), a.REGISTERED_COMPONENTS.set(a.ENVIRONMENTAL_CATEGORY, a.ENVIRONMENTAL_CATEGORY_VALUES), s.ATTRIBUTE_SEVERITY_ORDER = i.CvssVector._reorderAttributeSeverityOrder([a.AC_VALUES.ND, a.AV_VALUES.ND, a.Au_VALUES.ND, a.C_VALUES.ND, a.I_VALUES.ND, a.A_VALUES.ND, a.C_VALUES.N, a.I_VALUES.N, a.A_VALUES.N, a.CDP_VALUES.N, a.CDP_VALUES.ND, a.TD_VALUES.N, a.CDP_VALUES.L, a.TD_VALUES.L, a.C_VALUES.P, a.I_VALUES.P, a.A_VALUES.P, a.CDP_VALUES.LM, a.AC_VALUES.H, a.AV_VALUES.L, a.CDP_VALUES.MH, a.Au_VALUES.M, a.CDP_VALUES.H, a.Au_VALUES.S, a.AC_VALUES.M, a.AV_VALUES.A, a.C_VALUES.C, a.I_VALUES.C, a.A_VALUES.C, a.Au_VALUES.N, a.AC_VALUES.L, a.TD_VALUES.M, a.E_VALUES.U, a.RL_VALUES.OF, a.E_VALUES.POC, a.RL_VALUES.TF, a.RL_VALUES.W, a.RC_VALUES.UC, a.AV_VALUES.N, a.E_VALUES.F, a.E_VALUES.H, a.E_VALUES.ND, a.RL_VALUES.U, a.RL_VALUES.ND, a.RC_VALUES.UR, a.RC_VALUES.C, a.RC_VALUES.ND, a.TD_VALUES.H, a.TD_VALUES.ND, a.CR_VALUES.L, a.CR_VALUES.M, a.IR_VALUES.L, a.IR_VALUES.M, a.AR_VALUES.L, a.AR_VALUES.M, a.CR_VALUES.ND, a.IR_VALUES.ND, a.AR_VALUES.ND, a.CR_VALUES.H, a.IR_VALUES.H, a.AR_VALUES.H]);
      }, 564: (e2, t2, o) => {
        Object.defineProperty(t2, "__esModule", { value: true }), t2.applyVectorPartsIfMetricsHigher = t2.applyVectorPartsIfMetricsLower = t2.fromVector = void 0;
        const a = o(475), i = o(623), s = o(371), n = o(987), r = o(479), c = o(331), l = o(951), m = o(759), h = { "CVSS:2.0": a.Cvss2, "2.0": a.Cvss2, "CVSS:3.0": i.Cvss3P0, "3.0": i.Cvss3P0, "CVSS:3.1": s.Cvss3P1, 3.1: s.Cvss3P1, "CVSS:4.0": n.Cvss4P0, "4.0": n.Cvss4P0 };
        function E(e3, t3, o2) {
          if (!t3) return 0;
          const a2 = e3.normalizeVector(t3);
          if (0 === a2.length) return 0;
          const i2 = a2.split("/");
          let s2 = 0;
          for (const t4 of i2) {
            if (!t4) continue;
            const a3 = t4.split(":", 2);
            if (2 === a3.length) {
              const t5 = a3[0], i3 = a3[1], n2 = e3.getComponentByStringOpt(t5), r2 = t5.startsWith("M"), c2 = r2 ? t5.replace("M", "") : t5, l2 = e3.getComponentByStringOpt(c2), m2 = r2 ? t5 : `M${t5}`, h2 = e3.getComponentByStringOpt(m2), E2 = (null == n2 ? void 0 : n2.shortName) || "X", u2 = e3.applyComponentStringSilent(t5, i3), d2 = e3.getComponentByStringOpt(t5);
              u2 && o2(n2, l2, h2, d2, r2) ? s2++ : e3.applyComponentStringSilent(t5, E2);
            } else console.warn("Unknown vector argument:", t4);
          }
          return s2;
        }
        function u(e3, t3, o2, a2, i2) {
          const s2 = null != o2 && "NOT_DEFINED" !== o2.name && "NULL" !== o2.name && "X" !== o2.shortName;
          return { oldSeverity: d(e3, i2 && s2 ? o2 : t3), newSeverity: d(e3, a2) };
        }
        function d(e3, t3) {
          if (!t3) return -1;
          let o2 = [];
          if (e3 instanceof a.Cvss2 ? o2 = r.Cvss2Components.ATTRIBUTE_SEVERITY_ORDER : e3 instanceof i.Cvss3P0 ? o2 = c.Cvss3P0Components.ATTRIBUTE_SEVERITY_ORDER : e3 instanceof s.Cvss3P1 ? o2 = l.Cvss3P1Components.ATTRIBUTE_SEVERITY_ORDER : e3 instanceof n.Cvss4P0 && (o2 = m.Cvss4P0Components.ATTRIBUTE_SEVERITY_ORDER), 0 === o2.length) return console.warn("Unknown", e3.getVectorName(), "severity order list for attribute type:", t3), -1;
          for (let e4 = 0; e4 < o2.length; e4++) if (o2[e4].includes(t3)) return e4;
          return console.warn("Unknown", e3.getVectorName(), "attribute type:", t3), -1;
        }
        t2.fromVector = function(e3, t3 = void 0) {
          if (t3) {
            const o3 = h[t3];
            if (o3) return new o3(e3);
          }
          const o2 = h[e3];
          if (o2) return new o2();
          for (let t4 in h) {
            const o3 = h[t4];
            if (e3.startsWith(t4)) try {
              return new o3(e3);
            } catch (e4) {
            }
          }
          for (let t4 in h) {
            const o3 = h[t4];
            try {
              return new o3(e3);
            } catch (e4) {
            }
          }
          return null;
        }, t2.applyVectorPartsIfMetricsLower = function(e3, t3) {
          return t3 ? E(e3, t3, ((t4, o2, a2, i2, s2) => {
            const n2 = u(e3, o2, a2, i2, s2);
            return n2.newSeverity <= n2.oldSeverity;
          })) : 0;
        }, t2.applyVectorPartsIfMetricsHigher = function(e3, t3) {
          return t3 ? E(e3, t3, ((t4, o2, a2, i2, s2) => {
            const n2 = u(e3, o2, a2, i2, s2);
            return n2.newSeverity >= n2.oldSeverity;
          })) : 0;
        };
      }, 623: (e2, t2, o) => {
        Object.defineProperty(t2, "__esModule", { value: true }), t2.Cvss3P0 = void 0;
        const a = o(154), i = o(331);
        class s extends a.CvssVector {
          constructor(e3) {
            super(e3);
          }
          getRegisteredComponents() {
            return i.Cvss3P0Components.REGISTERED_COMPONENTS;
          }
          getVectorPrefix() {
            return "CVSS:3.0/";
          }
          getVectorName() {
            return "CVSS:3.0";
          }
          fillAverageVector() {
            this.applyVector("AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:L/A:L");
          }
          fillRandomBaseVector() {
            this.fillRandomComponentsForCategory(i.Cvss3P0Components.BASE_CATEGORY);
          }
          fillRandomTemporalVector() {
            this.fillRandomComponentsForCategory(i.Cvss3P0Components.TEMPORAL_CATEGORY);
          }
          fillRandomEnvironmentalVector() {
            this.fillRandomComponentsForCategory(i.Cvss3P0Components.ENVIRONMENTAL_CATEGORY);
          }
          fillRandomComponentsForCategory(e3) {
            const t3 = i.Cvss3P0Components.REGISTERED_COMPONENTS.get(e3);
            if (t3) for (let e4 = 0; e4 < t3.length; e4++) {
              const o2 = t3[e4], a2 = super.pickRandomDefinedComponentValue(o2);
              if (!a2) return console.warn("Failed to pick random vector component for", o2), void this.fillAverageVector();
              this.applyComponent(o2, a2);
            }
            else console.warn("Failed to pick random vector components for", e3);
          }
          calculateScoresInternal(e3 = false) {
            const t3 = this.isBaseFullyDefined(), o2 = this.isAnyTemporalDefined(), a2 = this.isAnyEnvironmentalDefined();
            return { normalized: e3, base: t3 ? super.round(this.calculateExactBaseScore(), 1) : void 0, impact: t3 ? super.normalizeScore(super.round(this.calculateImpactScore(), 1), e3 ? 6 : 10) : void 0, exploitability: t3 ? super.normalizeScore(super.round(this.calculateExactExploitabilityScore(), 1), e3 ? 3.9 : 10) : void 0, temporal: t3 && o2 ? super.round(this.calculateExactTemporalScore(), 1) : void 0, environmental: t3 && a2 ? super.round(this.calculateExactEnvironmentalScore(), 1) : void 0, modifiedImpact: t3 && a2 ? super.normalizeScore(super.round(Math.max(0, this.calculateExactAdjustedImpactScore()), 1), e3 ? 6.1 : 10) : void 0, overall: super.round(this.calculateExactOverallScore(), 1), vector: this.toString() };
          }
          calculateExactBaseScore() {
            if (!this.isBaseFullyDefined()) return 0;
            let e3 = this.calculateExactImpactScore();
            if (e3 <= 0) return 0;
            let t3 = this.calculateExactExploitabilityScore();
            return this.getComponent(i.Cvss3P0Components.S).value ? this.roundUp1(Math.min(s.SCOPE_COEFFICIENT * (e3 + t3), 10)) : this.roundUp1(Math.min(e3 + t3, 10));
          }
          calculateImpactScore() {
            const e3 = this.calculateExactImpactScore();
            return e3 <= 0 ? 0 : e3;
          }
          calculateExactImpactScore() {
            let e3 = this.calculateExactISSScore();
            return this.getComponent(i.Cvss3P0Components.S).value ? s.SCOPE_CHANGED_FACTOR * (e3 - 0.029) - 3.25 * Math.pow(e3 - 0.02, 15) : s.SCOPE_UNCHANGED_FACTOR * e3;
          }
          calculateExactISSScore() {
            return 1 - (1 - this.getComponent(i.Cvss3P0Components.C).value) * (1 - this.getComponent(i.Cvss3P0Components.I).value) * (1 - this.getComponent(i.Cvss3P0Components.A).value);
          }
          calculateExactMISSScore() {
            let e3, t3, o2, a2, s2, n, r = this.getComponent(i.Cvss3P0Components.MC), c = this.getComponent(i.Cvss3P0Components.MI), l = this.getComponent(i.Cvss3P0Components.MA), m = this.getComponent(i.Cvss3P0Components.C), h = this.getComponent(i.Cvss3P0Components.I), E = this.getComponent(i.Cvss3P0Components.A), u = this.getComponent(i.Cvss3P0Components.CR), d = this.getComponent(i.Cvss3P0Components.IR), p = this.getComponent(i.Cvss3P0Components.AR);
            return e3 = r === i.Cvss3P0Components.MC.values[0] ? m.value : r.value, t3 = c === i.Cvss3P0Components.MI.values[0] ? h.value : c.value, o2 = l === i.Cvss3P0Components.MA.values[0] ? E.value : l.value, i.Cvss3P0Components.CR.values[0], a2 = u.value, i.Cvss3P0Components.IR.values[0], s2 = d.value, i.Cvss3P0Components.AR.values[0], n = p.value, Math.min(1 - (1 - a2 * e3) * (1 - s2 * t3) * (1 - n * o2), 0.915);
          }
          calculateExactExploitabilityScore() {
            const e3 = this.getComponent(i.Cvss3P0Components.AV).value, t3 = this.getComponent(i.Cvss3P0Components.AC).value, o2 = this.getComponent(i.Cvss3P0Components.UI).value;
            let a2;
            return a2 = this.getComponent(i.Cvss3P0Components.S).value ? this.getComponent(i.Cvss3P0Components.PR).changedValue : this.getComponent(i.Cvss3P0Components.PR).value, s.EXPLOITABILITY_COEFFICIENT * e3 * t3 * a2 * o2;
          }
          calculateExactTemporalScore() {
            if (!this.isBaseFullyDefined()) return 0;
            if (!this.isAnyTemporalDefined()) return 0;
            let e3 = this.getComponent(i.Cvss3P0Components.E).value, t3 = this.getComponent(i.Cvss3P0Components.RL).value, o2 = this.getComponent(i.Cvss3P0Components.RC).value, a2 = this.calculateExactBaseScore();
            return this.roundUp1(a2 * e3 * t3 * o2);
          }
          calculateExactEnvironmentalScore() {
            if (!this.isBaseFullyDefined()) return 0;
            if (!this.isAnyEnvironmentalDefined()) return 0;
            let e3 = this.calculateExactAdjustedImpactScore();
            if (e3 <= 0) return 0;
            let t3 = this.calculateAdjustedExploitability(), o2 = this.getComponent(i.Cvss3P0Components.E).value, a2 = this.getComponent(i.Cvss3P0Components.RL).value, n = this.getComponent(i.Cvss3P0Components.RC).value;
            if (this.isModifiedScope()) {
              let i2 = this.roundUp1(Math.min(e3 + t3, 10));
              return this.roundUp1(i2 * o2 * a2 * n);
            }
            {
              let i2 = this.roundUp1(Math.min(s.SCOPE_COEFFICIENT * (e3 + t3), 10));
              return this.roundUp1(i2 * o2 * a2 * n);
            }
          }
          calculateExactAdjustedImpactScore() {
            if (!this.isBaseFullyDefined()) return 0;
            if (!this.isAnyEnvironmentalDefined()) return 0;
            let e3 = this.calculateExactMISSScore();
            return this.isModifiedScope() ? s.SCOPE_UNCHANGED_FACTOR * e3 : s.SCOPE_CHANGED_FACTOR * (e3 - 0.029) - 3.25 * Math.pow(e3 - 0.02, 15);
          }
          calculateAdjustedExploitability() {
            let e3, t3 = this.getFirstDefinedComponent([i.Cvss3P0Components.MAV, i.Cvss3P0Components.AV]).value, o2 = this.getFirstDefinedComponent([i.Cvss3P0Components.MAC, i.Cvss3P0Components.AC]).value, a2 = this.getFirstDefinedComponent([i.Cvss3P0Components.MUI, i.Cvss3P0Components.UI]).value, n = this.getFirstDefinedComponent([i.Cvss3P0Components.MPR, i.Cvss3P0Components.PR]);
            return e3 = this.isModifiedScope() ? n.value : n.changedValue, s.EXPLOITABILITY_COEFFICIENT * t3 * o2 * e3 * a2;
          }
          isModifiedScope() {
            let e3 = this.getComponent(i.Cvss3P0Components.S), t3 = this.getComponent(i.Cvss3P0Components.MS);
            return t3 === i.Cvss3P0Components.MS.values[0] ? !e3.value : !t3.value;
          }
          calculateExactOverallScore() {
            return this.isAnyEnvironmentalDefined() ? this.calculateExactEnvironmentalScore() : this.isAnyTemporalDefined() ? this.calculateExactTemporalScore() : this.calculateExactBaseScore();
          }
          isBaseFullyDefined() {
            return super.isCategoryFullyDefined(i.Cvss3P0Components.BASE_CATEGORY);
          }
          isTemporalFullyDefined() {
            return super.isCategoryFullyDefined(i.Cvss3P0Components.TEMPORAL_CATEGORY);
          }
          isEnvironmentalFullyDefined() {
            return super.isCategoryFullyDefined(i.Cvss3P0Components.ENVIRONMENTAL_CATEGORY);
          }
          isAnyBaseDefined() {
            return super.isCategoryPartiallyDefined(i.Cvss3P0Components.BASE_CATEGORY);
          }
          isAnyTemporalDefined() {
            return super.isCategoryPartiallyDefined(i.Cvss3P0Components.TEMPORAL_CATEGORY);
          }
          isAnyEnvironmentalDefined() {
            return super.isCategoryPartiallyDefined(i.Cvss3P0Components.ENVIRONMENTAL_CATEGORY);
          }
          roundUp1(e3) {
            return Math.ceil(10 * e3) / 10;
          }
          getJsonSchemaSeverity(e3) {
            return 0 === e3 || isNaN(e3) ? "NONE" : e3 <= 3.9 ? "LOW" : e3 <= 6.9 ? "MEDIUM" : e3 <= 8.9 ? "HIGH" : "CRITICAL";
          }
          createJsonSchema() {
            const e3 = this.calculateScores();
            return { version: "3.0", vectorString: this.toString(), baseScore: e3.base, temporalScore: e3.temporal, environmentalScore: e3.environmental, baseSeverity: this.getJsonSchemaSeverity(e3.base), temporalSeverity: e3.temporal ? this.getJsonSchemaSeverity(e3.temporal) : void 0, environmentalSeverity: e3.environmental ? this.getJsonSchemaSeverity(e3.environmental) : void 0, attackVector: this.getComponent(i.Cvss3P0Components.AV).jsonSchemaName, attackComplexity: this.getComponent(i.Cvss3P0Components.AC).jsonSchemaName, privilegesRequired: this.getComponent(i.Cvss3P0Components.PR).jsonSchemaName, userInteraction: this.getComponent(i.Cvss3P0Components.UI).jsonSchemaName, scope: this.getComponent(i.Cvss3P0Components.S).jsonSchemaName, confidentialityImpact: this.getComponent(i.Cvss3P0Components.C).jsonSchemaName, integrityImpact: this.getComponent(i.Cvss3P0Components.I).jsonSchemaName, availabilityImpact: this.getComponent(i.Cvss3P0Components.A).jsonSchemaName, exploitCodeMaturity: this.getComponent(i.Cvss3P0Components.E).jsonSchemaName, remediationLevel: this.getComponent(i.Cvss3P0Components.RL).jsonSchemaName, reportConfidence: this.getComponent(i.Cvss3P0Components.RC).jsonSchemaName, confidentialityRequirement: this.getComponent(i.Cvss3P0Components.CR).jsonSchemaName, integrityRequirement: this.getComponent(i.Cvss3P0Components.IR).jsonSchemaName, availabilityRequirement: this.getComponent(i.Cvss3P0Components.AR).jsonSchemaName, modifiedAttackVector: this.getComponent(i.Cvss3P0Components.MAV).jsonSchemaName, modifiedAttackComplexity: this.getComponent(i.Cvss3P0Components.MAC).jsonSchemaName, modifiedPrivilegesRequired: this.getComponent(i.Cvss3P0Components.MPR).jsonSchemaName, modifiedUserInteraction: this.getComponent(i.Cvss3P0Components.MUI).jsonSchemaName, modifiedScope: this.getComponent(i.Cvss3P0Components.MS).jsonSchemaName, modifiedConfidentialityImpact: this.getComponent(i.Cvss3P0Components.MC).jsonSchemaName, modifiedIntegrityImpact: this.getComponent(i.Cvss3P0Components.MI).jsonSchemaName, modifiedAvailabilityImpact: this.getComponent(i.Cvss3P0Components.MA).jsonSchemaName };
          }
        }
        t2.Cvss3P0 = s, s.SCOPE_CHANGED_FACTOR = 7.52, s.SCOPE_UNCHANGED_FACTOR = 6.42, s.EXPLOITABILITY_COEFFICIENT = 8.22, s.SCOPE_COEFFICIENT = 1.08;
      }, 730: (e2, t2) => {
        Object.defineProperty(t2, "__esModule", { value: true }), t2.EQ = void 0;
        class o {
          constructor(e3, t3, o2, a) {
            this.highestSeverityVectors = [], this.level = e3, this.vectorDepth = t3, this.highestSeverityVectorsUnparsed = o2, this.predicate = a;
          }
          getLevel() {
            return this.level;
          }
          getLevelAsInt() {
            return parseInt(this.level);
          }
          getVectorDepth() {
            return this.vectorDepth;
          }
          getHighestSeverityVectors() {
            return 0 === this.highestSeverityVectors.length && (this.highestSeverityVectors = this.highestSeverityVectorsUnparsed.map(((e3) => o.createCvssInstance(e3)))), this.highestSeverityVectors;
          }
          getHighestSeverityVectorsUnparsed() {
            return this.highestSeverityVectorsUnparsed;
          }
          matchesConstraints(e3) {
            return this.predicate(e3);
          }
        }
        t2.EQ = o;
      }, 759: (e2, t2) => {
        Object.defineProperty(t2, "__esModule", { value: true }), t2.Cvss4P0Components = void 0;
        class o {
        }
        t2.Cvss4P0Components = o, o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of confidentiality, resulting in all information within the Vulnerable System being divulged to the attacker. Alternatively, access to only some restricted information is obtained, but the disclosed information presents a direct, serious impact." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "There is some loss of confidentiality. Access to some restricted information is obtained, but the attacker does not have control over what information is obtained, or the amount or kind of loss is limited. The information disclosure does not cause a direct, serious loss to the Vulnerable System." }, N: { shortName: "N", name: "None", jsonSchemaName: "NONE", description: "There is no loss of confidentiality within the Vulnerable System." } }, o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE = [o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.X, o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.H, o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.L, o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.N], o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of integrity, or a complete loss of protection. For example, the attacker is able to modify any/all files protected by the Vulnerable System. Alternatively, only some files can be modified, but malicious modification would present a direct, serious consequence to the Vulnerable System." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "Modification of data is possible, but the attacker does not have control over the consequence of a modification, or the amount of modification is limited. The data modification does not have a direct, serious impact to the Vulnerable System." }, N: { shortName: "N", name: "None", jsonSchemaName: "NONE", description: "There is no loss of integrity within the Vulnerable System." } }, o.VULNERABLE_SYSTEM_INTEGRITY_BASE = [o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.X, o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.H, o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.L, o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.N], o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of availability, resulting in the attacker being able to fully deny access to resources in the Vulnerable System; this loss is either sustained (while the attacker continues to deliver the attack) or persistent (the condition persists even after the attack has completed). Alternatively, the attacker has the ability to deny some availability, but the loss of availability presents a direct, serious consequence to the Vulnerable System (e.g., the attacker cannot disrupt existing connections, but can prevent new connections; the attacker can repeatedly exploit a vulnerability that, in each instance of a successful attack, leaks a only small amount of memory, but after repeated exploitation causes a service to become completely unavailable)." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "Performance is reduced or there are interruptions in resource availability. Even if repeated exploitation of the vulnerability is possible, the attacker does not have the ability to completely deny service to legitimate users. The resources in the Vulnerable System are either partially available all of the time, or fully available only some of the time, but overall there is no direct, serious consequence to the Vulnerable System." }, N: { shortName: "N", name: "None", jsonSchemaName: "NONE", description: "There is no impact to availability within the Vulnerable System." } }, o.VULNERABLE_SYSTEM_AVAILABILITY_BASE = [o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.X, o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.H, o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.L, o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.N], o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, S: { shortName: "S", name: "Safety", jsonSchemaName: "SAFETY", description: "! NOT A VALID VALUE FOR Safety (S), REQUIRED FOR CALCULATION OF SCORE !", hide: true }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of confidentiality, resulting in all resources within the Subsequent System being divulged to the attacker. Alternatively, access to only some restricted information is obtained, but the disclosed information presents a direct, serious impact." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "There is some loss of confidentiality. Access to some restricted information is obtained, but the attacker does not have control over what information is obtained, or the amount or kind of loss is limited. The information disclosure does not cause a direct, serious loss to the Subsequent System." }, N: { shortName: "N", name: "None", jsonSchemaName: "NONE", description: "There is no loss of confidentiality within the Subsequent System or all confidentiality impact is constrained to the Vulnerable System." } }, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE = [o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.X, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.S, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.H, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.L, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.N], o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, S: { shortName: "S", name: "Safety", jsonSchemaName: "SAFETY", description: "! NOT A VALID VALUE FOR Safety (S), REQUIRED FOR CALCULATION OF SCORE !", hide: true }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of integrity, or a complete loss of protection. For example, the attacker is able to modify any/all files protected by the Subsequent System. Alternatively, only some files can be modified, but malicious modification would present a direct, serious consequence to the Subsequent System." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "Modification of data is possible, but the attacker does not have control over the consequence of a modification, or the amount of modification is limited. The data modification does not have a direct, serious impact to the Subsequent System." }, N: { shortName: "N", name: "None", jsonSchemaName: "NONE", description: "There is no loss of integrity within the Subsequent System or all integrity impact is constrained to the Vulnerable System." } }, o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE = [o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.X, o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.S, o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.H, o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.L, o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.N], o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, S: { shortName: "S", name: "Safety", jsonSchemaName: "SAFETY", description: "! NOT A VALID VALUE FOR Safety (S), REQUIRED FOR CALCULATION OF SCORE !", hide: true }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of availability, resulting in the attacker being able to fully deny access to resources in the Subsequent System; this loss is either sustained (while the attacker continues to deliver the attack) or persistent (the condition persists even after the attack has completed). Alternatively, the attacker has the ability to deny some availability, but the loss of availability presents a direct, serious consequence to the Subsequent System (e.g., the attacker cannot disrupt existing connections, but can prevent new connections; the attacker can repeatedly exploit a vulnerability that, in each instance of a successful attack, leaks a only small amount of memory, but after repeated exploitation causes a service to become completely unavailable)." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "Performance is reduced or there are interruptions in resource availability. Even if repeated exploitation of the vulnerability is possible, the attacker does not have the ability to completely deny service to legitimate users. The resources in the Subsequent System are either partially available all of the time, or fully available only some of the time, but overall there is no direct, serious consequence to the Subsequent System." }, N: { shortName: "N", name: "None", jsonSchemaName: "NONE", description: "There is no impact to availability within the Subsequent System or all availability impact is constrained to the Vulnerable System." } }, o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE = [o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.X, o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.S, o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.H, o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.L, o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.N], o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of confidentiality, resulting in all resources within the Subsequent System being divulged to the attacker. Alternatively, access to only some restricted information is obtained, but the disclosed information presents a direct, serious impact." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "There is some loss of confidentiality. Access to some restricted information is obtained, but the attacker does not have control over what information is obtained, or the amount or kind of loss is limited. The information disclosure does not cause a direct, serious loss to the Subsequent System." }, N: { shortName: "N", name: "Negligible", abbreviatedName: "Negl.", jsonSchemaName: "NEGLIGIBLE", description: "There is no loss of confidentiality within the Subsequent System or all confidentiality impact is constrained to the Vulnerable System." } }, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED = [o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.X, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.H, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.L, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.N], o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, S: { shortName: "S", name: "Safety", jsonSchemaName: "SAFETY", description: 'The exploited vulnerability will result in integrity impacts that could cause serious injury or worse (categories of "Marginal" or worse as described in IEC 61508) to a human actor or participant.' }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of integrity, or a complete loss of protection. For example, the attacker is able to modify any/all files protected by the Subsequent System. Alternatively, only some files can be modified, but malicious modification would present a direct, serious consequence to the Subsequent System." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "Modification of data is possible, but the attacker does not have control over the consequence of a modification, or the amount of modification is limited. The data modification does not have a direct, serious impact to the Subsequent System." }, N: { shortName: "N", name: "Negligible", abbreviatedName: "Negl.", jsonSchemaName: "NEGLIGIBLE", description: "There is no loss of integrity within the Subsequent System or all integrity impact is constrained to the Vulnerable System." } }, o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED = [o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.X, o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.S, o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.H, o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.L, o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.N], o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, S: { shortName: "S", name: "Safety", jsonSchemaName: "SAFETY", description: 'The exploited vulnerability will result in availability impacts that could cause serious injury or worse (categories of "Marginal" or worse as described in IEC 61508) to a human actor or participant.' }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of availability, resulting in the attacker being able to fully deny access to resources in the Subsequent System; this loss is either sustained (while the attacker continues to deliver the attack) or persistent (the condition persists even after the attack has completed). Alternatively, the attacker has the ability to deny some availability, but the loss of availability presents a direct, serious consequence to the Subsequent System (e.g., the attacker cannot disrupt existing connections, but can prevent new connections; the attacker can repeatedly exploit a vulnerability that, in each instance of a successful attack, leaks a only small amount of memory, but after repeated exploitation causes a service to become completely unavailable)." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "Performance is reduced or there are interruptions in resource availability. Even if repeated exploitation of the vulnerability is possible, the attacker does not have the ability to completely deny service to legitimate users. The resources in the Subsequent System are either partially available all of the time, or fully available only some of the time, but overall there is no direct, serious consequence to the Subsequent System." }, N: { shortName: "N", name: "Negligible", abbreviatedName: "Negl.", jsonSchemaName: "NEGLIGIBLE", description: "There is no impact to availability within the Subsequent System or all availability impact is constrained to the Vulnerable System." } }, o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED = [o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.X, o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.S, o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.H, o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.L, o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.N], o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "Loss of Confidentiality is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, M: { shortName: "M", name: "Medium", jsonSchemaName: "MEDIUM", description: "Loss of Confidentiality is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "Loss of Confidentiality is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." } }, o.REQUIREMENT_CONFIDENTIALITY_MODIFIED = [o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.X, o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.H, o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.M, o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.L], o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "Loss of Integrity is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, M: { shortName: "M", name: "Medium", jsonSchemaName: "MEDIUM", description: "Loss of Integrity is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "Loss of Integrity is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." } }, o.REQUIREMENT_INTEGRITY_MODIFIED = [o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.X, o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.H, o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.M, o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.L], o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "Loss of Availability is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, M: { shortName: "M", name: "Medium", jsonSchemaName: "MEDIUM", description: "Loss of Availability is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "Loss of Availability is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." } }, o.REQUIREMENT_AVAILABILITY_MODIFIED = [o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.X, o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.H, o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.M, o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.L], o.AV_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Not Defined" }, N: { shortName: "N", name: "Network", jsonSchemaName: "NETWORK", description: "The vulnerable system is bound to the network stack and the set of possible attackers extends beyond the other options listed below, up to and including the entire Internet. Such a vulnerability is often termed \u201Cremotely exploitable\u201D and can be thought of as an attack being exploitable at the protocol level one or more network hops away (e.g., across one or more routers). An example of a network attack is an attacker causing a denial of service (DoS) by sending a specially crafted TCP packet across a wide area network." }, A: { shortName: "A", name: "Adjacent Network", abbreviatedName: "Adj. Network", jsonSchemaName: "ADJACENT", description: "The vulnerable system is bound to a protocol stack, but the attack is limited at the protocol level to a logically adjacent topology. This can mean an attack must be launched from the same shared proximity (e.g., Bluetooth, NFC, or IEEE 802.11) or logical network (e.g., local IP subnet), or from within a secure or otherwise limited administrative domain (e.g., MPLS, secure VPN within an administrative network zone). One example of an Adjacent attack would be an ARP (IPv4) or neighbor discovery (IPv6) flood leading to a denial of service on the local LAN segment." }, L: { shortName: "L", name: "Local", jsonSchemaName: "LOCAL", description: "The vulnerable system is not bound to the network stack and the attacker\u2019s path is via read/write/execute capabilities. Either: the attacker exploits the vulnerability by accessing the target system locally (e.g., keyboard, console), or through terminal emulation (e.g., SSH); or the attacker relies on User Interaction by another person to perform actions required to exploit the vulnerability (e.g., using social engineering techniques to trick a legitimate user into opening a malicious document)." }, P: { shortName: "P", name: "Physical", abbreviatedName: "Phys.", jsonSchemaName: "PHYSICAL", description: "The attack requires the attacker to physically touch or manipulate the vulnerable system. Physical interaction may be brief (e.g., evil maid attack) or persistent. An example of such an attack is a cold boot attack in which an attacker gains access to disk encryption keys after physically accessing the target system. Other examples include peripheral attacks via FireWire/USB Direct Memory Access (DMA)." } }, o.AV = { name: "Attack Vector", shortName: "AV", subCategory: "Exploitability Metrics", description: "This metric reflects the context by which vulnerability exploitation is possible.", values: [o.AV_VALUES.X, o.AV_VALUES.N, o.AV_VALUES.A, o.AV_VALUES.L, o.AV_VALUES.P], worseCaseValue: o.AV_VALUES.N }, o.AC_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Not Defined" }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "The attacker must take no measurable action to exploit the vulnerability. The attack requires no target-specific circumvention to exploit the vulnerability. An attacker can expect repeatable success against the vulnerable system." }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "successful attack depends on the evasion or circumvention of security-enhancing techniques in place that would otherwise hinder the attack. The attacker must have additional methods available to bypass security measures in place." } }, o.AC = { name: "Attack Complexity", shortName: "AC", subCategory: "Exploitability Metrics", description: "This metric captures measurable actions that the attacker must take to evade or circumvent built-in security-enhancing conditions in order to obtain a working exploit.", values: [o.AC_VALUES.X, o.AC_VALUES.L, o.AC_VALUES.H], worseCaseValue: o.AC_VALUES.L }, o.AT_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Not Defined" }, N: { shortName: "N", name: "None", jsonSchemaName: "NONE", description: "The successful attack does not depend on the deployment and execution conditions of the vulnerable system. The attacker can expect to be able to reach the vulnerability and execute the exploit under all or most instances of the vulnerability." }, P: { shortName: "P", name: "Present", jsonSchemaName: "PRESENT", description: "The successful attack depends on the presence of specific deployment and execution conditions of the vulnerable system that enable the attack. The successfulness of the attack is conditioned on execution conditions that are not under full control of the attacker. The attack may need to be launched multiple times against a single target before being successful. Network injection. The attacker must inject themselves into the logical network path between the target and the resource requested by the victim (e.g. vulnerabilities requiring an on-path attacker)." } }, o.AT = { name: "Attack Requirements", shortName: "AT", subCategory: "Exploitability Metrics", description: "This metric captures the prerequisite deployment and execution conditions or variables of the vulnerable system that enable the attack.", values: [o.AT_VALUES.X, o.AT_VALUES.N, o.AT_VALUES.P], worseCaseValue: o.AT_VALUES.N }, o.PR_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Not Defined" }, N: { shortName: "N", name: "None", jsonSchemaName: "NONE", description: "The attacker is unauthenticated prior to attack, and therefore does not require any access to settings or files of the vulnerable system to carry out an attack." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "The attacker requires privileges that provide basic capabilities that are typically limited to settings and resources owned by a single low-privileged user. Alternatively, an attacker with Low privileges has the ability to access only non-sensitive resources." }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "The attacker requires privileges that provide significant (e.g., administrative) control over the vulnerable system allowing full access to the vulnerable system\u2019s settings and files." } }, o.PR = { name: "Privileges Required", shortName: "PR", subCategory: "Exploitability Metrics", description: "This metric describes the level of privileges an attacker must possess prior to successfully exploiting the vulnerability.", values: [o.PR_VALUES.X, o.PR_VALUES.N, o.PR_VALUES.L, o.PR_VALUES.H], worseCaseValue: o.PR_VALUES.N }, o.UI_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Not Defined" }, N: { shortName: "N", name: "None", jsonSchemaName: "NONE", description: "The vulnerable system can be exploited without interaction from any human user, other than the attacker. Examples include: a remote attacker is able to send packets to a target system a locally authenticated attacker executes code to elevate privileges" }, P: { shortName: "P", name: "Passive", jsonSchemaName: "PASSIVE", description: "Successful exploitation of this vulnerability requires limited interaction by the targeted user with the vulnerable system and the attacker\u2019s payload. These interactions would be considered involuntary and do not require that the user actively subvert protections built into the vulnerable system." }, A: { shortName: "A", name: "Active", jsonSchemaName: "ACTIVE", description: "Successful exploitation of this vulnerability requires a targeted user to perform specific, conscious interactions with the vulnerable system and the attacker\u2019s payload, or the user\u2019s interactions would actively subvert protection mechanisms which would lead to exploitation of the vulnerability." } }, o.UI = { name: "User Interaction", shortName: "UI", subCategory: "Exploitability Metrics", description: "This metric captures the requirement for a human user, other than the attacker, to participate in the successful compromise of the vulnerable system.", values: [o.UI_VALUES.X, o.UI_VALUES.N, o.UI_VALUES.P, o.UI_VALUES.A], worseCaseValue: o.UI_VALUES.N }, o.VC = { name: "Confidentiality", shortName: "VC", subCategory: "Vulnerable System Impact", description: "This metric measures the impact to the confidentiality of the information managed by the Vulnerable System due to a successfully exploited vulnerability.", values: o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE, worseCaseValue: o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.H }, o.VI = { name: "Integrity", shortName: "VI", subCategory: "Vulnerable System Impact", description: "This metric measures the impact to the integrity of the Vulnerable System due to a successfully exploited vulnerability.", values: o.VULNERABLE_SYSTEM_INTEGRITY_BASE, worseCaseValue: o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.H }, o.VA = { name: "Availability", shortName: "VA", subCategory: "Vulnerable System Impact", description: "This metric measures the impact to the availability of the Vulnerable System due to a successfully exploited vulnerability.", values: o.VULNERABLE_SYSTEM_AVAILABILITY_BASE, worseCaseValue: o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.H }, o.SC = { name: "Confidentiality", shortName: "SC", subCategory: "Subsequent System Impact", description: "This metric measures the impact to the confidentiality of information managed by a system other than the Vulnerable System as a consequence of a successfully exploited vulnerability.", values: o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE, worseCaseValue: o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.H }, o.SI = { name: "Integrity", shortName: "SI", subCategory: "Subsequent System Impact", description: "This metric measures the impact to the integrity of a system other than the Vulnerable System as a consequence of a successfully exploited vulnerability.", values: o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE, worseCaseValue: o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.H }, o.SA = { name: "Availability", shortName: "SA", subCategory: "Subsequent System Impact", description: "This metric measures the impact to the availability of a system other than the Vulnerable System as a consequence of a successfully exploited vulnerability.", values: o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE, worseCaseValue: o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.H }, o.S_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "The metric has not been evaluated." }, N: { shortName: "N", name: "Negligible", abbreviatedName: "Negl.", jsonSchemaName: "NEGLIGIBLE", description: 'Consequences of the vulnerability meet definition of IEC 61508 consequence categories of "marginal," "critical," or "catastrophic."' }, P: { shortName: "P", name: "Present", jsonSchemaName: "PRESENT", description: 'Consequences of the vulnerability meet definition of IEC 61508 consequence category "negligible."' } }, o.S = { name: "Safety", shortName: "S", description: "This supplemental metric captures Safety impacts of a vulnerability when the affected system has an intended use or fitness of purpose aligned to safety.", values: [o.S_VALUES.X, o.S_VALUES.N, o.S_VALUES.P], worseCaseValue: o.S_VALUES.P }, o.AU_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "The metric has not been evaluated." }, N: { shortName: "N", name: "No", jsonSchemaName: "NO", description: "Attackers cannot reliably automate all 4 steps of the kill chain for this vulnerability for some reason. These steps are reconnaissance, weaponization, delivery, and exploitation." }, Y: { shortName: "Y", name: "Yes", jsonSchemaName: "YES", description: "Attackers can reliably automate all 4 steps of the kill chain. These steps are reconnaissance, weaponization, delivery, and exploitation (e.g., the vulnerability is \u201Cwormable\u201D)." } }, o.AU = { name: "Automatable", shortName: "AU", description: "This supplemental metric captures whether an attacker can reliably automate exploitation of this vulnerability across multiple targets, based on the first four steps of the kill chain (reconnaissance, weaponization, delivery, and exploitation).", values: [o.AU_VALUES.X, o.AU_VALUES.N, o.AU_VALUES.Y], worseCaseValue: o.AU_VALUES.Y }, o.R_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "The metric has not been evaluated." }, A: { shortName: "A", name: "Automatic", abbreviatedName: "Automat.", jsonSchemaName: "AUTOMATIC", description: "The system recovers services automatically after an attack has been performed." }, U: { shortName: "U", name: "User", jsonSchemaName: "USER", description: "The system requires manual intervention by the user to recover services, after an attack has been performed." }, I: { shortName: "I", name: "Irrecoverable", abbreviatedName: "Irrecov.", jsonSchemaName: "IRRECOVERABLE", description: "The system services are irrecoverable by the user, after an attack has been performed." } }, o.R = { name: "Recovery", shortName: "R", description: "This supplemental metric describes the resilience of a system to recover services, in terms of performance and availability, after an attack has been performed.", values: [o.R_VALUES.X, o.R_VALUES.A, o.R_VALUES.U, o.R_VALUES.I], worseCaseValue: o.R_VALUES.I }, o.V_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "The metric has not been evaluated." }, D: { shortName: "D", name: "Diffuse", jsonSchemaName: "DIFFUSE", description: "The vulnerable system has limited resources. That is, the resources that the attacker will gain control over with a single exploitation event are relatively small. An example of Diffuse (think: limited) Value Density would be an attack on a single email client vulnerability." }, C: { shortName: "C", name: "Concentrated", abbreviatedName: "Concentr.", jsonSchemaName: "CONCENTRATED", description: "The vulnerable system is rich in resources. Heuristically, such systems are often the direct responsibility of \u201Csystem operators\u201D rather than users. An example of Concentrated (think: broad) Value Density would be an attack on a central email server." } }, o.V = { name: "Value Density", shortName: "V", description: "This supplemental metric describes the resources that the attacker will gain control over with a single exploitation event.", values: [o.V_VALUES.X, o.V_VALUES.D, o.V_VALUES.C], worseCaseValue: o.V_VALUES.C }, o.RE_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "The metric has not been evaluated." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "The effort required to respond to a vulnerability is low/trivial. Examples include: communication on better documentation, configuration workarounds, or guidance from the vendor that does not require an immediate update, upgrade, or replacement by the consuming entity, such as firewall filter configuration." }, M: { shortName: "M", name: "Moderate", abbreviatedName: "Moder.", jsonSchemaName: "MODERATE", description: "The actions required to respond to a vulnerability require some effort on behalf of the consumer and could cause minimal service impact to implement. Examples include: simple remote update, disabling of a subsystem, or a low-touch software upgrade such as a driver update." }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "The actions required to respond to a vulnerability are significant and/or difficult, and may possibly lead to an extended, scheduled service impact. This would need to be considered for scheduling purposes including honoring any embargo on deployment of the selected response. Alternatively, response to the vulnerability in the field is not possible remotely. The only resolution to the vulnerability involves physical replacement (e.g. units deployed would have to be recalled for a depot level repair or replacement)." } }, o.RE = { name: "Vulnerability Response Effort", shortName: "RE", description: "This supplemental metric provides supplemental information on how difficult it is for consumers to provide an initial response to the impact of a vulnerability for deployed products and services in their infrastructure.", values: [o.RE_VALUES.X, o.RE_VALUES.L, o.RE_VALUES.M, o.RE_VALUES.H], worseCaseValue: o.RE_VALUES.H }, o.U_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "The metric has not been evaluated." }, Clear: { shortName: "Clear", name: "Clear", jsonSchemaName: "CLEAR", description: "Provider has assessed the impact of this vulnerability as having the highest urgency." }, Green: { shortName: "Green", name: "Green", jsonSchemaName: "GREEN", description: "Provider has assessed the impact of this vulnerability as having a moderate urgency." }, Amber: { shortName: "Amber", name: "Amber", jsonSchemaName: "AMBER", description: "Provider has assessed the impact of this vulnerability as having a reduced urgency." }, Red: { shortName: "Red", name: "Red", jsonSchemaName: "RED", description: "Provider has assessed the impact of this vulnerability as having no urgency (Informational)." } }, o.U = { name: "Provider Urgency", shortName: "U", description: "This supplemental metric provides a standardized way for the system provider to convey a qualitative urgency rating (Clear, Green, Amber, Red) for the vulnerability.", values: [o.U_VALUES.X, o.U_VALUES.Clear, o.U_VALUES.Green, o.U_VALUES.Amber, o.U_VALUES.Red], worseCaseValue: o.U_VALUES.Red }, o.MAV = { name: "Modified Attack Vector", shortName: "MAV", subCategory: "Exploitability Metrics", description: "Overrides the Base Attack Vector metric to reflect specific characteristics of the analyst's environment.", baseMetricEquivalent: o.AV, values: o.AV.values, worseCaseValue: o.AV_VALUES.N }, o.MAC = { name: "Modified Attack Complexity", shortName: "MAC", subCategory: "Exploitability Metrics", description: "Overrides the Base Attack Complexity metric to reflect specific characteristics of the analyst's environment.", baseMetricEquivalent: o.AC, values: o.AC.values, worseCaseValue: o.AC_VALUES.L }, o.MAT = { name: "Modified Attack Requirements", shortName: "MAT", subCategory: "Exploitability Metrics", description: "Overrides the Base Attack Requirements metric to reflect specific characteristics of the analyst's environment.", baseMetricEquivalent: o.AT, values: o.AT.values, worseCaseValue: o.AT_VALUES.P }, o.MPR = { name: "Modified Privileges Required", shortName: "MPR", subCategory: "Exploitability Metrics", description: "Overrides the Base Privileges Required metric to reflect specific characteristics of the analyst's environment.", baseMetricEquivalent: o.PR, values: o.PR.values, worseCaseValue: o.PR_VALUES.N }, o.MUI = { name: "Modified User Interaction", shortName: "MUI", subCategory: "Exploitability Metrics", description: "Overrides the Base User Interaction metric to reflect specific characteristics of the analyst's environment.", baseMetricEquivalent: o.UI, values: o.UI.values, worseCaseValue: o.UI_VALUES.N }, o.MVC = { name: "Modified Confidentiality", shortName: "MVC", subCategory: "Vulnerable System Impact", description: "Overrides the Base Vulnerable System Confidentiality metric to reflect specific characteristics of the analyst's environment.", baseMetricEquivalent: o.VC, values: o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE, worseCaseValue: o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.H }, o.MVI = { name: "Modified Integrity", shortName: "MVI", subCategory: "Vulnerable System Impact", description: "Overrides the Base Vulnerable System Integrity metric to reflect specific characteristics of the analyst's environment.", baseMetricEquivalent: o.VI, values: o.VULNERABLE_SYSTEM_INTEGRITY_BASE, worseCaseValue: o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.H }, o.MVA = { name: "Modified Availability", shortName: "MVA", subCategory: "Vulnerable System Impact", description: "Overrides the Base Vulnerable System Availability metric to reflect specific characteristics of the analyst's environment.", baseMetricEquivalent: o.VA, values: o.VULNERABLE_SYSTEM_AVAILABILITY_BASE, worseCaseValue: o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.H }, o.MSC = { name: "Modified Confidentiality", shortName: "MSC", subCategory: "Subsequent System Impact", description: "Overrides the Base Subsequent System Confidentiality metric to reflect specific characteristics of the analyst's environment.", baseMetricEquivalent: o.SC, values: o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED, worseCaseValue: o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.H }, o.MSI = { name: "Modified Integrity", shortName: "MSI", subCategory: "Subsequent System Impact", description: "Overrides the Base Subsequent System Integrity metric to reflect specific characteristics of the analyst's environment.", baseMetricEquivalent: o.SI, baseMetricEquivalentMapper: (e3) => e3 === o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.S ? o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.H : e3, values: o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED, worseCaseValue: o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.H }, o.MSA = { name: "Modified Availability", shortName: "MSA", subCategory: "Subsequent System Impact", description: "Overrides the Base Subsequent System Availability metric to reflect specific characteristics of the analyst's environment.", baseMetricEquivalent: o.SA, baseMetricEquivalentMapper: (e3) => e3 === o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.S ? o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.H : e3, values: o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED, worseCaseValue: o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.H }, o.CR = { name: "Confidentiality Requirement", shortName: "CR", description: "This metric enables the consumer to customize the assessment depending on the importance of Confidentiality to the affected IT asset within the analyst's organization.", values: o.REQUIREMENT_CONFIDENTIALITY_MODIFIED, worseCaseValue: o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.H }, o.IR = { name: "Integrity Requirement", shortName: "IR", description: "This metric enables the consumer to customize the assessment depending on the importance of Integrity to the affected IT asset within the analyst's organization.", values: o.REQUIREMENT_INTEGRITY_MODIFIED, worseCaseValue: o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.H }, o.AR = { name: "Availability Requirement", shortName: "AR", description: "This metric enables the consumer to customize the assessment depending on the importance of Availability to the affected IT asset within the analyst's organization.", values: o.REQUIREMENT_AVAILABILITY_MODIFIED, worseCaseValue: o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.H }, o.E_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Reliable threat intelligence is not available to determine Exploit Maturity characteristics. This is the default value and is equivalent to Attacked (A) for the purposes of the calculation of the score by assuming the worst case." }, A: { shortName: "A", name: "Attacked", jsonSchemaName: "ATTACKED", description: "Based on available threat intelligence either of the following must apply: Attacks targeting this vulnerability (attempted or successful) have been reported Solutions to simplify attempts to exploit the vulnerability are publicly or privately available (such as exploit toolkits)" }, P: { shortName: "P", name: "POC", jsonSchemaName: "PROOF_OF_CONCEPT", description: "Based on available threat intelligence each of the following must apply: Proof-of-concept exploit code is publicly available No knowledge of reported attempts to exploit this vulnerability No knowledge of publicly available solutions used to simplify attempts to exploit the vulnerability (i.e., the \u201CAttacked\u201D value does not apply)" }, U: { shortName: "U", name: "Unreported", jsonSchemaName: "UNREPORTED", description: "Based on available threat intelligence each of the following must apply: No knowledge of publicly available proof-of-concept exploit code No knowledge of reported attempts to exploit this vulnerability No knowledge of publicly available solutions used to simplify attempts to exploit the vulnerability (i.e., neither the \u201CPOC\u201D nor \u201CAttacked\u201D values apply)" } }, o.E = { name: "Exploit Maturity", shortName: "E", description: "This metric measures the likelihood of the vulnerability being attacked, and is based on the current state of exploit techniques, exploit code availability, or active in-the-wild exploitation.", values: [o.E_VALUES.X, o.E_VALUES.A, o.E_VALUES.P, o.E_VALUES.U], worseCaseValue: o.E_VALUES.A }, o.BASE_CATEGORY = { name: "base", description: "Base Metrics" }, o.SUPPLEMENTAL_CATEGORY = { name: "supplemental", description: "Supplemental Metrics" }, o.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY = { name: "environmental-base", description: "Environmental Metrics (Modified Base)" }, o.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY = { name: "environmental-security-requirement", description: "Environmental Metrics (Security Requirements)" }, o.THREAT_CATEGORY = { name: "threat", description: "Threat Metrics" }, o.BASE_CATEGORY_VALUES = [o.AV, o.AC, o.AT, o.PR, o.UI, o.VC, o.VI, o.VA, o.SC, o.SI, o.SA], o.SUPPLEMENTAL_CATEGORY_VALUES = [o.S, o.AU, o.R, o.V, o.RE, o.U], o.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY_VALUES = [o.MAV, o.MAC, o.MAT, o.MPR, o.MUI, o.MVC, o.MVI, o.MVA, o.MSC, o.MSI, o.MSA], o.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY_VALUES = [o.CR, o.IR, o.AR], o.THREAT_CATEGORY_VALUES = [o.E], o.REGISTERED_COMPONENTS_EDITOR_ORDER = /* @__PURE__ */ new Map(), o.REGISTERED_COMPONENTS_VECTOR_STRING_ORDER = /* @__PURE__ */ new Map(), o.REGISTERED_COMPONENTS_EDITOR_ORDER.set(o.BASE_CATEGORY, o.BASE_CATEGORY_VALUES), o.REGISTERED_COMPONENTS_EDITOR_ORDER.set(o.SUPPLEMENTAL_CATEGORY, o.SUPPLEMENTAL_CATEGORY_VALUES), o.REGISTERED_COMPONENTS_EDITOR_ORDER.set(o.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY, o.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY_VALUES), o.REGISTERED_COMPONENTS_EDITOR_ORDER.set(o.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY, o.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY_VALUES), o.REGISTERED_COMPONENTS_EDITOR_ORDER.set(o.THREAT_CATEGORY, o.THREAT_CATEGORY_VALUES), o.REGISTERED_COMPONENTS_VECTOR_STRING_ORDER.set(o.BASE_CATEGORY, o.BASE_CATEGORY_VALUES), o.REGISTERED_COMPONENTS_VECTOR_STRING_ORDER.set(o.THREAT_CATEGORY, o.THREAT_CATEGORY_VALUES), o.REGISTERED_COMPONENTS_VECTOR_STRING_ORDER.set(o.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY, o.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY_VALUES), o.REGISTERED_COMPONENTS_VECTOR_STRING_ORDER.set(o.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY, o.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY_VALUES), o.REGISTERED_COMPONENTS_VECTOR_STRING_ORDER.set(o.SUPPLEMENTAL_CATEGORY, o.SUPPLEMENTAL_CATEGORY_VALUES), o.MV_LOOKUP = { "000000": 10, "000001": 9.9, "000010": 9.8, "000011": 9.5, "000020": 9.5, "000021": 9.2, "000100": 10, "000101": 9.6, "000110": 9.3, "000111": 8.7, "000120": 9.1, "000121": 8.1, "000200": 9.3, "000201": 9, "000210": 8.9, "000211": 8, "000220": 8.1, "000221": 6.8, "001000": 9.8, "001001": 9.5, "001010": 9.5, "001011": 9.2, "001020": 9, "001021": 8.4, "001100": 9.3, "001101": 9.2, "001110": 8.9, "001111": 8.1, "001120": 8.1, "001121": 6.5, "001200": 8.8, "001201": 8, "001210": 7.8, "001211": 7, "001220": 6.9, "001221": 4.8, "002001": 9.2, "002011": 8.2, "002021": 7.2, "002101": 7.9, "002111": 6.9, "002121": 5, "002201": 6.9, "002211": 5.5, "002221": 2.7, "010000": 9.9, "010001": 9.7, "010010": 9.5, "010011": 9.2, "010020": 9.2, "010021": 8.5, "010100": 9.5, "010101": 9.1, "010110": 9, "010111": 8.3, "010120": 8.4, "010121": 7.1, "010200": 9.2, "010201": 8.1, "010210": 8.2, "010211": 7.1, "010220": 7.2, "010221": 5.3, "011000": 9.5, "011001": 9.3, "011010": 9.2, "011011": 8.5, "011020": 8.5, "011021": 7.3, "011100": 9.2, "011101": 8.2, "011110": 8, "011111": 7.2, "011120": 7, "011121": 5.9, "011200": 8.4, "011201": 7, "011210": 7.1, "011211": 5.2, "011220": 5, "011221": 3, "012001": 8.6, "012011": 7.5, "012021": 5.2, "012101": 7.1, "012111": 5.2, "012121": 2.9, "012201": 6.3, "012211": 2.9, "012221": 1.7, 1e5: 9.8, 100001: 9.5, 100010: 9.4, 100011: 8.7, 100020: 9.1, 100021: 8.1, 100100: 9.4, 100101: 8.9, 100110: 8.6, 100111: 7.4, 100120: 7.7, 100121: 6.4, 100200: 8.7, 100201: 7.5, 100210: 7.4, 100211: 6.3, 100220: 6.3, 100221: 4.9, 101e3: 9.4, 101001: 8.9, 101010: 8.8, 101011: 7.7, 101020: 7.6, 101021: 6.7, 101100: 8.6, 101101: 7.6, 101110: 7.4, 101111: 5.8, 101120: 5.9, 101121: 5, 101200: 7.2, 101201: 5.7, 101210: 5.7, 101211: 5.2, 101220: 5.2, 101221: 2.5, 102001: 8.3, 102011: 7, 102021: 5.4, 102101: 6.5, 102111: 5.8, 102121: 2.6, 102201: 5.3, 102211: 2.1, 102221: 1.3, 11e4: 9.5, 110001: 9, 110010: 8.8, 110011: 7.6, 110020: 7.6, 110021: 7, 110100: 9, 110101: 7.7, 110110: 7.5, 110111: 6.2, 110120: 6.1, 110121: 5.3, 110200: 7.7, 110201: 6.6, 110210: 6.8, 110211: 5.9, 110220: 5.2, 110221: 3, 111e3: 8.9, 111001: 7.8, 111010: 7.6, 111011: 6.7, 111020: 6.2, 111021: 5.8, 111100: 7.4, 111101: 5.9, 111110: 5.7, 111111: 5.7, 111120: 4.7, 111121: 2.3, 111200: 6.1, 111201: 5.2, 111210: 5.7, 111211: 2.9, 111220: 2.4, 111221: 1.6, 112001: 7.1, 112011: 5.9, 112021: 3, 112101: 5.8, 112111: 2.6, 112121: 1.5, 112201: 2.3, 112211: 1.3, 112221: 0.6, 2e5: 9.3, 200001: 8.7, 200010: 8.6, 200011: 7.2, 200020: 7.5, 200021: 5.8, 200100: 8.6, 200101: 7.4, 200110: 7.4, 200111: 6.1, 200120: 5.6, 200121: 3.4, 200200: 7, 200201: 5.4, 200210: 5.2, 200211: 4, 200220: 4, 200221: 2.2, 201e3: 8.5, 201001: 7.5, 201010: 7.4, 201011: 5.5, 201020: 6.2, 201021: 5.1, 201100: 7.2, 201101: 5.7, 201110: 5.5, 201111: 4.1, 201120: 4.6, 201121: 1.9, 201200: 5.3, 201201: 3.6, 201210: 3.4, 201211: 1.9, 201220: 1.9, 201221: 0.8, 202001: 6.4, 202011: 5.1, 202021: 2, 202101: 4.7, 202111: 2.1, 202121: 1.1, 202201: 2.4, 202211: 0.9, 202221: 0.4, 21e4: 8.8, 210001: 7.5, 210010: 7.3, 210011: 5.3, 210020: 6, 210021: 5, 210100: 7.3, 210101: 5.5, 210110: 5.9, 210111: 4, 210120: 4.1, 210121: 2, 210200: 5.4, 210201: 4.3, 210210: 4.5, 210211: 2.2, 210220: 2, 210221: 1.1, 211e3: 7.5, 211001: 5.5, 211010: 5.8, 211011: 4.5, 211020: 4, 211021: 2.1, 211100: 6.1, 211101: 5.1, 211110: 4.8, 211111: 1.8, 211120: 2, 211121: 0.9, 211200: 4.6, 211201: 1.8, 211210: 1.7, 211211: 0.7, 211220: 0.8, 211221: 0.2, 212001: 5.3, 212011: 2.4, 212021: 1.4, 212101: 2.4, 212111: 1.2, 212121: 0.5, 212201: 1, 212211: 0.3, 212221: 0.1 }, o.ATTRIBUTE_SEVERITY_ORDER = [[o.AT_VALUES.P, o.AT_VALUES.P], [o.AT_VALUES.N, o.AT_VALUES.N], [o.AT_VALUES.X, o.AT_VALUES.X], [o.S_VALUES.X], [o.S_VALUES.N], [o.S_VALUES.P], [o.AU_VALUES.X], [o.AU_VALUES.N], [o.AU_VALUES.Y], [o.V_VALUES.X], [o.V_VALUES.D], [o.V_VALUES.C], [o.AC_VALUES.H, o.AC_VALUES.H], [o.AC_VALUES.L, o.AC_VALUES.L], [o.AC_VALUES.X, o.AC_VALUES.X], [o.PR_VALUES.H, o.PR_VALUES.H], [o.PR_VALUES.L, o.PR_VALUES.L], [o.PR_VALUES.N, o.PR_VALUES.N], [o.PR_VALUES.X, o.PR_VALUES.X], [o.UI_VALUES.A, o.UI_VALUES.A], [o.UI_VALUES.P, o.UI_VALUES.P], [o.UI_VALUES.N, o.UI_VALUES.N], [o.UI_VALUES.X, o.UI_VALUES.X], [o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.X, o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.X, o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.X], [o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.N, o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.N, o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.N], [o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.L, o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.L, o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.L], [o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.H, o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.H, o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.H], [o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.X, o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.X, o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.X, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.X, o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.X, o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.X], [o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.N, o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.N, o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.N, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.N, o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.N, o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.N], [o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.L, o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.L, o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.L, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.L, o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.L, o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.L], [o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.H, o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.H, o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.H, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.H, o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.H, o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.H], [o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.S, o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.S, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.S, o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.S, o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.S], [o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.L, o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.L, o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.L], [o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.M, o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.M, o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.M], [o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.H, o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.H, o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.H], [o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.X, o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.X, o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.X], [o.E_VALUES.U], [o.E_VALUES.P], [o.E_VALUES.A], [o.E_VALUES.X], [o.R_VALUES.X], [o.R_VALUES.A], [o.R_VALUES.U], [o.R_VALUES.I], [o.RE_VALUES.X], [o.RE_VALUES.L], [o.RE_VALUES.M], [o.RE_VALUES.H], [o.U_VALUES.X], [o.U_VALUES.Clear], [o.U_VALUES.Green], [o.U_VALUES.Amber], [o.U_VALUES.Red], [o.AV_VALUES.X, o.AV_VALUES.X], [o.AV_VALUES.P, o.AV_VALUES.P], [o.AV_VALUES.L, o.AV_VALUES.L], [o.AV_VALUES.A, o.AV_VALUES.A], [o.AV_VALUES.N, o.AV_VALUES.N]];
      }, 904: (e2, t2) => {
        Object.defineProperty(t2, "__esModule", { value: true }), t2.EqOperations36 = t2.EqOperations5 = t2.EqOperations4 = t2.EqOperations2 = t2.EqOperations1 = t2.EqOperations1245 = t2.getEqImplementations = void 0, t2.getEqImplementations = () => [a.getInstance(), i.getInstance(), s.getInstance(), n.getInstance(), r.getInstance()];
        class o {
          deriveNextLowerMacro(e3) {
            return [e3.deriveNextLower(this.getEqNumber())];
          }
          lookupScoresForNextLowerMacro(e3) {
            return e3[0].getLookupTableScore();
          }
          getHighestSeverityVectors(e3) {
            return this.getEq(e3).getHighestSeverityVectorsUnparsed();
          }
          lookupMacroVectorDepth(e3) {
            return this.getEq(e3).getVectorDepth();
          }
        }
        t2.EqOperations1245 = o;
        class a extends o {
          getEq(e3) {
            return e3.getEq1();
          }
          getRelevantAttributes() {
            return ["AV", "PR", "UI"];
          }
          getEqNumber() {
            return 1;
          }
          static getInstance() {
            return a.instance;
          }
        }
        t2.EqOperations1 = a, a.instance = new a();
        class i extends o {
          getEq(e3) {
            return e3.getEq2();
          }
          getRelevantAttributes() {
            return ["AC", "AT"];
          }
          getEqNumber() {
            return 2;
          }
          static getInstance() {
            return i.instance;
          }
        }
        t2.EqOperations2 = i, i.instance = new i();
        class s extends o {
          getEq(e3) {
            return e3.getEq4();
          }
          getRelevantAttributes() {
            return ["SC", "SI", "SA"];
          }
          getEqNumber() {
            return 4;
          }
          static getInstance() {
            return s.instance;
          }
        }
        t2.EqOperations4 = s, s.instance = new s();
        class n extends o {
          getEq(e3) {
            return e3.getEq5();
          }
          getRelevantAttributes() {
            return [];
          }
          getEqNumber() {
            return 5;
          }
          static getInstance() {
            return n.instance;
          }
        }
        t2.EqOperations5 = n, n.instance = new n();
        class r {
          static getInstance() {
            return r.instance;
          }
          getHighestSeverityVectors(e3) {
            return e3.getJointEq3AndEq6().getHighestSeverityVectorsUnparsed();
          }
          getRelevantAttributes() {
            return ["VC", "VI", "VA", "CR", "IR", "AR"];
          }
          deriveNextLowerMacro(e3) {
            const t3 = e3.getEq3().getLevelAsInt(), o2 = e3.getEq6().getLevelAsInt();
            return 1 === t3 && 1 === o2 || 0 === t3 && 1 === o2 ? [e3.deriveNextLower(3)] : 1 === t3 && 0 === o2 ? [e3.deriveNextLower(6)] : 0 === t3 && 0 === o2 ? [e3.deriveNextLower(3), e3.deriveNextLower(6)] : [e3.deriveNextLower(3).deriveNextLower(6)];
          }
          lookupScoresForNextLowerMacro(e3) {
            let t3 = NaN, o2 = NaN;
            return e3.length > 0 && null != e3[0] && (t3 = e3[0].getLookupTableScore()), e3.length > 1 && null != e3[1] && (o2 = e3[1].getLookupTableScore()), isNaN(t3) || isNaN(o2) ? isNaN(t3) ? o2 : t3 : Math.max(t3, o2);
          }
          lookupMacroVectorDepth(e3) {
            return e3.getJointEq3AndEq6().getVectorDepth();
          }
        }
        t2.EqOperations36 = r, r.instance = new r();
      }, 951: (e2, t2) => {
        var o;
        Object.defineProperty(t2, "__esModule", { value: true }), t2.Cvss3P1Components = void 0;
        class a {
        }
        t2.Cvss3P1Components = a, o = a, a.CONFIDENTIALITY_IMPACT_VALUES = { X: { shortName: "X", value: 0, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0, name: "None", jsonSchemaName: "NONE", description: "There is no loss of confidentiality within the impacted component." }, L: { shortName: "L", value: 0.22, name: "Low", jsonSchemaName: "LOW", description: "There is some loss of confidentiality. Access to some restricted information is obtained, but the attacker does not have control over what information is obtained, or the amount or kind of loss is limited. The information disclosure does not cause a direct, serious loss to the impacted component." }, H: { shortName: "H", value: 0.56, name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of confidentiality, resulting in all resources within the impacted component being divulged to the attacker. Alternatively, access to only some restricted information is obtained, but the disclosed information presents a direct, serious impact. For example, an attacker steals the administrator's password, or private encryption keys of a web server." } }, a.CONFIDENTIALITY_IMPACT = [o.CONFIDENTIALITY_IMPACT_VALUES.X, o.CONFIDENTIALITY_IMPACT_VALUES.N, o.CONFIDENTIALITY_IMPACT_VALUES.L, o.CONFIDENTIALITY_IMPACT_VALUES.H], a.INTEGRITY_IMPACT_VALUES = { X: { shortName: "X", value: 0, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0, name: "None", jsonSchemaName: "NONE", description: "There is no loss of integrity within the impacted component." }, L: { shortName: "L", value: 0.22, name: "Low", jsonSchemaName: "LOW", description: "Modification of data is possible, but the attacker does not have control over the consequence of a modification, or the amount of modification is limited. The data modification does not have a direct, serious impact on the impacted component." }, H: { shortName: "H", value: 0.56, name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of integrity, or a complete loss of protection. For example, the attacker is able to modify any/all files protected by the impacted component. Alternatively, only some files can be modified, but malicious modification would present a direct, serious consequence to the impacted component." } }, a.INTEGRITY_IMPACT = [o.INTEGRITY_IMPACT_VALUES.X, o.INTEGRITY_IMPACT_VALUES.N, o.INTEGRITY_IMPACT_VALUES.L, o.INTEGRITY_IMPACT_VALUES.H], a.AVAILABILITY_IMPACT_VALUES = { X: { shortName: "X", value: 0, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0, name: "None", jsonSchemaName: "NONE", description: "There is no impact to availability within the impacted component." }, L: { shortName: "L", value: 0.22, name: "Low", jsonSchemaName: "LOW", description: "Performance is reduced or there are interruptions in resource availability. Even if repeated exploitation of the vulnerability is possible, the attacker does not have the ability to completely deny service to legitimate users. The resources in the impacted component are either partially available all of the time, or fully available only some of the time, but overall there is no direct, serious consequence to the impacted component." }, H: { shortName: "H", value: 0.56, name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of availability, resulting in the attacker being able to fully deny access to resources in the impacted component; this loss is either sustained (while the attacker continues to deliver the attack) or persistent (the condition persists even after the attack has completed). Alternatively, the attacker has the ability to deny some availability, but the loss of availability presents a direct, serious consequence to the impacted component (e.g., the attacker cannot disrupt existing connections, but can prevent new connections; the attacker can repeatedly exploit a vulnerability that, in each instance of a successful attack, leaks a only small amount of memory, but after repeated exploitation causes a service to become completely unavailable)." } }, a.AVAILABILITY_IMPACT = [o.AVAILABILITY_IMPACT_VALUES.X, o.AVAILABILITY_IMPACT_VALUES.N, o.AVAILABILITY_IMPACT_VALUES.L, o.AVAILABILITY_IMPACT_VALUES.H], a.CONFIDENTIALITY_REQUIREMENT_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value indicates there is insufficient information to choose one of the other values, and has no impact on the overall Environmental Score, i.e., it has the same effect on scoring as assigning Medium." }, L: { shortName: "L", value: 0.5, name: "Low", jsonSchemaName: "LOW", description: "Loss of Confidentiality is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, M: { shortName: "M", value: 1, name: "Medium", jsonSchemaName: "MEDIUM", description: "Loss of Confidentiality is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, H: { shortName: "H", value: 1.5, name: "High", jsonSchemaName: "HIGH", description: "Loss of Confidentiality is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." } }, a.CONFIDENTIALITY_REQUIREMENT = [o.CONFIDENTIALITY_REQUIREMENT_VALUES.X, o.CONFIDENTIALITY_REQUIREMENT_VALUES.L, o.CONFIDENTIALITY_REQUIREMENT_VALUES.M, o.CONFIDENTIALITY_REQUIREMENT_VALUES.H], a.INTEGRITY_REQUIREMENT_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value indicates there is insufficient information to choose one of the other values, and has no impact on the overall Environmental Score, i.e., it has the same effect on scoring as assigning Medium." }, L: { shortName: "L", value: 0.5, name: "Low", jsonSchemaName: "LOW", description: "Loss of Integrity is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, M: { shortName: "M", value: 1, name: "Medium", jsonSchemaName: "MEDIUM", description: "Loss of Integrity is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, H: { shortName: "H", value: 1.5, name: "High", jsonSchemaName: "HIGH", description: "Loss of Integrity is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." } }, a.INTEGRITY_REQUIREMENT = [o.INTEGRITY_REQUIREMENT_VALUES.X, o.INTEGRITY_REQUIREMENT_VALUES.L, o.INTEGRITY_REQUIREMENT_VALUES.M, o.INTEGRITY_REQUIREMENT_VALUES.H], a.AVAILABILITY_REQUIREMENT_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value indicates there is insufficient information to choose one of the other values, and has no impact on the overall Environmental Score, i.e., it has the same effect on scoring as assigning Medium." }, L: { shortName: "L", value: 0.5, name: "Low", jsonSchemaName: "LOW", description: "Loss of Availability is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, M: { shortName: "M", value: 1, name: "Medium", jsonSchemaName: "MEDIUM", description: "Loss of Availability is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, H: { shortName: "H", value: 1.5, name: "High", jsonSchemaName: "HIGH", description: "Loss of Availability is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." } }, a.AVAILABILITY_REQUIREMENT = [o.AVAILABILITY_REQUIREMENT_VALUES.X, o.AVAILABILITY_REQUIREMENT_VALUES.L, o.AVAILABILITY_REQUIREMENT_VALUES.M, o.AVAILABILITY_REQUIREMENT_VALUES.H], a.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, L: { shortName: "L", value: 0.5, name: "Low", jsonSchemaName: "LOW", description: "There is no impact to the integrity of the system." }, M: { shortName: "M", value: 1, name: "Medium", jsonSchemaName: "MEDIUM", description: "There is a partial compromise of system integrity." }, H: { shortName: "H", value: 1.5, name: "High", jsonSchemaName: "HIGH", description: "There is a total compromise of system integrity." } }, a.TEMPLATE_CIA_REQUIREMENT_MODIFIED = [o.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES.X, o.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES.L, o.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES.M, o.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES.H], a.BASE_CATEGORY = { name: "base", description: "This metric reflects the qualities of a vulnerability that are constant over time and across user environments." }, a.AV_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0.85, name: "Network", abbreviatedName: "Netw.", jsonSchemaName: "NETWORK", description: "The vulnerable component is bound to the network stack and the set of possible attackers extends beyond the other options listed below, up to and including the entire Internet." }, A: { shortName: "A", value: 0.62, name: "Adjacent Network", abbreviatedName: "Adj. Network", jsonSchemaName: "ADJACENT_NETWORK", description: "The vulnerable component is bound to the network stack, but the attack is limited at the protocol level to a logically adjacent topology." }, L: { shortName: "L", value: 0.55, name: "Local", jsonSchemaName: "LOCAL", description: "The vulnerable component is not bound to the network stack and the attacker's path is via read/write/execute capabilities." }, P: { shortName: "P", value: 0.2, name: "Physical", abbreviatedName: "Phys.", jsonSchemaName: "PHYSICAL", description: "The attack requires the attacker to physically touch or manipulate the vulnerable component." } }, a.AV = { name: "Attack Vector", shortName: "AV", subCategory: "Exploitability Metrics", description: "This metric reflects the context by which vulnerability exploitation is possible. The more remote an attacker can be to attack a host, the greater the vulnerability score.", values: [o.AV_VALUES.X, o.AV_VALUES.N, o.AV_VALUES.A, o.AV_VALUES.L, o.AV_VALUES.P] }, a.AC_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, L: { shortName: "L", value: 0.77, name: "Low", jsonSchemaName: "LOW", description: "Specialized access conditions or extenuating circumstances do not exist. An attacker can expect repeatable success when attacking the vulnerable component." }, H: { shortName: "H", value: 0.44, name: "High", jsonSchemaName: "HIGH", description: "A successful attack depends on conditions beyond the attacker's control. That is, a successful attack cannot be accomplished at will, but requires the attacker to invest in some measurable amount of effort in preparation or execution against the vulnerable component before a successful attack can be expected." } }, a.AC = { name: "Attack Complexity", shortName: "AC", subCategory: "Exploitability Metrics", description: "This metric describes the conditions beyond the attacker's control that must exist in order to exploit the vulnerability.", values: [o.AC_VALUES.X, o.AC_VALUES.L, o.AC_VALUES.H] }, a.PR_VALUES = { X: { shortName: "X", value: 1, changedValue: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0.85, changedValue: 0.85, name: "None", jsonSchemaName: "NONE", description: "The attacker is unauthorized prior to attack, and therefore does not require any access to settings or files of the vulnerable system to carry out an attack." }, L: { shortName: "L", value: 0.62, changedValue: 0.68, name: "Low", jsonSchemaName: "LOW", description: "The attacker requires privileges that provide basic user capabilities that could normally affect only settings and files owned by a user. Alternatively, an attacker with Low privileges has the ability to access only non-sensitive resources." }, H: { shortName: "H", value: 0.27, changedValue: 0.5, name: "High", jsonSchemaName: "HIGH", description: "The attacker requires privileges that provide significant (e.g., administrative) control over the vulnerable component allowing access to component-wide settings and files." } }, a.PR = { name: "Privileges Required", shortName: "PR", subCategory: "Exploitability Metrics", description: "This metric describes the level of privileges an attacker must possess before successfully exploiting the vulnerability.", values: [o.PR_VALUES.X, o.PR_VALUES.N, o.PR_VALUES.L, o.PR_VALUES.H] }, a.UI_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0.85, name: "None", jsonSchemaName: "NONE", description: "The vulnerable system can be exploited without interaction from any user." }, R: { shortName: "R", value: 0.62, name: "Required", abbreviatedName: "Req.", jsonSchemaName: "REQUIRED", description: "Successful exploitation of this vulnerability requires a user to take some action before the vulnerability can be exploited. For example, a successful exploit may only be possible during the installation of an application by a system administrator." } }, a.UI = { name: "User Interaction", shortName: "UI", subCategory: "Exploitability Metrics", description: "This metric captures the requirement for a user, other than the attacker, to participate in the successful compromise of the vulnerable component.", values: [o.UI_VALUES.X, o.UI_VALUES.N, o.UI_VALUES.R] }, a.S_VALUES = { X: { shortName: "X", value: false, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, U: { shortName: "U", value: false, name: "Unchanged", abbreviatedName: "Unchang.", jsonSchemaName: "UNCHANGED", description: "An exploited vulnerability can only affect resources managed by the same authority." }, C: { shortName: "C", value: true, name: "Changed", jsonSchemaName: "CHANGED", description: "An exploited vulnerability can affect resources beyond the authorization privileges intended by the vulnerable system's design." } }, a.S = { name: "Scope", shortName: "S", subCategory: "Exploitability Metrics", description: "Can an exploit of the vulnerability be accomplished remotely?", values: [o.S_VALUES.X, o.S_VALUES.U, o.S_VALUES.C] }, a.C = { name: "Confidentiality Impact", shortName: "C", subCategory: "Impact Metrics", description: "This metric measures the impact to the confidentiality of the information resources managed by a software component due to a successfully exploited vulnerability.", values: o.CONFIDENTIALITY_IMPACT }, a.I = { name: "Integrity Impact", shortName: "I", subCategory: "Impact Metrics", description: "This metric measures the impact to integrity of a successfully exploited vulnerability.", values: o.INTEGRITY_IMPACT }, a.A = { name: "Availability Impact", shortName: "A", subCategory: "Impact Metrics", description: "This metric measures the impact to the availability of the impacted component resulting from a successfully exploited vulnerability.", values: o.AVAILABILITY_IMPACT }, a.BASE_CATEGORY_VALUES = [o.AV, o.AC, o.PR, o.UI, o.S, o.C, o.I, o.A], a.TEMPORAL_CATEGORY = { name: "temporal", description: "This metric reflects the current state of exploit techniques or code availability." }, a.E_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, U: { shortName: "U", value: 0.91, name: "Unproven", abbreviatedName: "Unproven", description: "No exploit code is available, or an exploit is theoretical." }, P: { shortName: "P", value: 0.94, name: "Proof-of-Concept", abbreviatedName: "Proof-of-conc.", jsonSchemaName: "PROOF_OF_CONCEPT", description: "Proof-of-concept exploit code is available, or an attack demonstration is not practical for most systems. The code or technique is not functional in all situations and may require substantial modification by a skilled attacker." }, F: { shortName: "F", value: 0.97, name: "Functional", jsonSchemaName: "FUNCTIONAL", description: "Functional exploit code is available. The code works in most situations where the vulnerability exists." }, H: { shortName: "H", value: 1, name: "High", jsonSchemaName: "HIGH", description: "Functional exploit code is available. The code is widespread and automated and works in all situations where the vulnerability exists." } }, a.E = { name: "Exploit Code Maturity", shortName: "E", description: "This metric measures the likelihood of the vulnerability being attacked, and is typically based on the current state of exploit techniques, exploit code availability, or active, successful exploitation of the vulnerability.", values: [o.E_VALUES.X, o.E_VALUES.U, o.E_VALUES.P, o.E_VALUES.F, o.E_VALUES.H] }, a.RL_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, O: { shortName: "O", value: 0.95, name: "Official Fix", abbreviatedName: "Off. Fix", jsonSchemaName: "OFFICIAL_FIX", description: "A complete vendor solution is available. Either the vendor has issued an official patch, or an upgrade is available." }, T: { shortName: "T", value: 0.96, name: "Temporary Fix", abbreviatedName: "Temp. Fix", jsonSchemaName: "TEMPORARY_FIX", description: "There is an official but temporary fix available. This includes instances where the vendor issues a temporary hotfix, tool, or workaround." }, W: { shortName: "W", value: 0.97, name: "Workaround", jsonSchemaName: "WORKAROUND", description: "There is an unofficial, non-vendor solution available. In some cases, users of the affected technology will create a patch of their own or provide steps to work around or otherwise mitigate the vulnerability." }, U: { shortName: "U", value: 1, name: "Unavailable", jsonSchemaName: "UNAVAILABLE", description: "There is either no solution available or it is impossible to apply." } }, a.RL = { name: "Remediation Level", shortName: "RL", description: "This metric describes the remediation level for a vulnerability in an affected resource.", values: [o.RL_VALUES.X, o.RL_VALUES.O, o.RL_VALUES.T, o.RL_VALUES.W, o.RL_VALUES.U] }, a.RC_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, U: { shortName: "U", value: 0.92, name: "Unknown", description: "Report confidence is unknown." }, R: { shortName: "R", value: 0.96, name: "Reasonable", jsonSchemaName: "REASONABLE", description: "Reasonable confidence exists, or the reported vulnerability is in a component not typically used by a target or not having a large installed base." }, C: { shortName: "C", value: 1, name: "Confirmed", jsonSchemaName: "CONFIRMED", description: "Confirmed confidence exists, or the exploit is functional in the environment where the vulnerability exists." } }, a.RC = { name: "Report Confidence", shortName: "RC", description: "This metric describes the level of confidence in the existence of the vulnerability and the credibility of the known technical details.", values: [o.RC_VALUES.X, o.RC_VALUES.U, o.RC_VALUES.R, o.RC_VALUES.C] }, a.TEMPORAL_CATEGORY_VALUES = [o.E, o.RL, o.RC], a.ENVIRONMENTAL_CATEGORY = { name: "environmental", description: "This metric reflects the characteristics of a vulnerability that are relevant and unique to a particular user's environment. This metric can greatly improve the accuracy of a score." }, a.MAV_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0.85, name: "Network", abbreviatedName: "Netw.", jsonSchemaName: "NETWORK", description: "The vulnerable component is bound to the network stack and the set of possible attackers extends beyond the other options listed below, up to and including the entire Internet." }, A: { shortName: "A", value: 0.62, name: "Adjacent Network", abbreviatedName: "Adj. Network", jsonSchemaName: "ADJACENT_NETWORK", description: "The vulnerable component is bound to the network stack, but the attack is limited at the protocol level to a logically adjacent topology." }, L: { shortName: "L", value: 0.55, name: "Local", jsonSchemaName: "LOCAL", description: "The vulnerable component is not bound to the network stack and the attacker's path is via read/write/execute capabilities." }, P: { shortName: "P", value: 0.2, name: "Physical", abbreviatedName: "Phys.", jsonSchemaName: "PHYSICAL", description: "The attack requires the attacker to physically touch or manipulate the vulnerable component." } }, a.MAV = { name: "Modified Attack Vector", shortName: "MAV", subCategory: "Exploitability Metrics", description: "This metric reflects the context by which vulnerability exploitation is possible. The more remote an attacker can be to attack a host, the greater the vulnerability score.", baseMetricEquivalent: o.AV, values: [o.MAV_VALUES.X, o.MAV_VALUES.N, o.MAV_VALUES.A, o.MAV_VALUES.L, o.MAV_VALUES.P] }, a.MAC_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, L: { shortName: "L", value: 0.77, name: "Low", jsonSchemaName: "LOW", description: "Specialized access conditions or extenuating circumstances do not exist. An attacker can expect repeatable success when attacking the vulnerable component." }, H: { shortName: "H", value: 0.44, name: "High", jsonSchemaName: "HIGH", description: "A successful attack depends on conditions beyond the attacker's control. That is, a successful attack cannot be accomplished at will, but requires the attacker to invest in some measurable amount of effort in preparation or execution against the vulnerable component before a successful attack can be expected." } }, a.MAC = { name: "Modified Attack Complexity", shortName: "MAC", subCategory: "Exploitability Metrics", description: "This metric describes the conditions beyond the attacker's control that must exist in order to exploit the vulnerability.", baseMetricEquivalent: o.AC, values: [o.MAC_VALUES.X, o.MAC_VALUES.L, o.MAC_VALUES.H] }, a.MPR_VALUES = { X: { shortName: "X", value: 1, changedValue: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0.85, changedValue: 0.85, name: "None", jsonSchemaName: "NONE", description: "The attacker is unauthorized prior to attack, and therefore does not require any access to settings or files of the vulnerable system to carry out an attack." }, L: { shortName: "L", value: 0.62, changedValue: 0.68, name: "Low", jsonSchemaName: "LOW", description: "The attacker requires privileges that provide basic user capabilities that could normally affect only settings and files owned by a user. Alternatively, an attacker with Low privileges has the ability to access only non-sensitive resources." }, H: { shortName: "H", value: 0.27, changedValue: 0.5, name: "High", jsonSchemaName: "HIGH", description: "The attacker requires privileges that provide significant (e.g., administrative) control over the vulnerable component allowing access to component-wide settings and files." } }, a.MPR = { name: "Modified Privileges Required", shortName: "MPR", subCategory: "Exploitability Metrics", description: "This metric describes the level of privileges an attacker must possess before successfully exploiting the vulnerability.", baseMetricEquivalent: o.PR, values: [o.MPR_VALUES.X, o.MPR_VALUES.N, o.MPR_VALUES.L, o.MPR_VALUES.H] }, a.MUI_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0.85, name: "None", jsonSchemaName: "NONE", description: "The vulnerable system can be exploited without interaction from any user." }, R: { shortName: "R", value: 0.62, name: "Required", jsonSchemaName: "REQUIRED", description: "Successful exploitation of this vulnerability requires a user to take some action before the vulnerability can be exploited. For example, a successful exploit may only be possible during the installation of an application by a system administrator." } }, a.MUI = { name: "Modified User Interaction", shortName: "MUI", subCategory: "Exploitability Metrics", description: "This metric captures the requirement for a user, other than the attacker, to participate in the successful compromise of the vulnerable component.", baseMetricEquivalent: o.UI, values: [o.MUI_VALUES.X, o.MUI_VALUES.N, o.MUI_VALUES.R] }, a.MS_VALUES = { X: { shortName: "X", value: false, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, U: { shortName: "U", value: false, name: "Unchanged", abbreviatedName: "Unchang.", jsonSchemaName: "UNCHANGED", description: "An exploited vulnerability can only affect resources managed by the same authority." }, C: { shortName: "C", value: true, name: "Changed", jsonSchemaName: "CHANGED", description: "An exploited vulnerability can affect resources beyond the authorization privileges intended by the vulnerable system's design." } }, a.MS = { name: "Modified Scope", shortName: "MS", subCategory: "Exploitability Metrics", description: "Can an exploit of the vulnerability be accomplished remotely?", baseMetricEquivalent: o.S, values: [o.MS_VALUES.X, o.MS_VALUES.U, o.MS_VALUES.C] }, a.MC = { name: "Confidentiality Impact", shortName: "MC", subCategory: "Modified Impact", description: "This metric measures the impact to the confidentiality of the information resources managed by a software component due to a successfully exploited vulnerability.", baseMetricEquivalent: o.C, values: o.CONFIDENTIALITY_IMPACT }, a.MI = { name: "Integrity Impact", shortName: "MI", subCategory: "Modified Impact", description: "This metric measures the impact to integrity of a successfully exploited vulnerability.", baseMetricEquivalent: o.I, values: o.INTEGRITY_IMPACT }, a.MA = { name: "Availability Impact", shortName: "MA", subCategory: "Modified Impact", description: "This metric measures the impact to the availability of the impacted component resulting from a successfully exploited vulnerability.", baseMetricEquivalent: o.A, values: o.AVAILABILITY_IMPACT }, a.CR = { name: "Confidentiality Requirement", shortName: "CR", subCategory: "Modified Requirement (Impact Subscore) Modifiers", description: "This metric describes the remediation level for a vulnerability in an affected resource.", values: o.CONFIDENTIALITY_REQUIREMENT }, a.IR = { name: "Integrity Requirement", shortName: "IR", subCategory: "Modified Requirement (Impact Subscore) Modifiers", description: "This metric describes the remediation level for a vulnerability in an affected resource.", values: o.INTEGRITY_REQUIREMENT }, a.AR = { name: "Availability Requirement", shortName: "AR", subCategory: "Modified Requirement (Impact Subscore) Modifiers", description: "This metric describes the remediation level for a vulnerability in an affected resource.", values: o.AVAILABILITY_REQUIREMENT }, a.ENVIRONMENTAL_CATEGORY_VALUES = [o.CR, o.IR, o.AR, o.MAV, o.MAC, o.MPR, o.MUI, o.MS, o.MC, o.MI, o.MA], a.REGISTERED_COMPONENTS = /* @__PURE__ */ new Map(), o.REGISTERED_COMPONENTS.set(o.BASE_CATEGORY, o.BASE_CATEGORY_VALUES), o.REGISTERED_COMPONENTS.set(o.TEMPORAL_CATEGORY, o.TEMPORAL_CATEGORY_VALUES), o.REGISTERED_COMPONENTS.set(o.ENVIRONMENTAL_CATEGORY, o.ENVIRONMENTAL_CATEGORY_VALUES), a.ATTRIBUTE_SEVERITY_ORDER = [[o.S_VALUES.U, o.MS_VALUES.U], [o.CONFIDENTIALITY_IMPACT_VALUES.N, o.INTEGRITY_IMPACT_VALUES.N, o.AVAILABILITY_IMPACT_VALUES.N], [o.AV_VALUES.P, o.MAV_VALUES.P], [o.CONFIDENTIALITY_IMPACT_VALUES.L, o.INTEGRITY_IMPACT_VALUES.L, o.AVAILABILITY_IMPACT_VALUES.L], [o.PR_VALUES.H, o.MPR_VALUES.H], [o.AC_VALUES.H, o.MAC_VALUES.H], [o.CONFIDENTIALITY_REQUIREMENT_VALUES.L, o.INTEGRITY_REQUIREMENT_VALUES.L, o.AVAILABILITY_REQUIREMENT_VALUES.L], [o.AV_VALUES.L, o.MAV_VALUES.L], [o.CONFIDENTIALITY_IMPACT_VALUES.H, o.INTEGRITY_IMPACT_VALUES.H, o.AVAILABILITY_IMPACT_VALUES.H], [o.AV_VALUES.A, o.MAV_VALUES.A], [o.UI_VALUES.R, o.MUI_VALUES.R], [o.PR_VALUES.L, o.MPR_VALUES.L], [o.AC_VALUES.L, o.MAC_VALUES.L], [o.AV_VALUES.N, o.MAV_VALUES.N], [o.PR_VALUES.N, o.MPR_VALUES.N], [o.UI_VALUES.N, o.MUI_VALUES.N], [o.E_VALUES.U], [o.E_VALUES.P], [o.E_VALUES.F], [o.E_VALUES.H], [o.E_VALUES.X], [o.RC_VALUES.U], [o.RL_VALUES.O], [o.RL_VALUES.T], [o.RC_VALUES.R], [o.RL_VALUES.W], [o.AV_VALUES.X, o.MAV_VALUES.X], [o.AC_VALUES.X, o.MAC_VALUES.X], [o.PR_VALUES.X, o.MPR_VALUES.X], [o.UI_VALUES.X, o.MUI_VALUES.X], [o.S_VALUES.C, o.MS_VALUES.C], [o.S_VALUES.X, o.MS_VALUES.X], [o.CONFIDENTIALITY_IMPACT_VALUES.X], [o.INTEGRITY_IMPACT_VALUES.X], [o.AVAILABILITY_IMPACT_VALUES.X], [o.RL_VALUES.U], [o.RL_VALUES.X], [o.RC_VALUES.C], [o.RC_VALUES.X], [o.CONFIDENTIALITY_REQUIREMENT_VALUES.M, o.INTEGRITY_REQUIREMENT_VALUES.M, o.AVAILABILITY_REQUIREMENT_VALUES.M], [o.CONFIDENTIALITY_REQUIREMENT_VALUES.X, o.INTEGRITY_REQUIREMENT_VALUES.X, o.AVAILABILITY_REQUIREMENT_VALUES.X], [o.CONFIDENTIALITY_REQUIREMENT_VALUES.H, o.INTEGRITY_REQUIREMENT_VALUES.H, o.AVAILABILITY_REQUIREMENT_VALUES.H]];
      }, 972: (e2, t2, o) => {
        var a;
        Object.defineProperty(t2, "__esModule", { value: true }), t2.Cvss4P0MacroVector = void 0;
        const i = o(730), s = o(759);
        class n {
          constructor(e3, t3, o2, a2, i2, s2, n2) {
            this.eq1 = e3, this.eq2 = t3, this.eq3 = o2, this.eq4 = a2, this.eq5 = i2, this.eq6 = s2, this.jointEq3AndEq6 = n2;
          }
          static fromVector(e3) {
            const t3 = a.findMatchingEQ("1", a.EQ1_DEFINITIONS, e3), o2 = a.findMatchingEQ("2", a.EQ2_DEFINITIONS, e3), i2 = a.findMatchingEQ("3", a.EQ3_DEFINITIONS, e3), s2 = a.findMatchingEQ("4", a.EQ4_DEFINITIONS, e3), n2 = a.findMatchingEQ("5", a.EQ5_DEFINITIONS, e3), r = a.findMatchingEQ("6", a.EQ6_DEFINITIONS, e3), c = a.findMatchingEQ("3,6", a.JOINT_EQ3_EQ6_DEFINITIONS, e3);
            return new a(t3, o2, i2, s2, n2, r, c);
          }
          static findMatchingEQ(e3, t3, o2) {
            for (let e4 of t3) if (e4.matchesConstraints(o2)) return e4;
            throw new Error("No matching EQ found for " + e3 + " and vector " + o2);
          }
          getEq1() {
            return this.eq1;
          }
          getEq2() {
            return this.eq2;
          }
          getEq3() {
            return this.eq3;
          }
          getEq4() {
            return this.eq4;
          }
          getEq5() {
            return this.eq5;
          }
          getEq6() {
            return this.eq6;
          }
          getJointEq3AndEq6() {
            return this.jointEq3AndEq6;
          }
          getEQ(e3) {
            switch (e3) {
              case 1:
                return this.eq1;
              case 2:
                return this.eq2;
              case 3:
                return this.eq3;
              case 4:
                return this.eq4;
              case 5:
                return this.eq5;
              case 6:
                return this.eq6;
              case 7:
                return this.jointEq3AndEq6;
              default:
                throw new Error("Invalid EQ index: " + e3);
            }
          }
          getLookupTableScore() {
            return a.getMacroVectorScore(this);
          }
          static getMacroVectorScore(e3) {
            const t3 = e3.toString(), o2 = s.Cvss4P0Components.MV_LOOKUP[t3];
            return void 0 === o2 ? NaN : o2;
          }
          toString() {
            return this.eq1.getLevel() + this.eq2.getLevel() + this.eq3.getLevel() + this.eq4.getLevel() + this.eq5.getLevel() + this.eq6.getLevel();
          }
          deriveNextLower(e3) {
            const t3 = 1 !== e3 ? this.eq1 : this.getNextLower(a.EQ1_DEFINITIONS, this.eq1), o2 = 2 !== e3 ? this.eq2 : this.getNextLower(a.EQ2_DEFINITIONS, this.eq2), i2 = 3 !== e3 ? this.eq3 : this.getNextLower(a.EQ3_DEFINITIONS, this.eq3), s2 = 4 !== e3 ? this.eq4 : this.getNextLower(a.EQ4_DEFINITIONS, this.eq4), n2 = 5 !== e3 ? this.eq5 : this.getNextLower(a.EQ5_DEFINITIONS, this.eq5), r = 6 !== e3 ? this.eq6 : this.getNextLower(a.EQ6_DEFINITIONS, this.eq6), c = 7 !== e3 ? this.jointEq3AndEq6 : this.getNextLower(a.JOINT_EQ3_EQ6_DEFINITIONS, this.jointEq3AndEq6);
            return new a(t3, o2, i2, s2, n2, r, c);
          }
          static getIndexInDefinitions(e3, t3) {
            for (let o2 = 0; o2 < e3.length; o2++) if (e3[o2] === t3) return o2;
            throw new Error("EQ not found in definitions: " + t3);
          }
          getNextLower(e3, t3) {
            const o2 = a.getIndexInDefinitions(e3, t3);
            return e3.length > o2 + 1 ? e3[o2 + 1] : a.EQ_ERROR_DEFINITION;
          }
          static is(e3, t3, o2) {
            return o2 === a.getComparisonMetric(e3, t3).shortName;
          }
          static getComparisonMetricComponent(e3, t3) {
            return a.getComparisonMetric(e3, t3.shortName);
          }
          static getComparisonMetric(e3, t3) {
            const o2 = e3.getComponentByString(t3);
            if ("E" === t3 && s.Cvss4P0Components.E_VALUES.X === o2) return s.Cvss4P0Components.E_VALUES.A;
            if ("CR" === t3 && s.Cvss4P0Components.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.X === o2) return s.Cvss4P0Components.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.H;
            if ("IR" === t3 && s.Cvss4P0Components.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.X === o2) return s.Cvss4P0Components.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.H;
            if ("AR" === t3 && s.Cvss4P0Components.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.X === o2) return s.Cvss4P0Components.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.H;
            if ("MSI" === t3 && s.Cvss4P0Components.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.X === o2 && "S" === e3.getComponentByString("SI").shortName) return s.Cvss4P0Components.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.H;
            if ("MSA" === t3 && s.Cvss4P0Components.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.X === o2 && "S" === e3.getComponentByString("SA").shortName) return s.Cvss4P0Components.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.H;
            try {
              const o3 = e3.getComponentByString((t3.startsWith("M") ? "" : "M") + t3), a2 = o3.shortName;
              if (null != a2 && "X" !== a2) return o3;
            } catch (e4) {
            }
            return o2;
          }
        }
        t2.Cvss4P0MacroVector = n, a = n, n.EQ_ERROR_DEFINITION = new i.EQ("9", -1, [], (() => true)), n.EQ1_DEFINITIONS = [new i.EQ("0", 1, ["AV:N/PR:N/UI:N"], ((e3) => a.is(e3, "AV", "N") && a.is(e3, "PR", "N") && a.is(e3, "UI", "N"))), new i.EQ("1", 4, ["AV:A/PR:N/UI:N", "AV:N/PR:L/UI:N", "AV:N/PR:N/UI:P"], ((e3) => (a.is(e3, "AV", "N") || a.is(e3, "PR", "N") || a.is(e3, "UI", "N")) && !(a.is(e3, "AV", "N") && a.is(e3, "PR", "N") && a.is(e3, "UI", "N")) && !a.is(e3, "AV", "P"))), new i.EQ("2", 5, ["AV:P/PR:N/UI:N", "AV:A/PR:L/UI:P"], ((e3) => a.is(e3, "AV", "P") || !(a.is(e3, "AV", "N") || a.is(e3, "PR", "N") || a.is(e3, "UI", "N"))))], n.EQ2_DEFINITIONS = [new i.EQ("0", 1, ["AC:L/AT:N"], ((e3) => a.is(e3, "AC", "L") && a.is(e3, "AT", "N"))), new i.EQ("1", 2, ["AC:H/AT:N", "AC:L/AT:P"], ((e3) => !(a.is(e3, "AC", "L") && a.is(e3, "AT", "N"))))], n.EQ3_DEFINITIONS = [new i.EQ("0", -1, ["VC:H/VI:H/VA:H"], ((e3) => a.is(e3, "VC", "H") && a.is(e3, "VI", "H"))), new i.EQ("1", -1, ["VC:L/VI:H/VA:H", "VC:H/VI:L/VA:H"], ((e3) => !(a.is(e3, "VC", "H") && a.is(e3, "VI", "H")) && (a.is(e3, "VC", "H") || a.is(e3, "VI", "H") || a.is(e3, "VA", "H")))), new i.EQ("2", -1, ["VC:L/VI:L/VA:L"], ((e3) => !(a.is(e3, "VC", "H") || a.is(e3, "VI", "H") || a.is(e3, "VA", "H"))))], n.EQ4_DEFINITIONS = [new i.EQ("0", 6, ["SC:H/SI:S/SA:S"], ((e3) => a.is(e3, "MSI", "S") || a.is(e3, "MSA", "S"))), new i.EQ("1", 5, ["SC:H/SI:H/SA:H"], ((e3) => !(a.is(e3, "MSI", "S") && a.is(e3, "MSA", "S")) && (a.is(e3, "SC", "H") || a.is(e3, "SI", "H") || a.is(e3, "SA", "H")))), new i.EQ("2", 4, ["SC:L/SI:L/SA:L"], ((e3) => !(a.is(e3, "MSI", "S") && a.is(e3, "MSA", "S") || a.is(e3, "SC", "H") || a.is(e3, "SI", "H") || a.is(e3, "SA", "H"))))], n.EQ5_DEFINITIONS = [new i.EQ("0", 1, ["E:A"], ((e3) => a.is(e3, "E", "A"))), new i.EQ("1", 1, ["E:P"], ((e3) => a.is(e3, "E", "P"))), new i.EQ("2", 1, ["E:U"], ((e3) => a.is(e3, "E", "U")))], n.EQ6_DEFINITIONS = [new i.EQ("0", -1, ["AV:N/PR:N/UI:N"], ((e3) => a.is(e3, "CR", "H") && a.is(e3, "VC", "H") || a.is(e3, "IR", "H") && a.is(e3, "VI", "H") || a.is(e3, "AR", "H") && a.is(e3, "VA", "H"))), new i.EQ("1", -1, ["VC:H/VI:H/VA:H/CR:M/IR:M/AR:M", "VC:H/VI:H/VA:L/CR:M/IR:M/AR:H", "VC:H/VI:L/VA:H/CR:M/IR:H/AR:M", "VC:H/VI:L/VA:L/CR:M/IR:H/AR:H", "VC:L/VI:H/VA:H/CR:H/IR:M/AR:M", "VC:L/VI:H/VA:L/CR:H/IR:M/AR:H", "VC:L/VI:L/VA:H/CR:H/IR:H/AR:M", "VC:L/VI:L/VA:L/CR:H/IR:H/AR:H"], ((e3) => !(a.is(e3, "CR", "H") && a.is(e3, "VC", "H") || a.is(e3, "IR", "H") && a.is(e3, "VI", "H") || a.is(e3, "AR", "H") && a.is(e3, "VA", "H"))))], n.JOINT_EQ3_EQ6_DEFINITIONS = [new i.EQ("00", 7, ["VC:H/VI:H/VA:H/CR:H/IR:H/AR:H"], ((e3) => a.is(e3, "VC", "H") && a.is(e3, "VI", "H") && (a.is(e3, "CR", "H") || a.is(e3, "IR", "H") || a.is(e3, "AR", "H") && a.is(e3, "VA", "H")))), new i.EQ("01", 6, ["VC:H/VI:H/VA:L/CR:M/IR:M/AR:H", "VC:H/VI:H/VA:H/CR:M/IR:M/AR:M"], ((e3) => a.is(e3, "VC", "H") && a.is(e3, "VI", "H") && !(a.is(e3, "CR", "H") || a.is(e3, "IR", "H")) && !(a.is(e3, "AR", "H") && a.is(e3, "VA", "H")))), new i.EQ("10", 8, ["VC:L/VI:H/VA:H/CR:H/IR:H/AR:H", "VC:H/VI:L/VA:H/CR:H/IR:H/AR:H"], ((e3) => !(a.is(e3, "VC", "H") && a.is(e3, "VI", "H")) && (a.is(e3, "VC", "H") || a.is(e3, "VI", "H") || a.is(e3, "VA", "H")) && (a.is(e3, "CR", "H") && a.is(e3, "VC", "H") || a.is(e3, "IR", "H") && a.is(e3, "VI", "H") || a.is(e3, "AR", "H") && a.is(e3, "VA", "H")))), new i.EQ("11", 8, ["VC:L/VI:H/VA:L/CR:H/IR:M/AR:H", "VC:L/VI:H/VA:H/CR:H/IR:M/AR:M", "VC:H/VI:L/VA:H/CR:M/IR:H/AR:M", "VC:H/VI:L/VA:L/CR:M/IR:H/AR:H", "VC:L/VI:L/VA:H/CR:H/IR:H/AR:M"], ((e3) => !(a.is(e3, "VC", "H") && a.is(e3, "VI", "H")) && (a.is(e3, "VC", "H") || a.is(e3, "VI", "H") || a.is(e3, "VA", "H")) && !(a.is(e3, "CR", "H") && a.is(e3, "VC", "H")) && !(a.is(e3, "IR", "H") && a.is(e3, "VI", "H")) && !(a.is(e3, "AR", "H") && a.is(e3, "VA", "H")))), new i.EQ("20", 0, [], ((e3) => false)), new i.EQ("21", 10, ["VC:L/VI:L/VA:L/CR:H/IR:H/AR:H"], ((e3) => !(a.is(e3, "VC", "H") || a.is(e3, "VI", "H") || a.is(e3, "VA", "H") || a.is(e3, "CR", "H") && a.is(e3, "VC", "H") || a.is(e3, "IR", "H") && a.is(e3, "VI", "H") || a.is(e3, "AR", "H") && a.is(e3, "VA", "H"))))];
      }, 987: (e2, t2, o) => {
        Object.defineProperty(t2, "__esModule", { value: true }), t2.Cvss4P0 = void 0;
        const a = o(154), i = o(972), s = o(904), n = o(759), r = o(730), c = o(951);
        class l extends a.CvssVector {
          constructor(e3) {
            super(e3), this.ROUNDING_EPSILON = Math.pow(10, -6);
          }
          getRegisteredComponents() {
            return n.Cvss4P0Components.REGISTERED_COMPONENTS_EDITOR_ORDER;
          }
          getVectorStringOrderProperties() {
            return n.Cvss4P0Components.REGISTERED_COMPONENTS_VECTOR_STRING_ORDER;
          }
          getVectorPrefix() {
            return "CVSS:4.0/";
          }
          getVectorName() {
            return "CVSS:4.0";
          }
          fillAverageVector() {
            this.applyVector("AV:A/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:L/SC:L/SI:L/SA:L");
          }
          fillRandomBaseVector() {
            const e3 = n.Cvss4P0Components.BASE_CATEGORY_VALUES;
            for (let t3 = 0; t3 < e3.length; t3++) {
              const o2 = e3[t3], a2 = super.pickRandomDefinedComponentValue(o2);
              if (!a2) return console.warn("Failed to pick random vector component for", o2, ", filling average vector instead"), void this.fillAverageVector();
              this.applyComponent(o2, a2);
            }
          }
          calculateScoresInternal(e3 = false) {
            const t3 = this.isAnyEnvironmentalDefined(), o2 = this.isAnyThreatDefined(), a2 = this.calculateOverallScore();
            let i2, s2, r2;
            if (t3 || o2) {
              const e4 = this.clone();
              e4.clearSpecifiedComponents(n.Cvss4P0Components.THREAT_CATEGORY_VALUES), e4.clearSpecifiedComponents(n.Cvss4P0Components.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY_VALUES), e4.clearSpecifiedComponents(n.Cvss4P0Components.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY_VALUES), i2 = e4.calculateOverallScore();
            } else i2 = a2;
            if (t3) if (o2) {
              const e4 = this.clone();
              e4.clearSpecifiedComponents(n.Cvss4P0Components.THREAT_CATEGORY_VALUES), s2 = e4.calculateOverallScore();
            } else s2 = a2;
            if (o2) if (t3) {
              const e4 = this.clone();
              e4.clearSpecifiedComponents(n.Cvss4P0Components.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY_VALUES), e4.clearSpecifiedComponents(n.Cvss4P0Components.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY_VALUES), r2 = e4.calculateOverallScore();
            } else r2 = a2;
            return { normalized: e3, overall: a2, base: a2, baseMetricsOnly: i2, environmental: s2, threat: r2, vector: this.toString() };
          }
          toString(e3 = false, t3 = this.getVectorStringOrderProperties(), o2 = false) {
            return super.toString(e3, t3, o2);
          }
          calculateOverallScore() {
            if (!this.isBaseFullyDefined()) return 0;
            if (["VC", "VI", "VA", "SC", "SI", "SA"].map(((e4) => i.Cvss4P0MacroVector.getComparisonMetric(this, e4))).every(((e4) => "N" === e4.shortName))) return 0;
            const e3 = this.getMacroVector(), t3 = e3.getLookupTableScore(), o2 = (0, s.getEqImplementations)();
            (e3.getEq3().getLevel() + e3.getEq6().getLevel()).toLowerCase() !== e3.getJointEq3AndEq6().getLevel().toLowerCase() && console.warn(`CVSS 4.0: Joint Eq3 and Eq6 level [${e3.getJointEq3AndEq6().getLevel()}] does not match Eq3 [${e3.getEq3().getLevel()}] and Eq6 [${e3.getEq6().getLevel()}]`);
            const a2 = o2.map(((t4) => t4.getHighestSeverityVectors(e3))), n2 = this.generateCvssPermutations(a2[0], a2[1], a2[2], a2[3], a2[4]);
            if (0 === n2.length) return console.warn(`No max vectors found for ${e3}`), 0;
            const r2 = this.calculateSeverityDistancesByComparingToHighestSeverityVectors(n2), c2 = new m();
            for (const a3 of o2) {
              const o3 = a3.deriveNextLowerMacro(e3), i2 = t3 - a3.lookupScoresForNextLowerMacro(o3), s2 = a3.lookupMacroVectorDepth(e3), n3 = a3.getRelevantAttributes().map(((e4) => r2.get(e4) || 0)).reduce(((e4, t4) => e4 + t4), 0);
              if (!isNaN(i2) && 0 !== s2) {
                const e4 = n3 / s2 * i2;
                c2.add(e4);
              }
            }
            const l2 = t3 - c2.get(0);
            return l2 < 0 ? 0 : l2 > 10 ? 10 : this.roundToDecimalPlaces(l2);
          }
          roundToDecimalPlaces(e3) {
            return Math.round(10 * (e3 + this.ROUNDING_EPSILON)) / 10;
          }
          generateCvssPermutations(e3, t3, o2, a2, i2) {
            const s2 = [];
            return e3.forEach(((e4) => {
              t3.forEach(((t4) => {
                o2.forEach(((o3) => {
                  a2.forEach(((a3) => {
                    i2.forEach(((i3) => {
                      const n2 = `${e4}/${t4}/${o3}/${a3}/${i3}`;
                      s2.push(new l(n2));
                    }));
                  }));
                }));
              }));
            })), s2;
          }
          severityDistance(e3, t3, o2, a2) {
            const i2 = "X" === t3.shortName ? void 0 === e3.worseCaseValue ? t3 : e3.worseCaseValue : t3, s2 = "X" === a2.shortName ? void 0 === o2.worseCaseValue ? a2 : o2.worseCaseValue : a2;
            let n2, r2, c2, l2;
            if (e3 !== o2) {
              const t4 = e3.name.startsWith("Modified"), a3 = o2.name.startsWith("Modified");
              if (t4 && !a3) {
                const t5 = e3.values.find(((e4) => e4.shortName === s2.shortName));
                if (!t5) throw new Error("Cannot find modified value for " + s2);
                r2 = i2, l2 = t5, n2 = e3, c2 = e3;
              } else {
                if (t4 || !a3) return console.warn(`Cannot compute severity distance for [${i2}] and [${s2}], assuming distance is 0`), 0;
                {
                  const e4 = o2.values.find(((e5) => e5.shortName === i2.shortName));
                  if (!e4) throw new Error("Cannot find modified value for " + i2);
                  r2 = e4, l2 = s2, n2 = o2, c2 = o2;
                }
              }
            } else r2 = i2, l2 = s2, n2 = e3, c2 = o2;
            return n2.values.indexOf(r2) - c2.values.indexOf(l2);
          }
          severityDistanceBetweenComponents(e3, t3, o2, a2) {
            const i2 = e3.values.find(((e4) => e4.shortName === t3.shortName)), s2 = o2.values.find(((e4) => e4.shortName === a2.shortName));
            if (!i2) throw new Error(`Cannot find component values for ${e3.name} with short name ${t3.shortName} in ${e3.values.map(((e4) => e4.shortName)).join(", ")}`);
            if (!s2) throw new Error(`Cannot find component values for ${o2.name} with short name ${a2.shortName} in ${o2.values.map(((e4) => e4.shortName)).join(", ")}`);
            return e3.values.indexOf(i2) - o2.values.indexOf(s2);
          }
          severityDistanceToVector(e3) {
            let t3 = 0;
            return n.Cvss4P0Components.REGISTERED_COMPONENTS_EDITOR_ORDER.forEach(((o2) => {
              o2.forEach(((o3) => {
                const a2 = this.getComponent(o3), i2 = e3.getComponent(o3);
                t3 += this.severityDistanceBetweenComponents(o3, a2, o3, i2);
              }));
            })), t3;
          }
          calculateSeverityDistancesByComparingToHighestSeverityVectors(e3) {
            const t3 = /* @__PURE__ */ new Map();
            for (const o2 of e3) {
              t3.set("AV", this.severityDistanceBetweenComponents(n.Cvss4P0Components.AV, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.AV), n.Cvss4P0Components.AV, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.AV))), t3.set("PR", this.severityDistanceBetweenComponents(n.Cvss4P0Components.PR, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.PR), n.Cvss4P0Components.PR, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.PR))), t3.set("UI", this.severityDistanceBetweenComponents(n.Cvss4P0Components.UI, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.UI), n.Cvss4P0Components.UI, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.UI))), t3.set("AC", this.severityDistanceBetweenComponents(n.Cvss4P0Components.AC, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.AC), n.Cvss4P0Components.AC, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.AC))), t3.set("AT", this.severityDistanceBetweenComponents(n.Cvss4P0Components.AT, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.AT), n.Cvss4P0Components.AT, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.AT))), t3.set("VC", this.severityDistanceBetweenComponents(n.Cvss4P0Components.VC, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.VC), n.Cvss4P0Components.VC, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.VC))), t3.set("VI", this.severityDistanceBetweenComponents(n.Cvss4P0Components.VI, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.VI), n.Cvss4P0Components.VI, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.VI))), t3.set("VA", this.severityDistanceBetweenComponents(n.Cvss4P0Components.VA, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.VA), n.Cvss4P0Components.VA, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.VA))), t3.set("SC", this.severityDistanceBetweenComponents(n.Cvss4P0Components.SC, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.SC), n.Cvss4P0Components.SC, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.SC))), t3.set("CR", this.severityDistanceBetweenComponents(n.Cvss4P0Components.CR, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.CR), n.Cvss4P0Components.CR, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.CR))), t3.set("IR", this.severityDistanceBetweenComponents(n.Cvss4P0Components.IR, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.IR), n.Cvss4P0Components.IR, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.IR))), t3.set("AR", this.severityDistanceBetweenComponents(n.Cvss4P0Components.AR, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.AR), n.Cvss4P0Components.AR, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.AR)));
              const e4 = this.getComponent(n.Cvss4P0Components.SI) === n.Cvss4P0Components.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.S ? "MSI" : "SI", a2 = this.getComponent(n.Cvss4P0Components.SA) === n.Cvss4P0Components.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.S ? "MSA" : "SA";
              if (t3.set(e4, this.severityDistanceBetweenComponents(n.Cvss4P0Components.SI, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.SI), n.Cvss4P0Components.SI, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.SI))), t3.set(a2, this.severityDistanceBetweenComponents(n.Cvss4P0Components.SA, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.SA), n.Cvss4P0Components.SA, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.SA))), !Array.from(t3.values()).some(((e5) => e5 < 0))) break;
              t3.clear();
            }
            return 0 === t3.size && console.warn(`No severity distances found for [${this.toString()}]`), t3;
          }
          getNomenclature() {
            let e3 = "CVSS-B";
            return this.isCategoryPartiallyDefined(n.Cvss4P0Components.THREAT_CATEGORY) && (e3 += "T"), (this.isCategoryPartiallyDefined(n.Cvss4P0Components.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY) || this.isCategoryPartiallyDefined(n.Cvss4P0Components.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY)) && (e3 += "E"), e3;
          }
          getMacroVector() {
            return i.Cvss4P0MacroVector.fromVector(this);
          }
          isBaseFullyDefined() {
            return super.isCategoryFullyDefined(n.Cvss4P0Components.BASE_CATEGORY);
          }
          isAnyBaseDefined() {
            return super.isCategoryPartiallyDefined(c.Cvss3P1Components.BASE_CATEGORY);
          }
          isThreatFullyDefined() {
            return super.isCategoryFullyDefined(n.Cvss4P0Components.THREAT_CATEGORY);
          }
          isAnyThreatDefined() {
            return super.isCategoryPartiallyDefined(n.Cvss4P0Components.THREAT_CATEGORY);
          }
          isAnyEnvironmentalDefined() {
            return super.isCategoryPartiallyDefined(n.Cvss4P0Components.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY) || super.isCategoryPartiallyDefined(n.Cvss4P0Components.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY);
          }
          getJsonSchemaSeverity(e3) {
            return 0 === e3 || isNaN(e3) ? "NONE" : e3 <= 3.9 ? "LOW" : e3 <= 6.9 ? "MEDIUM" : e3 <= 8.9 ? "HIGH" : "CRITICAL";
          }
          createJsonSchema() {
            const e3 = this.calculateScores();
            return { version: "4.0", vectorString: this.toString(), baseScore: e3.overall, baseSeverity: this.getJsonSchemaSeverity(e3.overall), attackVector: this.getComponent(n.Cvss4P0Components.AV).jsonSchemaName, attackComplexity: this.getComponent(n.Cvss4P0Components.AC).jsonSchemaName, attackRequirements: this.getComponent(n.Cvss4P0Components.AT).jsonSchemaName, privilegesRequired: this.getComponent(n.Cvss4P0Components.PR).jsonSchemaName, userInteraction: this.getComponent(n.Cvss4P0Components.UI).jsonSchemaName, vulnConfidentialityImpact: this.getComponent(n.Cvss4P0Components.VC).jsonSchemaName, vulnIntegrityImpact: this.getComponent(n.Cvss4P0Components.VI).jsonSchemaName, vulnAvailabilityImpact: this.getComponent(n.Cvss4P0Components.VA).jsonSchemaName, subConfidentialityImpact: this.getComponent(n.Cvss4P0Components.SC).jsonSchemaName, subIntegrityImpact: this.getComponent(n.Cvss4P0Components.SI).jsonSchemaName, subAvailabilityImpact: this.getComponent(n.Cvss4P0Components.SA).jsonSchemaName, exploitMaturity: this.getComponent(n.Cvss4P0Components.E).jsonSchemaName, confidentialityRequirement: this.getComponent(n.Cvss4P0Components.CR).jsonSchemaName, integrityRequirement: this.getComponent(n.Cvss4P0Components.IR).jsonSchemaName, availabilityRequirement: this.getComponent(n.Cvss4P0Components.AR).jsonSchemaName, modifiedAttackVector: this.getComponent(n.Cvss4P0Components.MAV).jsonSchemaName, modifiedAttackComplexity: this.getComponent(n.Cvss4P0Components.MAC).jsonSchemaName, modifiedAttackRequirements: this.getComponent(n.Cvss4P0Components.MAT).jsonSchemaName, modifiedPrivilegesRequired: this.getComponent(n.Cvss4P0Components.MPR).jsonSchemaName, modifiedUserInteraction: this.getComponent(n.Cvss4P0Components.MUI).jsonSchemaName, modifiedVulnConfidentialityImpact: this.getComponent(n.Cvss4P0Components.MVC).jsonSchemaName, modifiedVulnIntegrityImpact: this.getComponent(n.Cvss4P0Components.MVI).jsonSchemaName, modifiedVulnAvailabilityImpact: this.getComponent(n.Cvss4P0Components.MVA).jsonSchemaName, modifiedSubConfidentialityImpact: this.getComponent(n.Cvss4P0Components.MSC).jsonSchemaName, modifiedSubIntegrityImpact: this.getComponent(n.Cvss4P0Components.MSI).jsonSchemaName, modifiedSubAvailabilityImpact: this.getComponent(n.Cvss4P0Components.MSA).jsonSchemaName, Safety: this.getComponent(n.Cvss4P0Components.S).jsonSchemaName, Automatable: this.getComponent(n.Cvss4P0Components.AU).jsonSchemaName, Recovery: this.getComponent(n.Cvss4P0Components.R).jsonSchemaName, valueDensity: this.getComponent(n.Cvss4P0Components.V).jsonSchemaName, vulnerabilityResponseEffort: this.getComponent(n.Cvss4P0Components.RE).jsonSchemaName, providerUrgency: this.getComponent(n.Cvss4P0Components.U).jsonSchemaName };
          }
        }
        t2.Cvss4P0 = l, r.EQ.createCvssInstance = (e3) => new l(e3);
        class m {
          constructor() {
            this.sum = 0, this.count = 0;
          }
          add(e3) {
            this.sum += e3, this.count++;
          }
          get(e3) {
            return 0 == this.count ? e3 : this.sum / this.count;
          }
        }
      } }, t = {};
      return (function o(a) {
        var i = t[a];
        if (void 0 !== i) return i.exports;
        var s = t[a] = { exports: {} };
        return e[a].call(s.exports, s, s.exports, o), s.exports;
      })(156);
    })()));
  }
});

// src/read/library.ts
import { readdirSync } from "node:fs";
import { join } from "node:path";

// src/generated/library-validator.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var import_equal = __toESM(require_equal(), 1);
var import_formats = __toESM(require_formats(), 1);
var library_validator_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/threatcat/threatcat/v0.1.0/schema/library.schema.json", "type": "object", "additionalProperties": false, "required": ["apiVersion", "kind", "metadata", "templates"], "properties": { "apiVersion": { "const": "threatcat.dev/v1alpha1" }, "kind": { "const": "ThreatLibrary" }, "metadata": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, "description": { "type": "string" } } }, "templates": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/Template" } } }, "definitions": { "Template": { "type": "object", "additionalProperties": false, "required": ["id", "title", "description", "category", "class", "layer", "components", "evidence", "reopenOn"], "properties": { "id": { "$ref": "catalog.schema.json#/definitions/Id" }, "title": { "type": "string", "minLength": 1 }, "description": { "type": "string", "minLength": 1 }, "category": { "$ref": "#/definitions/Category" }, "class": { "enum": ["coercion", "compromise"] }, "layer": { "enum": ["L1", "L2", "L3", "L4", "L5", "L6", "L7", "cross-layer"] }, "layers": { "type": "array", "minItems": 2, "items": { "enum": ["L1", "L2", "L3", "L4", "L5", "L6", "L7"] } }, "owasp": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^T([1-9]|1[0-5])$" } }, "appliesWhen": { "type": "array", "items": { "$ref": "#/definitions/Condition" } }, "components": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/definitions/Category" } }, "capability": { "type": "string", "minLength": 1 }, "cvss": { "$ref": "catalog.schema.json#/definitions/Cvss" }, "cvssReach": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["agent", "tools"] } }, "evidence": { "type": "array", "minItems": 1, "items": { "$ref": "catalog.schema.json#/definitions/Evidence" } }, "reopenOn": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "catalog.schema.json#/definitions/ReopenEvent" } }, "mitigations": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "references": { "type": "array", "items": { "type": "string", "minLength": 1 } } } }, "Category": { "enum": ["inference", "mcp-tool", "rag-memory", "identity", "runtime", "delegation"] }, "Condition": { "type": "object", "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "properties": { "component": { "$ref": "#/definitions/Category" }, "permission": { "$ref": "#/definitions/PermissionCondition" }, "mcpServer": { "$ref": "#/definitions/McpCondition" }, "memory": { "type": "object", "additionalProperties": false, "required": ["engine"], "properties": { "engine": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } } } }, "autonomy": { "type": "array", "minItems": 1, "items": { "enum": ["manual", "approval", "autonomous"] } }, "codeExecution": { "const": true }, "any": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/Condition" } } } }, "PermissionCondition": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "verbs": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "resources": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "apiGroups": { "type": "array", "minItems": 1, "items": { "type": "string" } }, "scope": { "enum": ["cluster", "namespace"] }, "wildcard": { "const": true } } }, "McpCondition": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "matches": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "remote": { "const": true }, "min": { "type": "integer", "minimum": 1 } } } } };
var pattern0 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");
var schema12 = { "type": "object", "additionalProperties": false, "required": ["id", "title", "description", "category", "class", "layer", "components", "evidence", "reopenOn"], "properties": { "id": { "$ref": "catalog.schema.json#/definitions/Id" }, "title": { "type": "string", "minLength": 1 }, "description": { "type": "string", "minLength": 1 }, "category": { "$ref": "#/definitions/Category" }, "class": { "enum": ["coercion", "compromise"] }, "layer": { "enum": ["L1", "L2", "L3", "L4", "L5", "L6", "L7", "cross-layer"] }, "layers": { "type": "array", "minItems": 2, "items": { "enum": ["L1", "L2", "L3", "L4", "L5", "L6", "L7"] } }, "owasp": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^T([1-9]|1[0-5])$" } }, "appliesWhen": { "type": "array", "items": { "$ref": "#/definitions/Condition" } }, "components": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/definitions/Category" } }, "capability": { "type": "string", "minLength": 1 }, "cvss": { "$ref": "catalog.schema.json#/definitions/Cvss" }, "cvssReach": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["agent", "tools"] } }, "evidence": { "type": "array", "minItems": 1, "items": { "$ref": "catalog.schema.json#/definitions/Evidence" } }, "reopenOn": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "catalog.schema.json#/definitions/ReopenEvent" } }, "mitigations": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "references": { "type": "array", "items": { "type": "string", "minLength": 1 } } } };
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
    if (data.cvssReach !== void 0) {
      let data19 = data.cvssReach;
      if (Array.isArray(data19)) {
        if (data19.length < 1) {
          const err42 = { instancePath: instancePath + "/cvssReach", schemaPath: "#/properties/cvssReach/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.cvssReach, data: data19 };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        const len4 = data19.length;
        for (let i6 = 0; i6 < len4; i6++) {
          let data20 = data19[i6];
          if (!(data20 === "agent" || data20 === "tools")) {
            const err43 = { instancePath: instancePath + "/cvssReach/" + i6, schemaPath: "#/properties/cvssReach/items/enum", keyword: "enum", params: { allowedValues: schema12.properties.cvssReach.items.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.cvssReach.items.enum, parentSchema: schema12.properties.cvssReach.items, data: data20 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        let i7 = data19.length;
        let j2;
        if (i7 > 1) {
          outer1: for (; i7--; ) {
            for (j2 = i7; j2--; ) {
              if (func0(data19[i7], data19[j2])) {
                const err44 = { instancePath: instancePath + "/cvssReach", schemaPath: "#/properties/cvssReach/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i7 + " are identical)", schema: true, parentSchema: schema12.properties.cvssReach, data: data19 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
                break outer1;
              }
            }
          }
        }
      } else {
        const err45 = { instancePath: instancePath + "/cvssReach", schemaPath: "#/properties/cvssReach/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.cvssReach.type, parentSchema: schema12.properties.cvssReach, data: data19 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.evidence !== void 0) {
      let data21 = data.evidence;
      if (Array.isArray(data21)) {
        if (data21.length < 1) {
          const err46 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.evidence, data: data21 };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
        const len5 = data21.length;
        for (let i8 = 0; i8 < len5; i8++) {
          if (!validate50(data21[i8], { instancePath: instancePath + "/evidence/" + i8, parentData: data21, parentDataProperty: i8, rootData })) {
            vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err47 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.evidence.type, parentSchema: schema12.properties.evidence, data: data21 };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.reopenOn !== void 0) {
      let data23 = data.reopenOn;
      if (Array.isArray(data23)) {
        if (data23.length < 1) {
          const err48 = { instancePath: instancePath + "/reopenOn", schemaPath: "#/properties/reopenOn/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.reopenOn, data: data23 };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
        const len6 = data23.length;
        for (let i9 = 0; i9 < len6; i9++) {
          let data24 = data23[i9];
          if (!(data24 === "mcp-connection-added" || data24 === "mcp-connection-removed" || data24 === "model-version-updated" || data24 === "tool-surface-modified" || data24 === "autonomy-tier-changed" || data24 === "permissions-changed" || data24 === "baseline-drift" || data24 === "signal-fired")) {
            const err49 = { instancePath: instancePath + "/reopenOn/" + i9, schemaPath: "catalog.schema.json#/definitions/ReopenEvent/enum", keyword: "enum", params: { allowedValues: schema39.enum }, message: "must be equal to one of the allowed values", schema: schema39.enum, parentSchema: schema39, data: data24 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        let i10 = data23.length;
        let j3;
        if (i10 > 1) {
          outer2: for (; i10--; ) {
            for (j3 = i10; j3--; ) {
              if (func0(data23[i10], data23[j3])) {
                const err50 = { instancePath: instancePath + "/reopenOn", schemaPath: "#/properties/reopenOn/uniqueItems", keyword: "uniqueItems", params: { i: i10, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i10 + " are identical)", schema: true, parentSchema: schema12.properties.reopenOn, data: data23 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
                break outer2;
              }
            }
          }
        }
      } else {
        const err51 = { instancePath: instancePath + "/reopenOn", schemaPath: "#/properties/reopenOn/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.reopenOn.type, parentSchema: schema12.properties.reopenOn, data: data23 };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.mitigations !== void 0) {
      let data25 = data.mitigations;
      if (Array.isArray(data25)) {
        const len7 = data25.length;
        for (let i11 = 0; i11 < len7; i11++) {
          let data26 = data25[i11];
          if (typeof data26 === "string") {
            if (func3(data26) < 1) {
              const err52 = { instancePath: instancePath + "/mitigations/" + i11, schemaPath: "#/properties/mitigations/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.mitigations.items, data: data26 };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
          } else {
            const err53 = { instancePath: instancePath + "/mitigations/" + i11, schemaPath: "#/properties/mitigations/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.mitigations.items.type, parentSchema: schema12.properties.mitigations.items, data: data26 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
      } else {
        const err54 = { instancePath: instancePath + "/mitigations", schemaPath: "#/properties/mitigations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.mitigations.type, parentSchema: schema12.properties.mitigations, data: data25 };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.references !== void 0) {
      let data27 = data.references;
      if (Array.isArray(data27)) {
        const len8 = data27.length;
        for (let i12 = 0; i12 < len8; i12++) {
          let data28 = data27[i12];
          if (typeof data28 === "string") {
            if (func3(data28) < 1) {
              const err55 = { instancePath: instancePath + "/references/" + i12, schemaPath: "#/properties/references/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.references.items, data: data28 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          } else {
            const err56 = { instancePath: instancePath + "/references/" + i12, schemaPath: "#/properties/references/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.references.items.type, parentSchema: schema12.properties.references.items, data: data28 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
      } else {
        const err57 = { instancePath: instancePath + "/references", schemaPath: "#/properties/references/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.references.type, parentSchema: schema12.properties.references, data: data27 };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
  } else {
    const err58 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err58];
    } else {
      vErrors.push(err58);
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

// src/analyse/cvss-reach.ts
var import_ae_cvss_calculator = __toESM(require_ae_cvss_calculator(), 1);
var { Cvss4P0 } = import_ae_cvss_calculator.default;
var IMPACT_KEYS = ["VC", "VI", "VA", "SC", "SI", "SA"];
var RANK = { N: 0, L: 1, H: 2 };
var READ = /* @__PURE__ */ new Set(["get", "list", "watch"]);
var DELETE = /* @__PURE__ */ new Set(["delete", "deletecollection"]);
function cvss4Base(vector) {
  return new Cvss4P0(vector).calculateScores().base ?? 0;
}
function impactOf(p) {
  const { score, why } = blastOf(p);
  if (score >= 7) {
    return { impact: { VC: "H", VI: "H", VA: "H", SC: "H", SI: "H", SA: "H" }, score, why };
  }
  const verbs = p.verb === "*" ? ["get", "create", "delete"] : [p.verb];
  const impact = {};
  const raise = (k, l) => {
    if (RANK[l] > RANK[impact[k] ?? "N"]) impact[k] = l;
  };
  for (const v of verbs) {
    if (READ.has(v)) raise("VC", "L");
    else if (DELETE.has(v)) {
      raise("VA", score >= 6 ? "H" : "L");
      raise("VI", "L");
    } else if (score > 1) {
      raise("VI", score >= 5 ? "H" : "L");
      raise("VA", score >= 6 ? "H" : "L");
    }
  }
  if (p.namespace === "*" && impact.VC) raise("SC", "L");
  return { impact, score, why };
}
function proposeCvss(template, surface) {
  const lib = template.cvss;
  if (!lib) return void 0;
  const libText = lib.vector ?? `base ${lib.base.toFixed(1)}`;
  if (!template.cvssReach || !lib.vector) return { cvss: lib, reason: `library proposal (${libText})` };
  const who = [];
  const perms = [];
  if (template.cvssReach.includes("agent") && surface.identity) {
    who.push(surface.identity);
    perms.push(...surface.permissions.filter((p) => p.identity === surface.identity));
  }
  if (template.cvssReach.includes("tools")) {
    for (const t of surface.toolIdentities ?? []) {
      if (t.identity === surface.identity) continue;
      who.push(t.identity);
      perms.push(...t.permissions);
    }
  }
  const floor = parseImpact(lib.vector);
  if (perms.length === 0) {
    const what = who.length === 0 ? "no identity of the agent or its tool servers is in the manifests" : `no RBAC grant to ${who.join(", ")} is in the manifests`;
    return { cvss: lib, reason: `${what}: the library's impact stands (${lib.vector})` };
  }
  const impact = { ...floor };
  let top;
  for (const p of perms) {
    const got = impactOf(p);
    for (const k of IMPACT_KEYS) {
      const l = got.impact[k];
      if (l && RANK[l] > RANK[impact[k]]) impact[k] = l;
    }
    if (!top || got.score > top.score) top = { p, score: got.score, why: got.why };
  }
  const vector = withImpact(lib.vector, impact);
  const base = cvss4Base(vector);
  const raised = IMPACT_KEYS.filter((k) => impact[k] !== floor[k]);
  const cvss = { base, ...lib.exploitMaturity ? { exploitMaturity: lib.exploitMaturity } : {}, vector };
  if (raised.length === 0) {
    return {
      cvss,
      reason: `${describeReach(top.p, top.score, top.why)}: within the library's impact (${impactText(floor)})`
    };
  }
  return {
    cvss,
    reason: `${raised.map((k) => `${k}:${impact[k]}`).join("/")} because ${describeReach(top.p, top.score, top.why)} (library ${lib.base.toFixed(1)}, ${impactText(floor)})`
  };
}
function describeReach(p, score, why) {
  const verb = p.verb === "*" ? "do anything to" : p.verb;
  const what = p.nonResourceURL ? `${verb} ${p.nonResourceURL}` : p.apiGroup === "*" && p.resource === "*" ? `${verb} every resource` : `${verb} ${p.apiGroup && p.apiGroup !== "" ? `${p.apiGroup}/` : ""}${p.resource}`;
  const scope = p.namespace === "*" ? "cluster-wide" : `in ${p.namespace}`;
  const via = `${p.role.kind} ${p.role.name}${p.builtinRole ? " (built-in)" : ""}`;
  return `${p.identity.replace(/^system:serviceaccount:/, "")} may ${what} ${scope} via ${via}${p.wildcard ? ", a wildcard grant" : ""} (blast ${score}: ${why})`;
}
function parseImpact(vector) {
  const impact = { VC: "N", VI: "N", VA: "N", SC: "N", SI: "N", SA: "N" };
  for (const part of vector.split("/")) {
    const [k, v] = part.split(":");
    if (IMPACT_KEYS.includes(k) && (v === "N" || v === "L" || v === "H"))
      impact[k] = v;
  }
  return impact;
}
function withImpact(vector, impact) {
  return vector.split("/").map((part) => {
    const [k] = part.split(":");
    return IMPACT_KEYS.includes(k) ? `${k}:${impact[k]}` : part;
  }).join("/");
}
function impactText(i) {
  return IMPACT_KEYS.map((k) => `${k}:${i[k]}`).join("/");
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
  const cvssReasons = {};
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
    const proposed = proposeCvss(t, surface);
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
      ...proposed ? {
        cvss: proposed.cvss,
        aivss: aivssBlock(
          computeAivss({
            version,
            factors,
            cvssBase: proposed.cvss.base,
            exploitMaturity: proposed.cvss.exploitMaturity
          })
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
    if (proposed) cvssReasons[threat.id] = proposed.reason;
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
  return { catalog, factorReasons: reasons, threatReasons, cvssReasons, skipped };
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
