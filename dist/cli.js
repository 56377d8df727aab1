import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import{a as i}from"./chunks/chunk-632ED7Z6.js";import{a as u,b as a,c as p,f as g}from"./chunks/chunk-YR4OKYBW.js";import{a as m,b as h,c as f}from"./chunks/chunk-PTOVBB2H.js";import{a as r}from"./chunks/chunk-3WWMJUAY.js";function l(t,n){if(t instanceof p)return n.stderr(`threatcat ${t.command}: ${t.message}
${t.usage}
Run 'threatcat ${t.command} --help' for the options.
`),a.usage;if(t instanceof f)return n.stderr(`threatcat: ${t.lines().join(`
`)}
`),a.usage;if(t instanceof h)return n.stderr(`${t.toString()}
`),a.usage;let e=t instanceof Error?t.message:String(t);return n.stderr(`threatcat: internal error: ${m(e)}
`),n.env.THREATCAT_DEBUG&&n.stderr(`${t?.stack??""}
`),a.usage}r(l,"reportFailure");var s={validate:{summary:"check catalogs against the schema and the semantic rules",load:r(async()=>(await import("./chunks/validate-VZQF6VJW.js")).validateCommand,"load")},diff:{summary:"agent-surface changes between two git states, and the threats they re-open",load:r(async()=>(await import("./chunks/diff-MW325JEN.js")).diffCommand,"load")},ingest:{summary:"runtime evidence: close, re-open, find dormant permissions; --commit records it",load:r(async()=>(await import("./chunks/ingest-WM2YDXH4.js")).ingestCommand,"load")},report:{summary:"the whole picture for people: markdown, self-contained html, or json",load:r(async()=>(await import("./chunks/report-65EX3IGM.js")).reportCommand,"load")},init:{summary:"write a Day-1 catalog for an agent from its manifests",load:r(async()=>(await import("./chunks/init-DIPPG5M7.js")).initCommand,"load")},action:{summary:"the GitHub Action's entry (reads the runner's environment)",load:r(async()=>(await import("./chunks/action-UIQIF4FX.js")).actionCommand,"load")}},y=`threatcat ${i}: threat-model-as-code for AI agents on Kubernetes

Usage: threatcat <command> [options]

Commands:
${Object.entries(s).map(([t,n])=>`  ${t.padEnd(10)} ${n.summary}`).join(`
`)}

Every command takes --format, -C DIR (repository root, default .) and --config FILE.
Exit codes: 0 clean, 1 findings that fail the check, 2 usage error or unreadable input.
Run 'threatcat help <command>' (or 'threatcat <command> --help') for a command's options.
`;async function $(t,n=u()){let[e,...o]=t;if(!e||e==="--help"||e==="-h")return n.stdout(y),e?a.clean:a.usage;if(e==="help")return o.length===0?(n.stdout(y),a.clean):Object.hasOwn(s,o[0])?$([o[0],"--help"],n):w(o[0],n);if(e==="--version"||e==="-V")return n.stdout(`${i}
`),a.clean;let c=Object.hasOwn(s,e)?s[e]:void 0;if(!c)return w(e,n);try{return await(await c.load())(o,n)}catch(d){return l(d,n)}}r($,"run");function w(t,n){let e=Object.keys(s);if(t.startsWith("-"))return n.stderr(`threatcat: ${t} goes after the command (threatcat <command> [options]); the commands: ${e.join(", ")}
Run 'threatcat --help' for what each does.
`),a.usage;let o=g(t,e);return n.stderr(`threatcat: unknown command '${m(t)}'${o?`; did you mean '${o}'?`:""}
The commands: ${e.join(", ")}. Run 'threatcat --help' for what each does.
`),a.usage}r(w,"unknownCommand");export{i as VERSION,$ as run};
