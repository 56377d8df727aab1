/** A path into a YAML document: keys and sequence indexes. */
export type YamlPath = ReadonlyArray<string | number>;

export type YamlEdit =
  /** Set the value at `path` (scalar, mapping or sequence); a missing last key is added (after `after`, else last). */
  | {
      op: 'set';
      path: YamlPath;
      value: unknown;
      after?: string;
      /** When the key is added: flow style (`{ a: 1 }`) if this sibling key's value is written that way. */
      flowLike?: string;
      /** When the key is added: a comment on its line (why a tool wrote it). */
      comment?: string;
      compact?: boolean;
    }
  /**
   * Append an item to the sequence at `path` (created when the key is missing or empty); in a block sequence, with
   * `comment` on a line of its own before it (why a tool added it).
   */
  | { op: 'append'; path: YamlPath; value: unknown; compact?: boolean; comment?: string }
  /**
   * The comment at the end of the line of the value at `path` (of the flow collection holding it, when it is in
   * one), replaced or added: a tool's reason beside a value it derived, rewritten with the value.
   */
  | {
      op: 'comment';
      path: YamlPath;
      comment: string;
      /** Only over this comment (what the tool wrote there before) or none: a person's own words stay. */
      replaces?: string;
    };
// compact: write the new value's short lists and small maps on one line, as `threatcat init` writes a catalog.

/** Edits to one catalog (or other YAML file), by repository-relative path. */
export interface FileEdits {
  file: string;
  edits: YamlEdit[];
}
