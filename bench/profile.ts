import neo4j from 'neo4j-driver';
import { toCypherParams } from '../src/db/plain';
import { cypher } from '../src/db/cypher-files';
import type { Question, Variables } from './catalogue';

export interface ProfiledPlan {
  question: string;
  file: string;
  /** The plan as text, one operator per line, indented by depth: operator, rows, db hits, details. */
  plan: string;
  /** Operators that read an index (seek or scan): evidence that the query does not scan the store. */
  indexOperators: string[];
  dbHits: number;
}

interface PlanNode {
  operatorType: string;
  rows: number;
  dbHits: number;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

function render(node: PlanNode, depth: number, lines: string[], operators: string[]): number {
  const details = String(node.arguments.Details ?? node.arguments.details ?? '');
  lines.push(`${'  '.repeat(depth)}${node.operatorType}  rows=${node.rows} dbHits=${node.dbHits}${details ? `  ${details.replace(/\s+/g, ' ')}` : ''}`);
  if (/Index|Fulltext|procedure/i.test(node.operatorType + details)) operators.push(`${node.operatorType}${details ? `: ${details}` : ''}`);
  return node.dbHits + node.children.reduce((sum, child) => sum + render(child, depth + 1, lines, operators), 0);
}

/** PROFILEs the main Cypher of each question once (after the load, so caches are warm). */
export async function profilePlans(uri: string, questions: { question: Question; variables: Variables }[]): Promise<ProfiledPlan[]> {
  const driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true });
  try {
    const plans: ProfiledPlan[] = [];
    for (const { question, variables } of questions) {
      const params = toCypherParams(question.primary.params(variables)) as Record<string, unknown>;
      let result;
      try {
        result = await driver.executeQuery(`PROFILE ${cypher(question.primary.file)}`, params, { routing: neo4j.routing.READ });
      } catch (error) {
        // Too slow even to profile (Neo4j's transaction timeout): say so rather than lose the run.
        const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
        plans.push({ question: question.id, file: `cypher/${question.primary.file}.cypher`, plan: `PROFILE failed: ${message}`, indexOperators: [], dbHits: NaN });
        continue;
      }
      const lines: string[] = [];
      const operators: string[] = [];
      const dbHits = render(result.summary.profile as unknown as PlanNode, 0, lines, operators);
      plans.push({ question: question.id, file: `cypher/${question.primary.file}.cypher`, plan: lines.join('\n'), indexOperators: operators, dbHits });
    }
    return plans;
  } finally {
    await driver.close();
  }
}
