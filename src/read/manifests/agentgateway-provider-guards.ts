import type { NodePath } from '../../model/catalog.js';
import type { Position } from '../../model/finding.js';
import type { ManifestObject } from '../../model/manifest.js';
import type { ReadContext } from './kagent.js';

/**
 * The checks an agentgateway LLM provider itself asks its cloud to run on every request, apart from the policies'
 * prompt guards: a Bedrock provider's guardrail (the CRD's `bedrock.guardrail {identifier, version}`, the config
 * file's `bedrock.guardrailIdentifier` / `guardrailVersion`) and an OpenAI provider's inline moderation
 * (`openai.moderation {model, policy {input, output {mode}}}`; the config's `openAI.moderation`), which refuses
 * flagged input or output in mode `Block` (`Score` only reports). agentgateway
 * controller/api/v1alpha1/agentgateway/agentgateway_backend_types.go `BedrockSettings.Guardrail`,
 * `OpenAIConfig.Moderation`, crates/llm/src/{bedrock,openai}.rs `Provider` and schema/config.json @75b4e6ce6e0e.
 * Each is one of the model's `guardrails`: one dropped lets more prompts or answers through.
 *
 * `B` is the path of the provider's own block (`…provider.bedrock`, `…provider.openAI`, or an AgentgatewayModel's
 * `spec.bedrock`), `kind` its key.
 */
export function providerGuardrails(
  o: ManifestObject,
  B: NodePath,
  kind: string,
  ctx: ReadContext,
): Array<[string, Position]> {
  const f = ctx.fields;
  const out: Array<[string, Position]> = [];
  const k = kind.toLowerCase();
  if (k === 'bedrock') {
    const G = [...B, 'guardrail'];
    const id = f.str(o, [...G, 'identifier']) ?? f.str(o, [...B, 'guardrailIdentifier']);
    if (id !== undefined) {
      const version = f.str(o, [...G, 'version']) ?? f.str(o, [...B, 'guardrailVersion']) ?? '?';
      const at = f.raw(o, G) !== undefined ? G : [...B, 'guardrailIdentifier'];
      out.push([`bedrock guardrail ${id}@${version}`, o.locate(at)]);
    }
  } else if (k === 'openai') {
    const M = [...B, 'moderation'];
    if (f.raw(o, M) === undefined) return out;
    const model = f.str(o, [...M, 'model']) ?? 'omni-moderation-latest';
    for (const [side, key] of [
      ['request', 'input'],
      ['response', 'output'],
    ] as const) {
      const P = [...M, 'policy', key, 'mode'];
      if (f.str(o, P)?.toLowerCase() === 'block') out.push([`${side} inline openAI moderation ${model}`, o.locate(P)]);
    }
  }
  return out;
}
