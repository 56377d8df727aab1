import type { ManifestObject } from '../../model/manifest.js';
import type { FieldReader } from './fields.js';
import type { ReadContext } from './kagent.js';
import { MCP_CLIENT_CONFIG } from './manifest-file.js';
import { type Approvals, approve, emptyApprovals } from './mcp-client-approvals.js';

/**
 * Goose's `permission.yaml`, beside its `config.yaml` (both in Goose's config folder): per-tool decisions a person
 * made, kept by category. Verified: block/goose `PermissionManager` and `PermissionConfig`
 * (crates/goose/src/config/permission.rs @0865f959f832), `PermissionInspector::inspect`
 * (crates/goose/src/permission/permission_inspector.rs @05ee410a1b14), the tool names of `ExtensionManager`
 * (crates/goose/src/agents/extension_manager.rs @005a5658f390) and `ExtensionConfig::key`:
 *
 * - Only the `user` category decides a call: `always_allow` runs the tool without asking, `never_allow` refuses it,
 *   `ask_before` asks; a tool in `never_allow` is refused even when another list names it too. (`smart_approve` is
 *   Goose's own cache of tools a model judged not read-only: it only ever asks, so it approves nothing.)
 * - The lists are read in the `approve` and `smart_approve` modes only (and their aliases): `auto` allows every call
 *   and `chat` makes none, whatever the file says.
 * - A tool is named `<extension>__<tool>`, the extension being its `name` with whitespace dropped, characters other
 *   than letters, digits, `_` and `-` as `_`, lower-cased. Names are compared exactly (no globs).
 */
export interface GoosePermissions {
  /** The extension's tools in `user.always_allow` (and not in `never_allow`), each at its item. */
  approvals(extension: string): Approvals;
  /** The extension's tools in `user.never_allow`, each at its item. */
  denials(extension: string): Approvals;
}

/** Reads the permissions' lists for their types alone, so a malformed one is reported with no config beside it. */
export function checkGoosePermissions(o: ManifestObject, f: FieldReader): void {
  if (f.map(o, ['user']) === undefined) return;
  for (const list of LISTS) f.strings(o, ['user', list]);
}

const LISTS = ['always_allow', 'ask_before', 'never_allow'] as const;

/** The permissions file in the folder of Goose's `config.yaml` (`file`), when the manifests hold one. */
export function goosePermissions(config: ManifestObject, ctx: ReadContext, file: string): GoosePermissions | undefined {
  const path = file.replace(/\\/g, '/');
  const folder = path.slice(0, path.lastIndexOf('/') + 1);
  const perm = ctx.index
    .ofKind(MCP_CLIENT_CONFIG.kind)
    .find(
      (p) =>
        p.apiVersion === MCP_CLIENT_CONFIG.apiVersion &&
        p.position.file.replace(/\\/g, '/').toLowerCase() === `${folder}permission.yaml`.toLowerCase(),
    );
  if (!perm) return undefined;
  const f = ctx.fields;
  const listed = (list: string) => f.strings(perm, ['user', list]) ?? [];
  const never = new Set(listed('never_allow'));
  const prefixOf = (extension: string) => {
    const name = f.raw(config, ['extensions', extension, 'name']);
    return `${toolKey(typeof name === 'string' ? name : extension)}__`;
  };
  /** The extension's tools in one list, each at its item. */
  const toolsIn = (list: string, extension: string, keep: (entry: string) => boolean): Approvals => {
    const out = emptyApprovals();
    const prefix = prefixOf(extension);
    listed(list).forEach((entry, i) => {
      if (entry.startsWith(prefix) && entry.length > prefix.length && keep(entry))
        approve(out, entry.slice(prefix.length), perm.locate(['user', list, i]));
    });
    return out;
  };
  return {
    approvals: (extension) => {
      const out = toolsIn('always_allow', extension, (entry) => !never.has(entry));
      // A tool taken out of `always_allow` is located at the list that no longer names it; one moved to another
      // list, at its new item.
      const where = `${perm.position.file}#user.always_allow`;
      if (f.raw(perm, ['user', 'always_allow']) !== undefined)
        out.settings = { [where]: perm.locate(['user', 'always_allow']) };
      out.conditions = Object.fromEntries(out.tools.map((t) => [`${where} = ${t}`, out.at[t]]));
      const withheld: Record<string, NonNullable<Approvals['withheld']>[string]> = {};
      for (const list of ['ask_before', 'never_allow']) {
        const held = toolsIn(list, extension, () => true);
        for (const t of held.tools) withheld[t] ??= held.at[t];
      }
      out.withheld = withheld;
      return out;
    },
    denials: (extension) => toolsIn('never_allow', extension, () => true),
  };
}

/** Goose's extension key (`name_to_key`, and `normalize` for the tool prefix): the two agree on every name. */
function toolKey(name: string): string {
  return name
    .replace(/\s/gu, '')
    .replace(/[^A-Za-z0-9_-]/gu, '_')
    .toLowerCase();
}
