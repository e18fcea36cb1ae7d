// Companies known by name: brands and groups that articles write without a
// legal suffix (src/gazetteer/companies.json).

import { once } from './data-files.ts';
import { knownNames, type KnownName } from './known-names.ts';

export const knownCompanies = once((): ((text: string) => KnownName[]) => knownNames('companies.json', 'companies'));
