// What the gazetteer adds to an article's graph: the endpoints of relations that
// only the gazetteer knows, the administrative chain above every place
// (located_in, without evidence), and the short forms of every place.

import type { Relation } from '../types.ts';
import type { EntitySet } from './collect-entities.ts';
import { getGazetteer, type Division } from './gazetteer.ts';

export function addAdministrativeTree(entities: EntitySet, relations: Map<string, Relation>): void {
  const gazetteer = getGazetteer();
  // Endpoints that only the gazetteer or a name knows (南昌市 in 南昌大学).
  for (const r of relations.values()) {
    if (!entities.has(r.source)) entities.add(r.source, gazetteer.get(r.source)?.type ?? 'agency', 0);
    if (!entities.has(r.target)) entities.add(r.target, gazetteer.get(r.target)?.type ?? 'agency', 0);
  }
  const linked = new Set<string>();
  for (const entity of entities.values()) {
    let child = entity.name;
    for (const ancestor of ancestorsOf(entity.name)) {
      if (linked.has(child)) break; // the rest of this chain is in already
      linked.add(child);
      entities.add(ancestor.name, ancestor.type, 0);
      const key = `${child}|located_in|${ancestor.name}`;
      if (!relations.has(key)) relations.set(key, { source: child, target: ancestor.name, type: 'located_in', evidence: [] });
      child = ancestor.name;
    }
  }
  // Places also answer to the short forms the gazetteer knows (天津, 津, 克州), so users can type them.
  for (const entity of entities.values()) {
    const division = gazetteer.get(entity.name);
    if (!division || division.type !== entity.type) continue;
    entities.add(entity.name, entity.type, 0, ownShortForms(division));
  }
}

// A unit's short forms that no other unit shares, worked out once per unit.
const shortForms = new WeakMap<Division, string[]>();
function ownShortForms(division: Division): string[] {
  let forms = shortForms.get(division);
  if (!forms) {
    const shared = new Set(division.ambiguous ?? []);
    forms = [...division.aliases, ...(division.abbr ?? [])].filter((a) => !shared.has(a));
    shortForms.set(division, forms);
  }
  return forms;
}

// The gazetteer never changes while the process runs: each unit's chain is read once.
const ancestorChains = new Map<string, Division[]>();
function ancestorsOf(name: string): Division[] {
  let chain = ancestorChains.get(name);
  if (!chain) {
    chain = getGazetteer().ancestors(name);
    if (ancestorChains.size < 200_000) ancestorChains.set(name, chain);
  }
  return chain;
}
