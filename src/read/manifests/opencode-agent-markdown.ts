/**
 * OpenCode's Markdown agents: `agent/**\/*.md` or `agents/**\/*.md` in one of its config folders (a project's
 * `.opencode/`, the user's `opencode/`), each an agent named after its path whose YAML front matter (between a first
 * line `---` and the next `---` line) is its configuration, the Markdown after it its prompt. Verified:
 * anomalyco/opencode `ConfigAgent.load` (packages/opencode/src/config/agent.ts @05988800fed7), the folders of
 * `ConfigPaths.directories` (src/config/paths.ts @0bda2717dfa7) and `ConfigMarkdown.parse` (gray-matter front matter).
 */
export const OPENCODE_AGENT_MARKDOWN = /(^|\/)\.?opencode\/agents?\/(?:[^/]+\/)*[^/]+\.md$/i;

/** The top-level keys of an agent's front matter that decide which tools it may call, and whether it is loaded. */
const READ_KEYS = /^(permission|tools|disable)\s*:/;

/**
 * The part of a Markdown agent's front matter that says what its tools may do, as YAML text with every line where
 * the file has it: the opening `---`, then the `permission`, `tools` and `disable` keys with their indented lines, the
 * other lines left empty. The description, the model and the prompt are free text (OpenCode accepts front matter
 * plain YAML refuses, such as an unquoted description with a colon), and none of them bears on a tool call.
 * Undefined when the file has no front matter.
 */
export function openCodeAgentFrontMatter(text: string): string | undefined {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  if (lines[0]?.replace(/\r$/, '') !== '---') return undefined;
  const end = lines.findIndex((line, i) => i > 0 && line.replace(/\r$/, '') === '---');
  if (end < 0) return undefined;
  const out = ['---'];
  let keep = false;
  for (const line of lines.slice(1, end)) {
    // A line at the left margin starts a key; indented, blank and comment lines belong to the key above them.
    if (/^[^\s#]/.test(line)) keep = READ_KEYS.test(line);
    out.push(keep ? line : '');
  }
  return `${out.join('\n')}\n`;
}
