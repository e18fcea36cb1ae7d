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
    for (const link of linksAbove(entity.name)) {
      if (linked.has(link.child)) break; // the rest of this chain is in already
      linked.add(link.child);
      entities.add(link.ancestor.name, link.ancestor.type, 0);
      if (!relations.has(link.key)) relations.set(link.key, { source: link.child, target: link.ancestor.name, type: 'located_in', evidence: [] });
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

interface Link {
  child: string;
  ancestor: Division;
  /** The located_in relation's key, built once per unit, not per article. */
  key: string;
}

// The gazetteer never changes while the process runs: each unit's chain is read once.
const chains = new Map<string, Link[]>();
function linksAbove(name: string): Link[] {
  let links = chains.get(name);
  if (!links) {
    links = [];
    let child = name;
    for (const ancestor of getGazetteer().ancestors(name)) {
      links.push({ child, ancestor, key: `${child}|located_in|${ancestor.name}` });
      child = ancestor.name;
    }
    if (chains.size < 200_000) chains.set(name, links);
  }
  return links;
}
