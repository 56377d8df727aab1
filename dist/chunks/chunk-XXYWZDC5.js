import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);

// src/model/catalog.ts
function asCatalogDoc(loaded) {
  return loaded;
}

export {
  asCatalogDoc
};
