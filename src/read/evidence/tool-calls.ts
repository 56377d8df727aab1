import { normTime } from './summary-builder.js';
import { BadRecord, isObject, str, type EvidenceReader, type ReadContext } from './reader.js';

export function isToolCall(o: Record<string, unknown>): boolean {
  return typeof o.tool === 'string' && typeof o.workload === 'string' && 'time' in o;
}

/**
 * threatcat's tool-call format (docs/ingest.md), one JSON object per line:
 * {"time": RFC 3339, "workload": "<namespace>/<deployment or agent>", "server": MCP server name,
 *  "tool": tool name, "outcome": "ok" | "error" | "denied" | …, "source": "sdk-callback" (default) | "mcp-log"}.
 */
export function toolCallReader(): EvidenceReader {
  return {
    name: 'tool-calls',
    read(o: unknown, ctx: ReadContext) {
      if (!isObject(o) || !isToolCall(o)) return new BadRecord('not a tool call (time, workload, tool)');
      const time = normTime(o.time);
      if (!time) return new BadRecord('tool call without a valid time');
      const workload = str(o.workload);
      if (!/^[^/\s]+\/[^/\s]+$/.test(workload))
        return new BadRecord(`workload '${workload}' is not "<namespace>/<name>"`);
      const source = o.source === 'mcp-log' ? 'mcp-log' : 'sdk-callback';
      if (o.source !== undefined && o.source !== 'mcp-log' && o.source !== 'sdk-callback') {
        return new BadRecord(`source '${String(o.source)}' is not sdk-callback or mcp-log`);
      }
      ctx.builder.add(
        'tool',
        source,
        {
          workload,
          server: str(o.server),
          tool: str(o.tool),
          outcome: str(o.outcome) || 'ok',
        },
        time,
      );
      return 1;
    },
  };
}
