import { formatProblem, readRawDataset } from '../dataset/read-dataset';
import { SourceText } from '../dataset/source-text';
import { validateDataset } from '../dataset/validate-dataset';

// npm run validate:data: every check of the dataset, no database needed. Exit 1 on any problem.
const report = validateDataset(readRawDataset(), SourceText.load());
for (const warning of report.warnings) console.warn(`warning:${formatProblem(warning)}`);
if (report.problems.length > 0) {
  console.error(`${report.problems.length} problem(s) in seed/:`);
  for (const problem of report.problems) console.error(formatProblem(problem));
  process.exit(1);
}
const d = report.dataset!;
console.log(
  `seed/ is valid: ${d.initiatives.length} initiatives, ${d.towns.length} towns, ${d.organisations.length} organisations, ` +
    `${d.units.length} units, ${d.committees.length} committees; every quote found in the source.`,
);
const positioned = report.evidence?.positioned ?? [];
const hyphenJoined = positioned.filter((q) => q.position.alignment === 'hyphen-joined').length;
console.log(
  `${positioned.length} quotes positioned in ${report.evidence?.sources.passages.length ?? 0} passages: ` +
    `${positioned.length - hyphenJoined} exact, ${hyphenJoined} hyphen-joined.`,
);
