/**
 * Where `value` is spelled inside the node that starts at `at` (a key's block value, or a list item): the exact
 * item of a list the readers locate as a whole (`args:`, `verbs:`, `toolNames:`). Undefined when it is on the
 * node's own line (the reader's position is already exact) or not found in the node.
 */
export function valueFinder(
  headText: (file: string) => string | undefined,
  baseText: (file: string) => string | undefined,
) {
  const cache = new Map<string, string[]>();
  return (at: { file: string; line: number; column: number }, value: string, state: 'base' | 'head') => {
    if (value.length === 0) return undefined;
    const key = `${state}\0${at.file}`;
    let lines = cache.get(key);
    if (!lines) {
      const text = (state === 'head' ? headText : baseText)(at.file);
      if (text === undefined) return undefined;
      lines = text.split('\n');
      cache.set(key, lines);
    }
    const first = lines[at.line - 1];
    if (first === undefined) return undefined;
    const indent = (l: string) => l.length - l.trimStart().length;
    // A list item ("- apiGroups: …") ends at the next line indented at most as its dash; a key's value at the
    // next line indented less, or as much unless it is an item of a sequence written at the key's indentation.
    const dash = /^\s*- /.test(first) && at.column - 1 > first.indexOf('-');
    const base = dash ? first.indexOf('-') : indent(first);
    const word = new RegExp(`(^|[^A-Za-z0-9_./-])${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z0-9_./-])`);
    for (let i = at.line - 1; i < lines.length; i++) {
      const l = lines[i];
      if (i > at.line - 1 && l.trim() !== '' && !l.trimStart().startsWith('#')) {
        const n = indent(l);
        if (dash ? n <= base : n < base || (n === base && !/^\s*- /.test(l))) break;
      }
      const m = word.exec(l);
      if (!m) continue;
      if (i === at.line - 1) return undefined;
      return { file: at.file, line: i + 1, column: m.index + m[1].length + 1 };
    }
    return undefined;
  };
}
