import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import{b as h}from"./chunk-JLTAFYHO.js";import{b as i,d as s,e as d}from"./chunk-YR4OKYBW.js";import"./chunk-2AXGMPGQ.js";import"./chunk-PTOVBB2H.js";import{a as r}from"./chunk-3WWMJUAY.js";import{resolve as m}from"node:path";var t={name:"diff",help:`Usage: threatcat diff --base REF [--head REF | --staged] [--write] [-C DIR] [--format text|json|github|sarif]
                      [--fail-on error|warning|never]

Agent-surface changes between two states of the repository (read through git, nothing is checked out),
and the scoped re-open plan: which closed or accepted threats each change invalidates.
  --base REF    the state to compare with (--staged: default HEAD)
  --head REF    the changed state (default: the working tree)
  --staged      compare the index with --base (the pre-commit hook)
  --write       apply the plan: status back to open, with a reopened record (event, ref, at, subject)
Events: mcp-connection-added, mcp-connection-removed, model-version-updated, tool-surface-modified,
autonomy-tier-changed, permissions-changed (docs/diff.md; the re-open table: docs/reopen.md).
  --fail-on     which findings fail the check (exit 1): error (default), warning, never
Exit: 0 nothing to re-open (or --write applied it), 1 threats still to re-open or a failing finding,
2 usage error or unreadable input.
`};async function b(p,a){let{values:e,positionals:n}=d(t,p,{base:{type:"string"},head:{type:"string"},staged:{type:"boolean"},write:{type:"boolean"},"fail-on":{type:"string"}});if(e.help)return a.stdout(t.help),i.clean;if(n.length>0)throw s(t,`takes no paths (got '${n[0]}'); use -C DIR for the repository`);let o;if(!e.write&&(e.base!==void 0||e.staged)&&!(e.staged&&e.head!==void 0)){let c=m(e.C??".");o=h(c,{base:e.base??"HEAD",head:e.head,staged:e.staged}),o.catch(()=>{})}let{diffWith:f}=await import("./diff-run-C7ANGQXU.js");return f(t,e,a,o)}r(b,"diffCommand");export{b as diffCommand};
