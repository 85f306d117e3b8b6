import { OffsetConnectionOf } from '../common/offset-connection';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ResultEdge } from '../common/edges';
import type { EntityObject } from '../common/entity.mapper';
import { Evidence } from '../common/evidence.type';
import { Initiative } from '../initiative/initiative.type';
import { Node } from '../node.interface';
import { Result } from '../result/result.type';
import { Strategy } from '../strategy/strategy.type';
import { Theme } from '../theme/theme.type';
import { Dimension } from './coverage';
import { ListSize, NESTED_LIST_SIZE } from '../common/cost.directives';

export { Dimension };

registerEnumType(Dimension, {
  name: 'Dimension',
  description: 'A way to group initiatives, for the rows or columns of a coverage matrix.',
  valuesConfig: {
    THEME: { description: 'Themes the initiative supports (stated or inferred).' },
    TOWN: { description: 'Towns where the initiative happens (IN_TOWN).' },
    TOWN_TOUCHED: { description: 'Towns it happens in or touches: also the towns of the bodies it works with, mentions or is run by (LOCATED_IN).' },
    COMMITTEE: { description: 'Political bodies that decided it or took part.' },
    YEAR: { description: 'Years with a dated event of the initiative.' },
    PARTNER_TYPE: { description: 'Kinds of organisation it works WITH (region, company, ...); organisations only mentioned do not count.' },
  },
});

@ObjectType({ description: 'One value of a dimension: a theme, a town, a committee, a year or a kind of partner.' })
export class DimensionValue {
  @Field(() => ID, {
    description: 'Globally unique id of this value object: "dimension-value:" + `value`, e.g. "dimension-value:town:grindsted".',
  })
  id!: string;

  @Field(() => ID, {
    description:
      'What the value is: the node\'s global id ("town:grindsted", "year:2023"), for partner types "partner-type:<type>", ' +
      'e.g. "partner-type:region". `CoverageCell.row` and `.column` refer to it.',
  })
  value!: string;

  @Field({ description: 'Human-readable name: theme, town or committee name, the year, or the partner type.' })
  label!: string;
}

@ObjectType({ description: 'The initiatives that have both a given row value and a given column value.' })
export class CoverageCell {
  @Field(() => ID, { description: 'The row value (a `DimensionValue.value` of `rows`).' })
  row!: string;

  @Field(() => ID, { description: 'The column value (a `DimensionValue.value` of `columns`).' })
  column!: string;

  @Field(() => Int, { description: 'How many initiatives are in this cell; never 0 (empty cells are left out).' })
  count!: number;

  /** The matrix's dimensions (not a GraphQL field): `initiativeIds` reads the cell's initiatives by them. */
  rows!: Dimension;
  columns!: Dimension;
}

@ObjectType({
  description:
    'How initiatives spread over two dimensions, e.g. themes × towns: a sparse cross table. ' +
    'An initiative with two values on a dimension (two towns) is counted in each of their cells.',
})
export class CoverageMatrix {
  @ListSize(NESTED_LIST_SIZE)
  @Field(() => [DimensionValue], { description: 'Every value some initiative has on the row dimension, sorted by label.' })
  rows!: DimensionValue[];

  @ListSize(NESTED_LIST_SIZE)
  @Field(() => [DimensionValue], { description: 'Every value some initiative has on the column dimension, sorted by label.' })
  columns!: DimensionValue[];

  @ListSize(NESTED_LIST_SIZE)
  @Field(() => [CoverageCell], { description: 'Only the non-empty cells, in row then column order. A missing cell means no initiative.' })
  cells!: CoverageCell[];

  @Field(() => Int, { description: 'Initiatives counted: those with at least one value on both dimensions (each counted once).' })
  total!: number;
}

@ObjectType({ description: 'Something an initiative did or planned in a given year.' })
export class TimelineEvent {
  @Field(() => Initiative)
  initiative!: Initiative;

  @Field({ description: 'What happened that year, in our words.' })
  event!: string;

  @Field(() => Evidence, { description: 'Page and quote that date the event.' })
  evidence!: Evidence;
}

