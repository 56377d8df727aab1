import type { Document } from 'yaml';
import { yamlLib } from './yaml-lib.js';
import { guardLineSeparators } from './yaml-line-separators.js';

/**
 * The `yaml` library writes YAML 1.2, but much of what reads a catalog besides threatcat is YAML 1.1: PyYAML (and so
 * yamllint, Ansible, a team's own scripts), Go's yaml.v2. Some strings YAML 1.2 leaves plain are something else
 * there: `yes`, `on`, `off` are booleans, `0777` octal, `1:20` a base-60 number (80), `1_000` a thousand; and
 * `:10250*` inside a flow list (a kubelet port pattern) is a syntax error, so yamllint rejected the catalog `init`
 * wrote. Such strings are quoted: every YAML reader then reads the same string. Dates stay plain: every reader
 * reads them as the same date (PyYAML as a date object), and hand-written catalogs write them so.
 */
export function guardPortable(doc: Document): void {
  guardLineSeparators(doc);
  yamlLib().visit(doc, {
    Scalar(_, node) {
      if (
        typeof node.value === 'string' &&
        (node.type === 'PLAIN' || node.type === undefined) &&
        notPortable(node.value)
      )
        node.type = 'QUOTE_DOUBLE';
    },
  });
}

/** Whether a string written plain would be read as another value, or not at all, by a YAML 1.1 parser. */
export function notPortable(s: string): boolean {
  return YAML11_NOT_STRING.some((re) => re.test(s)) || /^[:?]\S/.test(s) || s === '=' || s === '<<';
}

// PyYAML's implicit resolvers (resolver.py; yamllint reads with PyYAML), with Go yaml.v2's `y` and `n` booleans.
const YAML11_NOT_STRING = [
  /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|y|Y|n|N)$/,
  /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/,
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?|\.[0-9_]+(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
  /^(?:~|null|Null|NULL|)$/,
];
