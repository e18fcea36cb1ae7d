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
  const seen = new Map<string, string | null>();
  for (const e of entities) {
    for (const alias of e.aliases) {
      const key = `${e.type}|${alias}`;
      if (alias === e.name) continue;
      const before = seen.get(key);
      seen.set(key, before === undefined || before === e.name ? e.name : null);
    }
  }
  const index: AliasIndex = new Map();
  for (const [key, name] of seen) if (name) index.set(key, name);
  return index;
}

export function unifyAliases(extractions: Extraction[], index: AliasIndex = aliasIndex(extractions.flatMap((x) => x.entities))): Extraction[] {
  return extractions.map((x) => {
    const typeOf = new Map(x.entities.map((e) => [e.name, e.type]));
    const rename = (name: string) => index.get(`${typeOf.get(name)}|${name}`) ?? name;
    const entities = new Map<string, Extraction['entities'][number]>();
    for (const e of x.entities) {
      const name = rename(e.name);
      const into = entities.get(name) ?? { ...e, name, aliases: [] as string[], mentions: 0 };
      into.mentions += e.mentions;
      for (const alias of [...e.aliases, e.name]) if (alias !== name && !into.aliases.includes(alias)) into.aliases.push(alias);
      entities.set(name, into);
    }
    const relations = x.relations
      .map((r) => ({ ...r, source: rename(r.source), target: rename(r.target) }))
      .filter((r) => r.source !== r.target);
    return { ...x, entities: [...entities.values()], relations };
  });
}
