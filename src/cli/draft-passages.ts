import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { seedDir } from '../paths';
import { findQuote } from '../text/find-quote';
import { collectQuotes } from '../dataset/evidence/collect-quotes';
import { SourceDocument, type DocumentMeta } from '../dataset/evidence/source-document';
import { assembleDataset, readRawDataset } from '../dataset/read-dataset';

// A curator's aid, not part of loading: prints a first draft of seed/passages.yaml from where the
// quotes of each example stand. Blocks (runs of non-blank lines) holding a quote or the heading of
// an example are its; a block between two of its own blocks is its too; any other block goes to the
// example before it (the body runs on downwards). The draft is then checked by hand.
const meta = (parse(readFileSync(path.join(seedDir, 'documents.yaml'), 'utf8')) as { documents: DocumentMeta[] }).documents[0];
const doc = SourceDocument.load(meta);
const dataset = assembleDataset(readRawDataset());
const lines = doc.text.split('\n');
const CONTENTS_END = lines.findIndex((l) => l.startsWith('INDHOLD')) + 1;

const blocks: { first: number; last: number }[] = [];
lines.forEach((line, i) => {
  const n = i + 1;
  if (line.trim() === '' || n <= CONTENTS_END) return;
  const last = blocks[blocks.length - 1];
  if (last && last.last === n - 1) last.last = n;
  else blocks.push({ first: n, last: n });
});
const blockOf = (line: number) => blocks.findIndex((b) => b.first <= line && line <= b.last);
const owners = blocks.map(() => new Set<string>());
const quotes = collectQuotes(dataset);
for (const { entry } of dataset.initiatives) {
  const title = entry.title.toUpperCase();
  lines.forEach((line, i) => {
    // A heading is a line in capitals (two may share a line where columns meet).
    const heading = line.trim() !== '' && line === line.toUpperCase() && line.replace(/\s+/g, ' ').includes(title);
    if (i + 1 > CONTENTS_END && heading) owners[blockOf(i + 1)]?.add(entry.id);
  });
}
for (const q of quotes) {
  if (!q.initiative) continue;
  for (const m of findQuote(doc.text, q.quote)) owners[blockOf(doc.lineAt(m.start))]?.add(q.initiative);
}
const ids = dataset.initiatives.map((i) => i.entry.id);
for (const id of ids) {
  const own = owners.map((o, i) => (o.has(id) ? i : -1)).filter((i) => i >= 0);
  for (let i = own[0]; i <= own[own.length - 1]; i += 1) if (owners[i].size === 0) owners[i].add(id);
}
for (let i = 1; i < blocks.length; i += 1) {
  const text = lines.slice(blocks[i].first - 1, blocks[i].last).join(' ').trim();
  if (owners[i].size === 0 && !/^[\d\s]+$/.test(text)) owners[i] = new Set(owners[i - 1]);
}
console.log(`document: ${meta.id}\npassages:`);
for (const { entry } of dataset.initiatives) {
  const ranges: [number, number][] = [];
  blocks.forEach((b, i) => {
    if (!owners[i].has(entry.id)) return;
    const last = ranges[ranges.length - 1];
    // Blank lines alone between two of its blocks do not split a range.
    if (last && lines.slice(last[1], b.first - 1).every((l) => l.trim() === '')) last[1] = b.last;
    else ranges.push([b.first, b.last]);
  });
  console.log(`  - initiative: ${entry.id}\n    lines: [${ranges.map(([a, b]) => `[${a}, ${b}]`).join(', ')}]`);
}
