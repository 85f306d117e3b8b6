import type { Database, Row } from '../db/database';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../dataset/to-graph';
import type { ReportData } from './data-report';

/** Labels the report counts: the dataset's node labels, the :Partner mark, and :Entity (all of them). */
export const REPORT_LABELS = [...NODE_LABELS, 'Partner', 'Entity'] as const;

/** Runs the queries of cypher/report/ (read transactions only) and returns their rows, typed. */
export async function collectReport(database: Database): Promise<ReportData> {
  const [load, labels, relationships, withoutTown, withoutPartner, partners, notPartners, themes, inferredThemes, towns, years] =
    await Promise.all([
      database.read('report/dataset'),
      database.read('report/label-counts', { labels: [...REPORT_LABELS] }),
      database.read('report/relationship-counts', { types: [...RELATIONSHIP_TYPES] }),
      database.read('report/initiatives-without-town'),
      database.read('report/initiatives-without-partner'),
      database.read('report/partners'),
      database.read('report/mentioned-only'),
      database.read('report/theme-basis'),
      database.read('report/inferred-themes'),
      database.read('report/towns'),
      database.read('report/years'),
    ]);
  const organisation = (row: Row) => ({
    name: text(row.name),
    type: optionalText(row.type),
    initiatives: int(row.initiatives),
    numbers: ints(row.numbers),
  });
  return {
    load: load[0]
      ? {
          fingerprint: optionalText(load[0].fingerprint),
          loadedAt: optionalText(load[0].loadedAt),
          nodes: optionalInt(load[0].nodes),
          relationships: optionalInt(load[0].relationships),
        }
      : null,
    labels: labels.map((row) => ({ label: text(row.label), count: int(row.count) })),
    relationships: relationships.map((row) => ({
      type: text(row.type),
      count: int(row.count),
      stated: int(row.stated),
      inferred: int(row.inferred),
    })),
    withoutTown: withoutTown.map((row) => ({
      number: int(row.number),
      title: text(row.title),
      units: texts(row.units),
      committees: texts(row.committees),
      titleTowns: texts(row.titleTowns),
    })),
    withoutPartner: withoutPartner.map((row) => ({
      number: int(row.number),
      title: text(row.title),
      units: texts(row.units),
      mentions: texts(row.mentions),
    })),
    partners: partners.map(organisation),
    notPartners: notPartners.map(organisation),
    themes: themes.map((row) => ({ theme: text(row.theme), stated: int(row.stated), inferred: int(row.inferred) })),
    inferredThemes: inferredThemes.map((row) => ({
      number: int(row.number),
      title: text(row.title),
      theme: text(row.theme),
      rationale: optionalText(row.rationale),
    })),
    towns: towns.map((row) => ({ name: text(row.name), initiatives: int(row.initiatives) })),
    years: years.map((row) => ({ year: int(row.year), initiatives: int(row.initiatives), events: int(row.events) })),
  };
}

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value));
const optionalText = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));
const int = (value: unknown): number => Number(value ?? 0);
const optionalInt = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.map(text) : []);
const ints = (value: unknown): number[] => (Array.isArray(value) ? value.map(int) : []);