@ObjectType({ description: 'One year of the timeline: initiative events and the results dated that year.' })
export class TimelineYear {
  @Field(() => Int)
  year!: number;

  @ListSize(NESTED_LIST_SIZE)
  @Field(() => [TimelineEvent], { description: 'Events of initiatives in this year, in report order.' })
  events!: TimelineEvent[];

  @ListSize(NESTED_LIST_SIZE)
  @Field(() => [Result], { description: 'Results whose `year` is this year, by their initiative\'s report number, then id (a target year may lie in the future).' })
  results!: Result[];
}

@ObjectType({ description: 'An initiative under a theme in a trace, with what it achieved.' })
export class TraceInitiative {
  @Field(() => Initiative)
  initiative!: Initiative;

  @Field(() => Evidence, { description: 'Why the initiative supports the theme (SUPPORTS link); `basis` tells STATED from INFERRED.' })
  evidence!: Evidence;

  @ListSize(NESTED_LIST_SIZE)
  @Field(() => [ResultEdge], { description: 'By year (undated last), then id: its results, each with the quote that reports it.' })
  results!: ResultEdge[];
}

@ObjectType({ description: 'A theme of the strategy in a trace, with the initiatives that support it.' })
export class TraceTheme {
  @Field(() => Theme)
  theme!: Theme;

  @Field(() => Evidence, { description: 'Where the strategy names this theme (HAS_THEME link).' })
  evidence!: Evidence;

  @ListSize(NESTED_LIST_SIZE)
  @Field(() => [TraceInitiative], { description: 'Initiatives supporting the theme, in report order (only the traced one, when tracing an initiative).' })
  initiatives!: TraceInitiative[];
}

@ObjectType({ description: 'The chain from the strategy through its theme(s) and initiatives down to results, with evidence at each step.' })
export class Trace {
  @Field(() => Strategy)
  strategy!: Strategy;

  @ListSize(NESTED_LIST_SIZE)
  @Field(() => [TraceTheme], { description: 'By name: the traced theme, or the themes the traced initiative supports (empty if it supports none).' })
  themes!: TraceTheme[];
}

@ObjectType({
  description:
    'An entity (partner, municipal unit, committee or town) that ties initiatives of different themes and towns together. ' +
    'Ranked by `score` = `themes` + `towns` + `betweenness`.',
})
export class Bridge {
  @Field(() => Node, { description: 'The partner (organisation linked WITH_PARTNER), unit, committee or town.' })
  node!: EntityObject;

  @Field(() => Int, { description: 'Distinct themes supported by the initiatives linked to this entity.' })
  themes!: number;

  @Field(() => Int, { description: 'Distinct towns of the initiatives linked to this entity (for a town, itself included).' })
  towns!: number;

  @Field(() => Int, { description: 'Distinct initiatives linked to this entity.' })
  initiatives!: number;

  @Field(() => Float, {
    description:
      'Brandes betweenness centrality in the undirected graph of initiatives and their partners (WITH_PARTNER links only), ' +
      'normalised to 0..1 by the (n-1)(n-2)/2 pairs of other nodes: 1 means the entity lies on every shortest path between ' +
      'every other pair. Always 0 for units, committees and towns, which are not in that graph.',
  })
  betweenness!: number;

  @Field(() => Float, { description: 'Ranking score: `themes` + `towns` + `betweenness`. Ties go to more initiatives, then the id.' })
  score!: number;
}

@ObjectType({ description: 'How many initiatives have one value of a dimension.' })
export class GroupCount {
  @Field(() => DimensionValue)
  value!: DimensionValue;

  @Field(() => Int, { description: 'Initiatives with this value (each once); never 0.' })
  count!: number;

  @Field(() => [ID], { description: 'Global ids of those initiatives, in report order.' })
  initiativeIds!: string[];
}

/** A DimensionValue as the API returns it: its own id beside the value it stands for. */
export function toDimensionValue(value: { id: string; label: string }): DimensionValue {
  return { id: `dimension-value:${value.id}`, value: value.id, label: value.label };
}

/** `bridgesPage`: the whole ranking counted, one page of it returned. */
export const BridgeConnection = OffsetConnectionOf(Bridge, 'Bridge', 'bridge');
