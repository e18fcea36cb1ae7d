// Across articles, a name that one article gives as an alias of an entity
// (克州江西实验中学 → 阿克陶县雪松中学) names that entity in the others too.

import type { Extraction } from '../types.ts';

export type AliasIndex = Map<string, string>;

/**
 * `type|alias` → canonical name, for aliases that name exactly one entity. An
 * entity whose name is another's alias (京和纺织, beside 京和纺织科技有限公司 that
 * answers to it) is that entity.
 */
export function aliasIndex(entities: Iterable<{ name: string; type: string; aliases: string[] }>): AliasIndex {
  // By type, by alias: the one name answering to it, or null once two do. Nested, so that
  // the aliases of a 10,000-article build are looked up without a key string made for each.
  const seen = new Map<string, Map<string, string | null>>();
  const order: string[] = []; // type, alias, … in the order first met
  for (const e of entities) {
    let names = seen.get(e.type);
    if (!names) seen.set(e.type, (names = new Map()));
    for (const alias of e.aliases) {
      if (alias === e.name) continue;
      const before = names.get(alias);
      if (before === undefined) {
        names.set(alias, e.name);
        order.push(e.type, alias);
      } else if (before !== null && before !== e.name) names.set(alias, null);
    }
  }
  const index: AliasIndex = new Map();
  const byType = new Map<string, Map<string, string>>();
  for (let i = 0; i < order.length; i += 2) {
    const type = order[i]!;
    const alias = order[i + 1]!;
    const name = seen.get(type)!.get(alias);
    if (!name) continue;
    index.set(`${type}|${alias}`, name);
    let names = byType.get(type);
    if (!names) byType.set(type, (names = new Map()));
    names.set(alias, name);
  }
  nestedIndexes.set(index, byType);
  return index;
}

// The indexes aliasIndex made, nested by type: unifyAliases looks names up there.
const nestedIndexes = new WeakMap<AliasIndex, Map<string, Map<string, string>>>();

export function unifyAliases(extractions: Extraction[], index: AliasIndex = aliasIndex(extractions.flatMap((x) => x.entities))): Extraction[] {
  return extractions.map((x) => unifyOne(x, index));
}

function unifyOne(x: Extraction, index: AliasIndex): Extraction {
  // Each entity's name looked up once (by the type of the last entity of that name), not per relation end.
  const typeOf = new Map<string, string>();
  for (const e of x.entities) typeOf.set(e.name, e.type);
  const nested = nestedIndexes.get(index);
  const canonical = new Map<string, string>();
  for (const [name, type] of typeOf) canonical.set(name, (nested ? nested.get(type)?.get(name) : index.get(`${type}|${name}`)) ?? name);
  const entities = new Map<string, Extraction['entities'][number]>();
  for (const e of x.entities) {
    const name = canonical.get(e.name)!;
    const into = entities.get(name) ?? { ...e, name, aliases: [] as string[], mentions: 0 };
    into.mentions += e.mentions;
    for (const alias of e.aliases) if (alias !== name && !into.aliases.includes(alias)) into.aliases.push(alias);
    if (e.name !== name && !into.aliases.includes(e.name)) into.aliases.push(e.name);
    entities.set(name, into);
  }
  const relations: Extraction['relations'] = [];
  for (const r of x.relations) {
    const source = canonical.get(r.source) ?? r.source;
    const target = canonical.get(r.target) ?? r.target;
    // A relation no name of which changes is shared with `x`, not copied.
    if (source !== target) relations.push(source === r.source && target === r.target ? r : { ...r, source, target });
  }
  return { ...x, entities: [...entities.values()], relations };
}
