import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import{y as e}from"./chunks/chunk-OLQNBDSL.js";import"./chunks/chunk-3WWMJUAY.js";import{parentPort as a}from"node:worker_threads";var t=a;if(t){let s=new e;t.on("message",o=>{let r=s.parse(o);t.postMessage(r,[r.kinds.buffer,r.keys.buffer,r.idWords.buffer])})}
