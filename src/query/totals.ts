// "How much has 天津 put in?": the figures stated on the aid and investment edges of an
// entity and of what belongs to it (its command, its districts, its hospitals), as donor
// or as recipient, by kind and recipient, each with its evidence. Figures are added up
// only when no two of them can overlap; otherwise the summary says why they are not.
import { isoEnd, isoStart } from '../extract/iso-date.ts';
import type { KgGraph } from '../graph/build.ts';
import { AMOUNT_KINDS } from '../types.ts';
import type { AmountFact, AmountKind, Evidence, SentenceTime } from '../types.ts';
import { nodesWithin } from './nodes-within.ts';
import { resolveName } from './resolve-name.ts';
import { graphInWindow } from './time-window.ts';
import type { TimeWindow } from './time-window.ts';

export interface TotalsParams {
  of: string;
  window?: TimeWindow;
}

type Role = 'donor' | 'recipient';
type Carrier = 'supports' | 'invests_in';

/** One stated figure; a figure one sentence gives for several edges is one fact. */
export interface TotalsFact {
  kind: AmountKind;
  value: number;
  unit: string;
  asWritten: string;
  approx: boolean;
  period?: SentenceTime;
  /** The entity asked about (or a member of it) gave it or received it. */
  role: Role;
  /** Aid (supports) or investment (invests_in): never added together. */
  relation: Carrier;
  donors: string[];
  recipients: string[];
  /** Keys of the edges that carry it. */
  edges: string[];
  evidence: Evidence[];
}

export interface KindSummary {
  role: Role;
  relation: Carrier;
  kind: AmountKind;
  unit: string;
  /** Figures of this kind. */
  count: number;
  /** Their sum, only when none can overlap another. */
  total?: number;
  /** Some figure is approximate (余, 多, 近…): the total is too. */
  approx: boolean;
  /** Why the figures are or are not added. */
  note: string;
}

export interface TotalsResult {
  of: string;
  facts: TotalsFact[];
  summary: KindSummary[];
}

const CARRIERS: readonly Carrier[] = ['supports', 'invests_in'];

export function findTotals(graph: KgGraph, params: TotalsParams): TotalsResult {
  const of = resolveName(graph, params.of);
  const view = graphInWindow(graph, params.window);
  const members = new Set([of, ...nodesWithin(view, of)]);

  const facts = new Map<string, TotalsFact>();
  const add = (edge: string, relation: Carrier, source: string, target: string, amount: AmountFact, role: Role) => {
    const first = amount.evidence[0];
    const id = `${role}|${relation}|${amount.kind}|${amount.value}|${amount.unit}|${first ? `${first.article}:${first.start}` : edge}`;
    let fact = facts.get(id);
    if (!fact) {
      const { evidence: _evidence, ...figure } = amount;
      fact = { ...figure, role, relation, donors: [], recipients: [], edges: [], evidence: [] };
      facts.set(id, fact);
    }
    if (!fact.donors.includes(source)) fact.donors.push(source);
    if (!fact.recipients.includes(target)) fact.recipients.push(target);
    fact.edges.push(edge);
    for (const e of amount.evidence) if (!fact.evidence.some((x) => x.article === e.article && x.start === e.start)) fact.evidence.push(e);
  };
  const carrier = (type: string) => CARRIERS.find((c) => c === type);
  for (const member of members) {
    view.forEachOutEdge(member, (edge, attributes, source, target) => {
      const relation = carrier(attributes.type);
      if (relation) for (const a of attributes.amounts ?? []) add(edge, relation, source, target, a, 'donor');
    });
    view.forEachInEdge(member, (edge, attributes, source, target) => {
      // Aid between two members (天津市 → a 天津 hospital) is not money coming in.
      const relation = carrier(attributes.type);
      if (relation && !members.has(source)) for (const a of attributes.amounts ?? []) add(edge, relation, source, target, a, 'recipient');
    });
  }
  const list = [...facts.values()].sort(
    (a, b) =>
      a.role.localeCompare(b.role) ||
      b.relation.localeCompare(a.relation) ||
      AMOUNT_KINDS.indexOf(a.kind) - AMOUNT_KINDS.indexOf(b.kind) ||
      b.value - a.value,
  );
  return { of, facts: list, summary: summarise(view, list) };
}

/** Per role, relation, kind and unit: the sum when no two figures can overlap, else why not. */
function summarise(graph: KgGraph, facts: TotalsFact[]): KindSummary[] {
  const groups = new Map<string, TotalsFact[]>();
  for (const f of facts) {
    const id = `${f.role}|${f.relation}|${f.kind}|${f.unit}`;
    groups.set(id, [...(groups.get(id) ?? []), f]);
  }
  return [...groups.values()].map((group) => {
    const { role, relation, kind, unit } = group[0]!;
    const head = { role, relation, kind, unit, count: group.length, approx: group.some((f) => f.approx) };
    if (group.length === 1) return { ...head, total: group[0]!.value, note: 'one figure' };
    const clash = firstOverlap(graph, group);
    if (clash) return { ...head, note: `not added: ${clash[0].asWritten} and ${clash[1].asWritten} may overlap (${clash[2]})` };
    return { ...head, total: group.reduce((sum, f) => sum + f.value, 0), note: `sum of ${group.length} figures for separate recipients or periods` };
  });
}

/** Two figures that may count the same aid: related recipients and periods that meet or are not stated. */
function firstOverlap(graph: KgGraph, facts: TotalsFact[]): [TotalsFact, TotalsFact, string] | null {
  for (let i = 0; i < facts.length; i++) {
    for (let j = i + 1; j < facts.length; j++) {
      const a = facts[i]!;
      const b = facts[j]!;
      if (!recipientsRelated(graph, a.recipients, b.recipients)) continue;
      if (!a.period || !b.period) return [a, b, 'same or nested recipients, a period not stated'];
      if (periodsMeet(a.period, b.period)) return [a, b, 'same or nested recipients, overlapping periods'];
    }
  }
  return null;
}

function recipientsRelated(graph: KgGraph, a: string[], b: string[]): boolean {
  return a.some((x) => b.some((y) => x === y || liesIn(graph, x, y) || liesIn(graph, y, x)));
}

// Whether `node` lies in `area` (阿克陶县人民医院 in 阿克陶县 in 克州), following located_in / part_of.
function liesIn(graph: KgGraph, node: string, area: string): boolean {
  const seen = new Set<string>([node]);
  const queue = [node];
  while (queue.length > 0) {
    const current = queue.shift()!;
    let found = false;
    graph.forEachOutEdge(current, (_edge, attributes, _source, target) => {
      if (found || (attributes.type !== 'located_in' && attributes.type !== 'part_of')) return;
      if (target === area) found = true;
      else if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    });
    if (found) return true;
  }
  return false;
}

function periodsMeet(a: SentenceTime, b: SentenceTime): boolean {
  const end = (t: SentenceTime) => isoEnd(t.to ?? '9999');
  return isoStart(a.from) <= end(b) && isoStart(b.from) <= end(a);
}
