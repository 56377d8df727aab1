import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);

// src/render/findings-text.ts
function findingLine(f, style = {}) {
  return `${oneLine(f.file)}:${f.line}:${f.column}  ${paint(f.severity, style)}  ${f.rule}  ${oneLine(f.message)}`;
}
function renderFindingsText(findings, catalogCount, style = {}) {
  const lines = findings.map((f) => findingLine(f, style));
  lines.push(summaryLine(findings, catalogCount));
  return `${lines.join("\n")}
`;
}
function summaryLine(findings, catalogCount) {
  const count = (s) => findings.filter((f) => f.severity === s).length;
  const errors = count("error");
  const warnings = count("warning");
  const notes = count("note");
  const parts = [`${errors} error${errors === 1 ? "" : "s"}`, `${warnings} warning${warnings === 1 ? "" : "s"}`];
  if (notes) parts.push(`${notes} note${notes === 1 ? "" : "s"}`);
  const checked = `${catalogCount} catalog${catalogCount === 1 ? "" : "s"} checked`;
  return `threatcat: ${checked}, ${parts.join(", ")}${errors + warnings + notes === 0 ? ": clean" : ""}`;
}
var SGR = { error: "1;31", warning: "1;33", note: "1;36" };
function paint(severity, style) {
  return style.color ? `\x1B[${SGR[severity]}m${severity}\x1B[0m` : severity;
}
function oneLine(s) {
  return s.replace(/[\r\n]+/g, " ").replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "?");
}

export {
  findingLine,
  renderFindingsText,
  oneLine
};
