import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../paths';
import { collectReport } from '../report/collect-report';
import { renderDataReport, table } from '../report/data-report';
import { collectEvidenceReport, renderEvidenceReport } from '../report/evidence-report';
import { withDatabase } from './with-database';

// npm run data:report: read the loaded graph (nothing is written to it) and write docs/data-report.md.
const target = path.join(projectRoot, 'docs', 'data-report.md');

withDatabase(async (database) => {
  const data = await collectReport(database);
  const initiatives = data.labels.find((row) => row.label === 'Initiative')?.count ?? 0;
  if (initiatives === 0) console.error('warning: the graph holds no initiatives; run `npm run seed` first.');
  mkdirSync(path.dirname(target), { recursive: true });
  const evidence = await collectEvidenceReport(database);
  writeFileSync(target, `${renderDataReport(data).trimEnd()}\n\n${renderEvidenceReport(evidence, table)}`);
  console.log(
    `Wrote ${path.relative(projectRoot, target)}: ${initiatives} initiatives, ${data.withoutTown.length} without a town, ` +
      `${data.withoutPartner.length} without a partner, ${data.partners.length} partners.`,
  );
}).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
