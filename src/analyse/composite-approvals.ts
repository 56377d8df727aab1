import type { SurfaceMcpServer } from '../model/surface.js';

/**
 * Which tool calls of a vMCP's composite tools stopped or started waiting for a person's yes between two states
 * (`askedSteps`, `unaskedSteps`, `preludeSteps`, `<tool>/<step>`: toolhive-elicitation.ts). Pure.
 *
 * `lost`: a call asked in base and not in head (its `dependsOn` on the question dropped, the question deleted or
 * turned into one the workflow goes on past), or a call added, in a composite tool that asked for some call, that is
 * made while or after the person is asked without waiting for the yes. `gained`: a call not asked in base and asked
 * in head. A call added before any question, or deleted, is neither. Keyed by composite tool.
 */
export interface CompositeGateChange {
  lost: string[];
  gained: string[];
}

export function compositeGateChanges(bs: SurfaceMcpServer, hs: SurfaceMcpServer): Map<string, CompositeGateChange> {
  const out = new Map<string, CompositeGateChange>();
  const baseAsked = new Set(bs.askedSteps ?? []);
  const baseOther = new Set([...(bs.unaskedSteps ?? []), ...(bs.preludeSteps ?? [])]);
  const askedTools = new Set([...baseAsked].map(toolOf));
  const change = (t: string) => {
    const c = out.get(t) ?? { lost: [], gained: [] };
    out.set(t, c);
    return c;
  };
  for (const step of hs.unaskedSteps ?? []) {
    const added = !baseAsked.has(step) && !baseOther.has(step);
    if (baseAsked.has(step) || (added && askedTools.has(toolOf(step)))) change(toolOf(step)).lost.push(step);
  }
  for (const step of hs.preludeSteps ?? []) if (baseAsked.has(step)) change(toolOf(step)).lost.push(step);
  for (const step of hs.askedSteps ?? []) if (baseOther.has(step)) change(toolOf(step)).gained.push(step);
  return out;
}

/** The composite tools a state lists calls of. */
export function compositeToolsOf(s: SurfaceMcpServer): Set<string> {
  return new Set([...(s.askedSteps ?? []), ...(s.unaskedSteps ?? []), ...(s.preludeSteps ?? [])].map(toolOf));
}

/** The composite tool of a `<tool>/<step>` entry (a step id holds no `/`; a tool name may). */
export function toolOf(step: string): string {
  return step.slice(0, step.lastIndexOf('/'));
}
