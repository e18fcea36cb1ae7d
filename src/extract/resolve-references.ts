// Mentions whose name the article's context gives: a bare 援疆前指 is the
// article's donor's command, 省人社厅 the department of the province in
// context, 我省 / 我市 the donor the article speaks for.

import { canonicalInstitution } from './canonical-institution.ts';
import { resolveBareBodies } from './find-agencies.ts';
import { getGazetteer } from './gazetteer.ts';
import { mainDonor, mainRecipient, sideOfPlace } from './donors.ts';
import { COMMAND_NAME, DEICTIC_LEVELS } from './lexicon.ts';
import type { Mention } from './mention.ts';

export function resolveReferences(text: string, mentions: Mention[]): Mention[] {
  return resolveArticle(text, mentions).mentions;
}

/** The article's main donor and recipient (mainDonor, mainRecipient). */
export interface ArticleSides {
  donor: string | undefined;
  recipient: string | undefined;
}

/**
 * `resolveReferences`, with the resolved mentions' main donor and recipient, which are those of
 * the mentions before (reckoned here anyway), so the relation readers need not count again:
 * resolving only adds mentions of the donor to its count (援疆前指, 我省), and names agencies and
 * institutions, which neither count takes; the dropped mentions have no name, or a name with
 * control characters, which then are counted again without them.
 */
export function resolveArticle(text: string, mentions: Mention[]): ArticleSides & { mentions: Mention[] } {
  const donor = mainDonor(text, mentions);
  const recipient = mainRecipient(mentions);
  const resolved = resolveBareBodies(mentions, donor, recipient);
  for (const m of resolved) {
    if (m.pending?.kind === 'command' && donor) {
      m.name = `${donor}${COMMAND_NAME}`;
      m.donor = donor;
      m.pending = undefined;
    } else if (m.pending?.kind === 'institution' && recipient && getGazetteer().get(recipient) && recipient.endsWith(m.pending.level!)) {
      const canonical = canonicalInstitution(recipient + m.pending.full!, m.type);
      if (canonical) {
        Object.assign(m, { ...canonical, aliases: [...canonical.aliases, m.surface] });
        m.pending = undefined;
      }
    } else if (m.pending?.kind === 'deictic' && donor && fitsLevel(donor, m.pending.level!)) {
      const division = getGazetteer().get(donor)!;
      m.name = donor;
      m.type = division.type;
      m.deictic = true;
      m.pending = undefined;
    }
  }
  // 援霍工作组: the recipient place of the article whose name starts with 霍.
  for (const m of resolved) {
    if (!m.aidsAbbreviated) continue;
    const places = new Set(resolved.filter((p) => (p.type === 'county' || p.type === 'prefecture') && p.name.startsWith(m.aidsAbbreviated!) && sideOfPlace(p.name) === 'recipient').map((p) => p.name));
    if (places.size === 1) m.aids = [...places];
  }
  // A name with control characters (a quoted name may hold anything) is no name.
  const kept = resolved.filter((m) => m.name && !m.pending);
  if (!kept.some((m) => hasControl(m.name))) return { mentions: kept, donor, recipient };
  const named = kept.filter((m) => !hasControl(m.name));
  return { mentions: named, donor: mainDonor(text, named), recipient: mainRecipient(named) };
}

// C0 and C1 control characters, by code: no regular expression run per mention.
function hasControl(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code <= 0x1f || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

/** 我省 is a province (…省), 我市 a city (a prefecture or a municipality such as 天津市), 我区 an autonomous region or district. */
function fitsLevel(name: string, level: string): boolean {
  return getGazetteer().get(name) !== undefined && DEICTIC_LEVELS.includes(level) && name.endsWith(level);
}
