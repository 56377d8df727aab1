import type { ManifestObject } from '../../model/manifest.js';
import { isGooseRecipe } from './manifest-file.js';
import type { ReadContext } from './kagent.js';
import { type ClientPolicy, approve, emptyApprovals, mergeApprovals } from './mcp-client-approvals.js';
import { goosePermissions } from './mcp-client-goose-permissions.js';

/**
 * Goose's `GOOSE_MODE` beside the `extensions` of its `config.yaml` (verified: block/goose `GooseMode`,
 * crates/goose/src/config/goose_mode.rs, whose default is `Auto`; `PermissionInspector::inspect`,
 * crates/goose/src/permission/permission_inspector.rs @05ee410a1b14):
 *
 * - `auto` (also when unset) and its newer alias `yolo`: every tool call is approved ("Auto mode - all tools
 *   approved"), whatever `permission.yaml` says.
 * - `approve` (alias `standard`) asks before every call; `smart_approve` (alias `guarded`) asks but for tools annotated
 *   read-only or judged so by a model at run time, which no file names; `readonly`: read-only tools only. None of them
 *   approves a tool this file names. In `approve` and `smart_approve` the user's per-tool decisions in the
 *   `permission.yaml` beside this file come first (mcp-client-goose-permissions.ts).
 * - `chat`: no tool calls at all, so every tool is denied.
 */
export function goosePolicy(o: ManifestObject, ctx: ReadContext, file: string): ClientPolicy | undefined {
  if (!/(^|\/)\.?goose\/config\.ya?ml$/i.test(file.replace(/\\/g, '/'))) return undefined;
  const f = ctx.fields;
  const mode = f.str(o, ['GOOSE_MODE']);
  const effective = mode === undefined || mode === 'yolo' ? 'auto' : mode;
  const setting = `${o.position.file}#GOOSE_MODE`;
  const perTool = PER_TOOL_MODES.has(effective) ? goosePermissions(o, ctx, file) : undefined;
  return {
    governs: (section) => section.flavour === 'goose',
    approvals: (name, entry) => {
      const out = emptyApprovals();
      if (mode !== undefined) out.settings = { [setting]: o.locate(['GOOSE_MODE']) };
      if (effective === 'auto') {
        const at = mode !== undefined ? o.locate(['GOOSE_MODE']) : entry;
        approve(out, '*', at);
        if (mode !== undefined) out.conditions = { [setting]: at };
      } else if (perTool) mergeApprovals(out, perTool.approvals(name));
      else if (mode !== undefined) out.withheld = { '*': o.locate(['GOOSE_MODE']) };
      return out;
    },
    denials: (name) => {
      const out = emptyApprovals();
      if (effective === 'chat') approve(out, '*', o.locate(['GOOSE_MODE']));
      else if (perTool) return perTool.denials(name);
      return out;
    },
  };
}

/** The modes in which Goose reads the user's per-tool permissions first (with their aliases). */
const PER_TOOL_MODES = new Set(['approve', 'standard', 'smart_approve', 'guarded']);

/**
 * A Goose recipe's extensions run in the Goose mode of whoever runs the recipe (`GOOSE_MODE` of their config or
 * environment, not the recipe's: verified, block/goose `Recipe`, crates/goose/src/recipe/mod.rs, has no mode), whose
 * default is `auto`: every tool approved, located at the extension's item, as a `config.yaml` without `GOOSE_MODE`.
 */
export function gooseRecipePolicy(o: ManifestObject): ClientPolicy | undefined {
  if (!isGooseRecipe(o.body)) return undefined;
  return {
    governs: (section) => section.flavour === 'goose' && section.shape === 'list',
    approvals: (_name, entry) => {
      const out = emptyApprovals();
      approve(out, '*', entry);
      return out;
    },
    denials: () => emptyApprovals(),
  };
}
