import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import{a as i}from"./chunk-3WWMJUAY.js";function r(n,e){let s={catalogs:e,findings:n.map(t)};return`${JSON.stringify(s,null,2)}
`}i(r,"renderFindingsJson");function t(n){return{rule:n.rule,severity:n.severity,file:n.file,line:n.line,column:n.column,message:n.message,...n.subject?{subject:n.subject}:{}}}i(t,"findingJson");export{r as a,t as b};
