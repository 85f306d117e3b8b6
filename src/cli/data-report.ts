import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../paths';
import { collectReport } from '../report/collect-report';
import { renderDataReport } from '../report/data-report';
import { renderFigureSweep } from '../report/figure-sweep-report';
import { sweepDataset } from '../report/sweep-dataset';
import { withDatabase } from './with-database';

// npm run data:report: read the loaded graph (nothing is written to it) and write docs/data-report.md.
const target = path.join(projectRoot, 'docs', 'data-report.md');

withDatabase(async (database) => {
  const data = await collectReport(database);
  const initiatives = data.labels.find((row) => row.label === 'Initiative')?.count ?? 0;
  if (initiatives === 0) console.error('warning: the graph holds no initiatives; run `npm run seed` first.');
  mkdirSync(path.dirname(target), { recursive: true });
  // The sweep reads seed/ and the source text, not the graph: figures are checked where they are curated.
  const sweeps = sweepDataset();
  writeFileSync(target, `${renderDataReport(data)}\n${renderFigureSweep(sweeps)}`);
  console.log(
    `Wrote ${path.relative(projectRoot, target)}: ${initiatives} initiatives, ${data.withoutTown.length} without a town, ` +
      `${data.withoutPartner.length} without a partner, ${data.partners.length} partners; figure sweep: ` +
      (sweeps ? `${sweeps.reduce((n, s) => n + s.unexplained.length, 0)} figures unexplained.` : 'skipped (no seed/passages.yaml).'),
  );
}).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
