import type { ManifestObject } from '../../model/manifest.js';
import type { FieldReader } from './fields.js';
import { type ClientPolicy, approve, emptyApprovals } from './mcp-client-approvals.js';

/**
 * Goose's `GOOSE_MODE` beside the `extensions` of its `config.yaml` (verified: block/goose `GooseMode`,
 * crates/goose/src/config/goose_mode.rs, whose default is `Auto`; `PermissionInspector::inspect`,
 * crates/goose/src/permission/permission_inspector.rs @05ee410a1b14):
 *
 * - `auto` (also when unset) and its newer alias `yolo`: every tool call is approved ("Auto mode - all tools
 *   approved"), whatever `permission.yaml` says.
 * - `approve` (alias `standard`) asks before every call; `smart_approve` (alias `guarded`) asks but for tools annotated
 *   read-only or judged so by a model at run time, which no file names; `readonly`: read-only tools only. None of them
 *   approves a tool this file names. Per-tool `permission.yaml` entries (approve modes only) are not read.
 * - `chat`: no tool calls at all, so every tool is denied.
 */
export function goosePolicy(o: ManifestObject, f: FieldReader, file: string): ClientPolicy | undefined {
  if (!/(^|\/)\.?goose\/config\.ya?ml$/i.test(file.replace(/\\/g, '/'))) return undefined;
  const mode = f.str(o, ['GOOSE_MODE']);
  const effective = mode === undefined || mode === 'yolo' ? 'auto' : mode;
  const setting = `${o.position.file}#GOOSE_MODE`;
  return {
    governs: (section) => section.flavour === 'goose',
    approvals: (_name, entry) => {
      const out = emptyApprovals();
      if (mode !== undefined) out.settings = { [setting]: o.locate(['GOOSE_MODE']) };
      if (effective === 'auto') {
        const at = mode !== undefined ? o.locate(['GOOSE_MODE']) : entry;
        approve(out, '*', at);
        if (mode !== undefined) out.conditions = { [setting]: at };
      } else if (mode !== undefined) out.withheld = { '*': o.locate(['GOOSE_MODE']) };
      return out;
    },
    denials: () => {
      const out = emptyApprovals();
      if (effective === 'chat') approve(out, '*', o.locate(['GOOSE_MODE']));
      return out;
    },
  };
}
