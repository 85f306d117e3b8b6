import type { Dataset, EntryLink, Located, OrganisationEntry, UnitEntry } from './dataset.types';
import type { DatasetProblem } from './read-dataset';
import type { SourceText } from './source-text';
import { foldDanish } from './name-key';

/**
 * The links organisations and units carry themselves (seed/README.md, "Places and parts"):
 * `located_in` to towns and an organisation's `part_of` to its parent body. Each must point at a
 * known entry, quote the source, and not repeat; a part_of chain must end (no body is its own parent).
 */
export function checkBodies(dataset: Dataset, source: SourceText, warnings: DatasetProblem[]): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const towns = new Set(dataset.towns.map(({ entry }) => entry.id));
  const organisations = new Map(dataset.organisations.map(({ entry }) => [entry.id, entry]));
  const bodies: Located<UnitEntry | OrganisationEntry>[] = [...dataset.organisations, ...dataset.units];

  const checkQuote = (file: string, id: string, where: string, link: EntryLink) => {
    if (!source.contains(link.quote)) problems.push({ file, entry: id, message: `${where}: quote not found in the source: "${link.quote}"` });
  };

  for (const { file, entry } of bodies) {
    const seen = new Set<string>();
    (entry.located_in ?? []).forEach((link, index) => {
      const where = `located_in[${index}] ${link.id}`;
      if (!towns.has(link.id)) problems.push({ file, entry: entry.id, message: `located_in: no town with id "${link.id}"` });
      if (seen.has(link.id)) problems.push({ file, entry: entry.id, message: `located_in: "${link.id}" is listed twice` });
      seen.add(link.id);
      checkQuote(file, entry.id, where, link);
    });
    const unplaced = unplacedTownName(entry, dataset);
    if (unplaced) {
      warnings.push({ file, entry: entry.id, message: `the name contains the town "${unplaced}" but there is no located_in link to it; add one with evidence, or ignore if the name means something else` });
    }
  }

  for (const { file, entry } of dataset.organisations) {
    const parent = entry.part_of;
    if (!parent) continue;
    if (!organisations.has(parent.id)) problems.push({ file, entry: entry.id, message: `part_of: no organisation with id "${parent.id}"` });
    else if (cycleFrom(entry.id, organisations)) problems.push({ file, entry: entry.id, message: `part_of: the chain of parents leads back to "${entry.id}"` });
    checkQuote(file, entry.id, `part_of ${parent.id}`, parent);
  }
  return problems;
}

function cycleFrom(start: string, organisations: Map<string, OrganisationEntry>): boolean {
  const visited = new Set<string>([start]);
  let current = organisations.get(start)?.part_of?.id;
  while (current !== undefined) {
    if (visited.has(current)) return true;
    visited.add(current);
    current = organisations.get(current)?.part_of?.id;
  }
  return false;
}

// "Billund" names the municipality as often as the town ("Jobcenter Billund", "Billund Vand &
// Energi"), so a name with it is no hint; every other town name inside a body's name is.
const AMBIGUOUS_TOWNS = new Set(['billund']);

/** The first town (other than Billund) whose name or alias is a whole word of the body's name, when no located_in names it. */
function unplacedTownName(entry: UnitEntry, dataset: Dataset): string | null {
  const words = ` ${foldDanish(entry.name).replace(/[^a-z0-9]+/g, ' ').trim()} `;
  const placed = new Set((entry.located_in ?? []).map((link) => link.id));
  for (const { entry: town } of dataset.towns) {
    if (AMBIGUOUS_TOWNS.has(town.id) || placed.has(town.id)) continue;
    for (const spelling of [town.name, ...(town.aliases ?? [])]) {
      const needle = foldDanish(spelling).replace(/[^a-z0-9]+/g, ' ').trim();
      if (needle && words.includes(` ${needle} `)) return town.name;
    }
  }
  return null;
}
