export interface TocEntry {
  number: number;
  title: string;
  page: number;
}

// Entries of the contents that are sections, not examples.
const NOT_EXAMPLES = new Set(['Forord', 'Tre anbefalinger til fremtiden']);

/**
 * Reads the examples from the "INDHOLD" (contents) page of the source. The extraction prints the
 * page's three columns out of order (third, first, second), each as "Title <tab> page" with long
 * titles wrapped onto two lines; columns are put back in page
 * order and the examples numbered in that order.
 */
export function parseTableOfContents(source: string): TocEntry[] {
  const end = source.indexOf('\nINDHOLD');
  if (end < 0) throw new Error('The source has no "INDHOLD" (contents) page');
  const start = source.lastIndexOf('\n4 \n', end);
  const lines = source.slice(start < 0 ? 0 : start + 4, end).split('\n');
  const raw: { title: string; page: number }[] = [];
  let pending = '';
  for (const line of lines) {
    const text = line.trim();
    if (!text) continue;
    const match = /^(.*?)\s*(\d+)$/.exec(text);
    const looksLikeEntry = match && (line.includes('\t') || /[a-zæøå”)]\s*\d+$/.test(text));
    if (match && looksLikeEntry) {
      raw.push({ title: `${pending} ${match[1]}`.replace(/\s+/g, ' ').trim(), page: Number(match[2]) });
      pending = '';
    } else {
      pending = `${pending} ${text}`.trim();
    }
  }
  // Pages ascend down each column, so a drop in page number starts the next printed column.
  const columns: { title: string; page: number }[][] = [];
  for (const entry of raw) {
    const column = columns[columns.length - 1];
    if (column && column[column.length - 1].page <= entry.page) column.push(entry);
    else columns.push([entry]);
  }
  const ordered = columns.sort((a, b) => a[0].page - b[0].page).flat();
  return ordered
    .filter((entry) => !NOT_EXAMPLES.has(entry.title))
    .map((entry, index) => ({ number: index + 1, title: entry.title, page: entry.page }));
}
