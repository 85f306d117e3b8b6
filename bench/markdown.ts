import type { DatasetResult, ContenderFigures } from './results';

// Tables in the order a reader asks: how does each question do per contender, how does our
// latency grow with the data, what did the runs cost. Everything comes from the results JSON.

const num = (value: number | null | undefined, digits = 0) => (value === undefined || value === null || Number.isNaN(value) ? '–' : value.toFixed(digits));
const ratio = (a: number | undefined, b: number | undefined) => (a && b ? `${(a / b).toFixed(2)}×` : '–');

function figures(figure: ContenderFigures | undefined): string {
  if (!figure) return '–';
  // No answer finished inside the window (or the question was too slow to load): no latency to show.
  if (figure.requests === 0) return `0 | – / – | ${num(figure.queriesPerRequest, 1)} ⚠${figure.probeErrors.join('; ') || 'none finished'}`;
  return `${num(figure.requestsPerSecond)} | ${num(figure.p50)} / ${num(figure.p99)} | ${num(figure.queriesPerRequest, 1)}${figure.errors || figure.probeErrors.length ? ` ⚠${figure.errors + figure.probeErrors.length}` : ''}`;
}

export function questionTable(result: DatasetResult): string {
  const lines = [
    `**${result.dataset}** (${result.graph.nodes} nodes, ${result.graph.relationships} relationships): requests/s | p50 / p99 ms | Cypher statements per request (⚠ errors)`,
    '',
    '| Question | levels | ours | | | floor | | | peer (@neo4j/graphql) | | | ours p50 ÷ floor p50 | ours ÷ peer req/s | ours = floor | Node CPU ms/request ours / floor / peer | Neo4j CPU ms/request ours / floor / peer |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:-:|---:|---:|',
  ];
  for (const question of result.questions) {
    const { ours, floor, peer } = question.contenders;
    const peerCells = peer ? figures(peer) : `${question.peerMissing ? `n/a: ${question.peerMissing}` : 'n/a'} | | `;
    lines.push(
      `| ${question.title}${question.peerNote ? ` (peer: ${question.peerNote})` : ''} | ${question.levels} | ${figures(ours)} | ${figures(floor)} | ${peerCells} | ` +
        `${ratio(ours?.p50, floor?.p50)} | ${peer ? ratio(ours?.requestsPerSecond, peer.requestsPerSecond) : '–'} | ${question.sameAsFloor ? 'yes' : 'NO'} | ` +
        `${[ours, floor, peer].map((figure) => num(figure?.cpuMsPerRequest ?? undefined, 2)).join(' / ')} | ` +
        `${[ours, floor, peer].map((figure) => num(figure?.neo4jCpuMsPerRequest ?? undefined, 2)).join(' / ')} |`,
    );
  }
  return lines.join('\n');
}

export function growthTable(results: DatasetResult[]): string {
  const sorted = [...results].sort((a, b) => a.factor - b.factor);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const lines = [
    `Our p50 latency (ms) per dataset; growth = p50 at ${last.dataset} ÷ p50 at ${first.dataset} (the data grew ${last.factor / first.factor}×)`,
    '',
    `| Question | ${sorted.map((result) => result.dataset).join(' | ')} | growth |`,
    `|---|${sorted.map(() => '---:').join('|')}|---:|`,
  ];
  for (const question of first.questions) {
    // No p50 where nothing finished under load (the tables say why).
    const p50s = sorted.map((result) => {
      const ours = result.questions.find((candidate) => candidate.id === question.id)?.contenders.ours;
      return ours && ours.requests > 0 ? ours.p50 : undefined;
    });
    lines.push(`| ${question.id} | ${p50s.map((p50) => num(p50)).join(' | ')} | ${ratio(p50s[p50s.length - 1], p50s[0])} |`);
  }
  return lines.join('\n');
}

export function costTable(results: DatasetResult[]): string {
  const mib = (result: DatasetResult, name: 'ours' | 'floor' | 'peer' | 'neo4j') => {
    const memory = result.memory[name];
    return memory ? `${memory.rssMiB} (${memory.peakMiB})` : '–';
  };
  const seconds = (ms: number | null) => (ms === null ? '–' : (ms / 1000).toFixed(1));
  const lines = [
    'Seconds, and resident memory in MiB now (peak) after the runs',
    '',
    '| Dataset | nodes | relationships | Neo4j start | seed load | ours ready | cold start | RSS ours | RSS floor | RSS peer | RSS Neo4j JVM |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const result of [...results].sort((a, b) => a.factor - b.factor)) {
    lines.push(
      `| ${result.dataset} | ${result.graph.nodes} | ${result.graph.relationships} | ${seconds(result.timings.neo4jStartMs)} | ${seconds(result.timings.seedMs)} | ` +
        `${seconds(result.timings.contenderReadyMs.ours ?? null)} | ${seconds(result.timings.coldStartMs)} | ${mib(result, 'ours')} | ${mib(result, 'floor')} | ${mib(result, 'peer')} | ${mib(result, 'neo4j')} |`,
    );
  }
  return lines.join('\n');
}

export function profileSection(results: DatasetResult[]): string {
  const parts: string[] = [];
  const short = (text: string) => `\`${text.trim().replace(/@neo4j/g, '').slice(0, 110)}\``;
  for (const result of results) {
    for (const plan of result.profiles) {
      if (plan.plan.startsWith('PROFILE failed')) {
        parts.push(`- \`${plan.file}\` (${plan.question}) at ${result.dataset}: ${plan.plan.split('. ')[0]}`);
        continue;
      }
      // Label and full scans read every node of a kind: the operators that make a query grow with the data.
      const scans = plan.plan.split('\n').filter((line) => /Scan@/.test(line) && !/Index/.test(line));
      parts.push(
        `- \`${plan.file}\` (${plan.question}) at ${result.dataset}: ${plan.dbHits} db hits; index operators: ` +
          `${plan.indexOperators.length ? plan.indexOperators.map(short).join(', ') : 'none'}; scans: ${scans.length ? scans.map(short).join(', ') : 'none'}`,
      );
    }
  }
  return parts.length ? `PROFILE of the two slowest questions per dataset (full plans in the results JSON):\n\n${parts.join('\n')}` : '';
}

/** The whole report of one run: every table, for the results file and the README. */
export function report(results: DatasetResult[]): string {
  const sorted = [...results].sort((a, b) => a.factor - b.factor);
  const machine = sorted[0].machine;
  const settings = sorted[0].settings;
  const runs = sorted.map(
    (result) =>
      `${result.dataset}: ${result.startedAt.slice(0, 16).replace('T', ' ')} UTC, load average ${result.machine.loadAverageBefore[0].toFixed(1)} → ` +
      `${result.machine.loadAverageAfter[0].toFixed(1)}, ${result.settings.warmup} s warm-up + ${result.settings.duration} s measured`,
  );
  return [
    `${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}; ${settings.connections} connections; ` +
      `every question warmed up on every contender first, then measured per question and contender; Neo4j heap ${settings.neo4jHeap}, ` +
      `page cache ${settings.neo4jPageCache}. Runs: ${runs.join('; ')}.`,
    ...sorted.map(questionTable),
    ...(sorted.length > 1 ? [growthTable(sorted)] : []),
    costTable(sorted),
    profileSection(sorted),
  ]
    .filter((part) => part.length > 0)
    .join('\n\n');
}
