import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);

// src/render/findings-json.ts
function renderFindingsJson(findings, catalogs) {
  const out = {
    catalogs,
    findings: findings.map(findingJson)
  };
  return `${JSON.stringify(out, null, 2)}
`;
}
function findingJson(f) {
  return {
    rule: f.rule,
    severity: f.severity,
    file: f.file,
    line: f.line,
    column: f.column,
    message: f.message,
    ...f.subject ? { subject: f.subject } : {}
  };
}

export {
  renderFindingsJson,
  findingJson
};
