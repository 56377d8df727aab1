import type { NodePath } from '../../model/catalog.js';

/**
 * Where VS Code finds the setting `key` (`chat.tools.global.autoApprove`) in one `settings.json`: the path of the node
 * it reads, or undefined when the file does not set it. VS Code accepts a setting written as one dotted key, as nested
 * objects (`{"chat": {"tools": {"global": {"autoApprove": true}}}}`) or any mix (`{"chat.tools": {"global": …}}`), so
 * reading only the dotted key misses the others. Verified in VS Code's source as the stored index holds it
 * (src/vs/platform/configuration/common/configuration.ts, configurationModels.ts): each top-level key, in file
 * order, is split at its dots and its value placed at that path of one tree (`addToValueTree`), a later key replacing
 * whatever an earlier one put at or below the same path; inside a value, keys are not split; a setting is then read by
 * walking the tree (`getConfigurationValue`). So the last top-level key that is the setting or one of its dotted
 * prefixes decides, and the setting is whatever its value holds at the remaining segments (nothing, when it holds
 * none: that key replaced the earlier ones).
 *
 * `registeredKeyDropped`: the file's scope does not allow the setting (an application-machine setting in a workspace),
 * so VS Code drops the top-level key that is exactly the setting's name before building the tree
 * (`ConfigurationModelParser.filter`/`shouldInclude`, which look at top-level keys only). A nested or partly dotted
 * form has a top-level key that is no registered setting, so it is kept, and read.
 */
export function vsCodeSettingPath(
  body: Record<string, unknown>,
  key: string,
  registeredKeyDropped = false,
): NodePath | undefined {
  let found: NodePath | undefined;
  for (const top of Object.keys(body)) {
    if (top === key) {
      if (!registeredKeyDropped) found = body[top] === undefined ? undefined : [top];
      continue;
    }
    if (!key.startsWith(`${top}.`)) continue;
    const rest = key.slice(top.length + 1).split('.');
    let value: unknown = body[top];
    for (const seg of rest) value = isMap(value) && Object.hasOwn(value, seg) ? value[seg] : undefined;
    found = value === undefined ? undefined : [top, ...rest];
  }
  return found;
}

function isMap(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
