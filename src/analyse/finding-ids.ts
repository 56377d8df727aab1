/** Finding ids that are not semantic rules (those live in rules/); their metadata is in registry.ts. */
export const SCHEMA_RULE = 'schema';
export const MANIFEST_RULE = 'manifest-syntax';
export const MANIFEST_NOT_RENDERED = 'manifest-not-rendered';
export const UNREADABLE_INPUT = 'unreadable-input';
export const REOPEN_PENDING = 'reopen-pending';
export const THREAT_REOPENED = 'threat-reopened';
export const EVIDENCE_INVALIDATED = 'evidence-invalidated';
export const MALFORMED_RECORD = 'malformed-record';
export const UNCOVERED_AGENT = 'uncovered-agent';
