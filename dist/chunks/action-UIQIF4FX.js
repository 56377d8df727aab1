import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import{a as c}from"./chunk-PGKNS4WU.js";import"./chunk-7GCUSGIO.js";import"./chunk-Y4F2NRE4.js";import"./chunk-I2QF4UF4.js";import"./chunk-OTGAI2W3.js";import"./chunk-OGQ7WATF.js";import"./chunk-YLJMORQZ.js";import"./chunk-SDX6ONAX.js";import"./chunk-Z3KUURVQ.js";import"./chunk-632ED7Z6.js";import"./chunk-JLTAFYHO.js";import"./chunk-LAX6MZ2W.js";import"./chunk-QFIPG63R.js";import"./chunk-5N7XE3I4.js";import{P as i}from"./chunk-55GWGNPZ.js";import{b as r,d as s,e as m}from"./chunk-YR4OKYBW.js";import"./chunk-2AXGMPGQ.js";import{c as a}from"./chunk-PTOVBB2H.js";import{a as e}from"./chunk-3WWMJUAY.js";var o={name:"action",help:`Usage: threatcat action [-C DIR]

The GitHub Action's entry: reads the runner's environment (GITHUB_EVENT_PATH, GITHUB_* and the INPUT_*
variables of action.yml), validates, computes the PR's surface diff, and delivers the summary comment,
review, annotations, job summary and SARIF. action.yml runs the same function from dist/action.js;
this command runs it from any workflow step (e.g. \`npx threatcat action\` with the INPUT_* variables set).
Inputs and outputs: docs/action.md.
`};async function E(d,t){let{values:n}=m(o,d,{});if(n.help)return t.stdout(o.help),r.clean;if(n.format!==void 0)throw s(o,"output goes to the runner (comments, annotations, job summary, SARIF); --format does not apply");if(!t.env.GITHUB_EVENT_PATH||!t.env.GITHUB_EVENT_NAME)throw new a("action: not running in GitHub Actions (GITHUB_EVENT_NAME and GITHUB_EVENT_PATH are not set); see docs/action.md");return c({stdout:t.stdout,stderr:t.stderr,env:t.env,cwd:i(n.C??t.cwd),now:t.now})}e(E,"actionCommand");export{E as actionCommand};
