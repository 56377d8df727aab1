import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);

// src/model/surface-event.ts
var SURFACE_EVENT_TYPES = [
  "mcp-connection-added",
  "mcp-connection-removed",
  "model-version-updated",
  "tool-surface-modified",
  "autonomy-tier-changed",
  "permissions-changed"
];

export {
  SURFACE_EVENT_TYPES
};
