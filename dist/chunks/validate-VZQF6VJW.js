import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import{a as y}from"./chunk-Y4F2NRE4.js";import{a as v}from"./chunk-GOIUCKMX.js";import{i as u,m as w,o as b}from"./chunk-YLJMORQZ.js";import"./chunk-SDX6ONAX.js";import"./chunk-Z3KUURVQ.js";import{a as p}from"./chunk-632ED7Z6.js";import{h as F}from"./chunk-QFIPG63R.js";import"./chunk-5N7XE3I4.js";import{P as x}from"./chunk-55GWGNPZ.js";import{b as a,e as m,h as g,i as h}from"./chunk-YR4OKYBW.js";import"./chunk-2AXGMPGQ.js";import{a as l}from"./chunk-PTOVBB2H.js";import{a as o}from"./chunk-3WWMJUAY.js";var I=["text","json","sarif","github"];function $(i,e,t,r={}){switch(i){case"json":return v(e,t);case"github":return w(e);case"sarif":return b(e,{version:p,category:"threatcat/validate/"});default:return F(e,t.length,r)}}o($,"renderFindings");function C(i,e){if(i.length===0)return`threatcat: --fix: every derived value is current; nothing rewritten
`;let t=i.map(r=>`${r.file}:${r.line}  ${l(r.subject)}  ${r.field}: ${l(r.old)} \u2192 ${l(r.new)}`);return t.push(`threatcat: --fix: ${i.length} derived value${i.length===1?"":"s"} rewritten in ${e.length} catalog${e.length===1?"":"s"}`),`${t.join(`
`)}
`}o(C,"renderFixes");var f={name:"validate",help:`Usage: threatcat validate [PATH...] [--fix] [-C DIR] [--format text|json|sarif|github] [--config FILE]
                          [--fail-on error|warning|never]

Checks catalogs against schema/catalog.schema.json and the semantic rules.
Without PATH, every catalog matching the configured globs under DIR (default **/*.threats.yaml).
PATH and --config are relative to DIR (like git -C). Configuration: DIR/.threatcat.yaml.

  --fix      first rewrite what threatcat derives, in place (comments, key order and every other byte kept;
             atomic; a second run changes nothing): each threat's aivss block (score, severity, vector) from its
             cvss and agent.aivss, and each dormant permission's blast score. Prints what it changed
             (file:line, threat, old \u2192 new; on stderr with --format json|sarif|github), then validates.
             Findings that need a person are left for the person. The pre-commit hook only checks: run
             --fix yourself after editing factors or CVSS bases.
  --fail-on  which findings fail the check (exit 1): error (default), warning (errors and warnings), never.
Exit: 0 clean (warnings allowed), 1 a finding that fails the check, 2 usage error or unreadable input.
`};async function B(i,e){let{values:t,positionals:r}=m(f,i,{fix:{type:"boolean"},"fail-on":{type:"string"}});if(t.help)return e.stdout(f.help),a.clean;let d=g(f,t.format,I,"text"),k=h(f,t["fail-on"]),c=x(t.C),n=y({root:c,configPath:t.config,paths:r,now:e.now(),fix:!!t.fix,onWait:o(s=>e.stderr(`threatcat: ${s}
`),"onWait")});if(n.catalogs.length===0&&e.stderr(`threatcat: no catalogs found under ${c} (looked for ${n.config.catalogs.join(", ")})
`),n.fixed){let s=C(n.fixed,n.written??[]);d==="text"?e.stdout(s):e.stderr(s)}return e.stdout($(d,n.findings,n.catalogs,{color:e.color})),n.unreadable?a.usage:u(n.findings,k)?a.findings:a.clean}o(B,"validateCommand");export{B as validateCommand};
