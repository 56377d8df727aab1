import pkg from '../package.json' with { type: 'json' };

/** threatcat's version: package.json's, so a release changes one place. */
export const VERSION: string = pkg.version;

/** The GitHub repository releases are tagged in (`v<version>`). */
export const REPOSITORY = 'threatcat/threatcat';

/**
 * Where the published JSON Schemas live: the raw files at this release's tag, so an editor gets the schema of the
 * threatcat that wrote the catalog, and a catalog keeps working when a later release changes the format. Every
 * schema's `$id` is its URL here (test/editor.test.ts holds them to it).
 */
export const SCHEMA_BASE_URL = `https://raw.githubusercontent.com/${REPOSITORY}/v${VERSION}/schema/`;
export const CATALOG_SCHEMA_URL = `${SCHEMA_BASE_URL}catalog.schema.json`;
