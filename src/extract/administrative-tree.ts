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
  // One pass over the entities: only places have a chain above them and short forms, and the
  // gazetteer's small map says which names are places (a map of every name seen would be large).
  const linked = new Set<string>();
  for (const entity of entities.values()) {
    const division = gazetteer.get(entity.name);
    if (!division) continue;
    // Places also answer to the short forms the gazetteer knows (天津, 津, 克州), so users can type them.
    if (division.type === entity.type) entities.add(entity.name, entity.type, 0, ownShortForms(division));
    for (const link of linksAbove(division)) {
      if (linked.has(link.child)) break; // the rest of this chain is in already
      linked.add(link.child);
      const { ancestor } = link;
      // An ancestor already among the entities gets its short forms in its own turn.
      if (!entities.has(ancestor.name)) entities.add(ancestor.name, ancestor.type, 0, ownShortForms(ancestor));
      if (!relations.has(link.key)) relations.set(link.key, { source: link.child, target: ancestor.name, type: 'located_in', evidence: [] });
    }
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
const chains = new WeakMap<Division, Link[]>();
function linksAbove(division: Division): Link[] {
  let links = chains.get(division);
  if (!links) {
    links = [];
    let child = division.name;
    for (const ancestor of getGazetteer().ancestors(division.name)) {
      links.push({ child, ancestor, key: `${child}|located_in|${ancestor.name}` });
      child = ancestor.name;
    }
    chains.set(division, links);
  }
  return links;
}
