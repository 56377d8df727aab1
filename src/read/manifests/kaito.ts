import type { ManifestObject } from '../../model/manifest.js';
import type { SurfaceInventory } from '../../model/surface.js';
import { groupOf, refOf } from './fields.js';
import type { ReadContext } from './kagent.js';

/** KAITO Workspace (kaito.sh): no `spec`; the model is `inference.preset.name`. Facts: formats.md §3.6. */
export function readKaito(o: ManifestObject, ctx: ReadContext, out: SurfaceInventory): void {
  if (o.kind !== 'Workspace' || groupOf(o.apiVersion) !== 'kaito.sh') return;
  const f = ctx.fields;
  const ns = o.namespace ?? 'default';
  if (f.raw(o, ['inference']) === undefined && f.raw(o, ['tuning']) === undefined) {
    // A common mistake copied from blog posts: nesting the fields under spec, where KAITO ignores them.
    const hint =
      f.raw(o, ['spec']) !== undefined ? ' (KAITO Workspace has no spec: inference and resource are top-level)' : '';
    f.problem(o.position, `Workspace ${o.name}: no inference or tuning section${hint}`);
    return;
  }
  if (f.raw(o, ['inference']) === undefined) return;
  const preset = f.str(o, ['inference', 'preset', 'name']);
  const image = f.str(o, ['inference', 'template', 'spec', 'containers', 0, 'image']);
  // Adapters change what the model does: they are part of its version.
  const adapters = (f.list(o, ['inference', 'adapters']) ?? []).map((_, i) => {
    const A = ['inference', 'adapters', i, 'source'];
    return [f.str(o, [...A, 'name']), f.str(o, [...A, 'image'])].filter(Boolean).join('=');
  });
  out.models.push({
    ref: refOf(o, ns),
    use: 'serving',
    position: o.position,
    definedAt: o.position,
    provider: 'KAITO',
    ...(preset !== undefined ? { model: preset } : {}),
    ...(image !== undefined ? { runtime: image } : {}),
    ...(adapters.length > 0 ? { revision: `adapters: ${adapters.join(', ')}` } : {}),
    at: {
      model: o.locate(preset !== undefined ? ['inference', 'preset', 'name'] : ['inference', 'template']),
      revision: o.locate(['inference', 'adapters']),
    },
  });
}
