import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import{q as t}from"./chunks/chunk-WFGCMBCL.js";import"./chunks/chunk-3WWMJUAY.js";import{parentPort as o}from"node:worker_threads";var e=o;if(e){let s=new t;e.on("message",f=>{let r=s.parse(f);e.postMessage(r,[r.kinds.buffer,r.keys.buffer,r.idWords.buffer,r.nameLengths.buffer])})}
