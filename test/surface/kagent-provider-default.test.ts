import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSurface } from '../../src/read/manifests/surface.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import { diffSurfaces } from '../../src/analyse/surface-diff.js';
import type { AgentSurface } from '../../src/model/surface.js';

/** ModelConfig `spec.provider` defaults to OpenAI in every served version (kagent 5229184e280a modelconfig_types.go). */
const YAML = `apiVersion: kagent.dev/v1alpha2
kind: Agent
metadata: {name: a, namespace: agents}
spec:
  type: Declarative
  declarative:
    modelConfig: m
    systemMessage: Help.
---
apiVersion: kagent.dev/v1alpha2
kind: ModelConfig
metadata: {name: m, namespace: agents}
spec:
  provider: OpenAI
  model: gpt-4.1
`;

const surface = (yaml: string) => readSurface([readManifestText(yaml, 'agents/a.yaml')]).agents[0] as AgentSurface;

test("a ModelConfig's omitted provider is kagent's default, OpenAI: writing it out or dropping it is no change", () => {
  const implicit = YAML.replace('  provider: OpenAI\n', '');
  assert.equal(surface(implicit).models[0].provider, 'OpenAI');
  assert.deepEqual(diffSurfaces(surface(YAML), surface(implicit)), []);
  assert.deepEqual(diffSurfaces(surface(implicit), surface(YAML)), []);
  // From the default to another provider is a change, at the provider line.
  const other = YAML.replace('provider: OpenAI', 'provider: Anthropic');
  assert.deepEqual(
    diffSurfaces(surface(implicit), surface(other)).map((e) => [e.type, e.line, e.before, e.after]),
    [
      [
        'model-version-updated',
        other.split('\n').indexOf('  provider: Anthropic') + 1,
        { provider: 'OpenAI', model: 'gpt-4.1' },
        { provider: 'Anthropic', model: 'gpt-4.1' },
      ],
    ],
  );
});
