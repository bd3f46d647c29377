import type pg from 'pg';

/**
 * The plans of the SQL the API really runs: an API instance whose connections load `auto_explain`
 * (through the connection string's startup `options`) logs every statement's executed plan as JSON.
 */
export const AUTO_EXPLAIN_OPTIONS = [
  'session_preload_libraries=auto_explain',
  'auto_explain.log_min_duration=0',
  'auto_explain.log_analyze=on',
  'auto_explain.log_buffers=on',
  'auto_explain.log_timing=on',
  'auto_explain.log_format=json',
].map((setting) => `-c ${setting}`).join(' ');

export function withAutoExplain(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.searchParams.set('options', AUTO_EXPLAIN_OPTIONS);
  return url.toString();
}

export interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Actual Total Time'?: number;
  'Rows Removed by Filter'?: number;
  'Parent Relationship'?: string;
  'Subplan Name'?: string;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

export interface CapturedPlan {
  query: string;
  durationMs: number;
  plan: PlanNode;
}

/** Splits the server log into entries and keeps auto_explain's ones. */
export function parseAutoExplain(log: string): CapturedPlan[] {
  const entries = log.split(/^(?=\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+ \[\d+\] )/m);
  const plans: CapturedPlan[] = [];
  for (const entry of entries) {
    const match = /LOG:\s+duration: ([\d.]+) ms\s+plan:\s*([\s\S]*)$/.exec(entry);
    if (!match) continue;
    try {
      const parsed = JSON.parse(match[2]) as { 'Query Text': string; Plan: PlanNode };
      plans.push({ query: parsed['Query Text'].trim(), durationMs: Number(match[1]), plan: parsed.Plan });
    } catch {
      // a log line that merely looks like a plan
    }
  }
  return plans;
}

/** Tables by estimated row count (after ANALYZE). */
export async function tableSizes(db: pg.Client): Promise<Map<string, number>> {
  const { rows } = await db.query(`SELECT relname, reltuples::float8 AS n FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace`);
  return new Map(rows.map((r) => [r.relname as string, Math.max(0, Number(r.n))]));
}

export const LARGE_TABLE_ROWS = 10_000;

/** Sequential scans of tables larger than LARGE_TABLE_ROWS anywhere in the plan (sub-plans included). */
export function largeSeqScans(plan: PlanNode, sizes: Map<string, number>): string[] {
  const found: string[] = [];
  const walk = (node: PlanNode) => {
    const table = node['Relation Name'];
    if (node['Node Type'] === 'Seq Scan' && table && (sizes.get(table) ?? 0) > LARGE_TABLE_ROWS) {
      found.push(`${table} (${Math.round(sizes.get(table)!).toLocaleString('en')} rows)`);
    }
    node.Plans?.forEach(walk);
  };
  walk(plan);
  return found;
}

/** A compact plan tree: node, relation/index, actual rows and time, rows filtered away, buffers. */
export function renderPlan(plan: PlanNode, indent = '      '): string {
  const lines: string[] = [];
  const walk = (node: PlanNode, depth: number) => {
    const on = node['Relation Name'] ? ` on ${node['Relation Name']}` : '';
    const using = node['Index Name'] ? ` using ${node['Index Name']}` : '';
    const role = node['Parent Relationship'] === 'InitPlan' || node['Parent Relationship'] === 'SubPlan' ? `[${node['Subplan Name'] ?? node['Parent Relationship']}] ` : '';
    const loops = node['Actual Loops'] ?? 1;
    const rows = node['Actual Rows'] !== undefined ? ` rows=${node['Actual Rows']}${loops > 1 ? `×${loops}` : ''}` : '';
    const time = node['Actual Total Time'] !== undefined ? ` ${(node['Actual Total Time'] * loops).toFixed(2)} ms` : '';
    const removed = node['Rows Removed by Filter'] ? ` filtered=${node['Rows Removed by Filter']}` : '';
    const buffers = (node['Shared Hit Blocks'] ?? 0) + (node['Shared Read Blocks'] ?? 0);
    lines.push(`${indent}${'  '.repeat(depth)}${depth ? '-> ' : ''}${role}${node['Node Type']}${using}${on}${rows}${removed}${time}${buffers ? ` buf=${buffers}` : ''}`);
    node.Plans?.forEach((child) => walk(child, depth + 1));
  };
  walk(plan, 0);
  return lines.join('\n');
}

/** One line of SQL for the terminal. */
export const sqlSummary = (query: string, width = 150) => {
  const flat = query.replace(/\s+/g, ' ').replace(/"(\w+)"/g, '$1');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
};
