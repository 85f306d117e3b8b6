import type { InitiativeEntry, ResultEntry } from '../dataset/dataset.types';
import { normaliseSource, quotePattern } from '../dataset/source-text';

// The figure sweep: every number in an example's text is either captured (inside the quote of a
// result, target, baseline or period that holds that very figure), explained (inside the quote of
// one of the example's `uncaptured_figures`, with a reason), or unexplained. Pure: the CLI reads
// the text and the dataset, the report renders the answer.

export interface FoundNumber {
  /** As printed: "2.500", "14", "1,5". */
  text: string;
  /** What it may stand for: "1,7 mio." is 1.7 and 1,700,000 (results give either). */
  values: number[];
  /** What the text says around it, for a reader to find it. */
  context: string;
}

export interface ExampleSweep {
  number: number;
  id: string;
  title: string;
  found: number;
  captured: number;
  explained: number;
  unexplained: FoundNumber[];
}

// Digits with Danish grouping or decimals ("2.500", "1,5"); a digit glued to a letter before it is
// part of a name ("CO2", "H2"), not a figure.
const NUMBER = /(?<![\p{L}\d])\d+(?:[.,]\d+)*/gu;
// A line that holds only numbers is the layout's example number or page number.
const LAYOUT_LINE = /^\s*\d+(?:\s+\d+)*\s*$/;

/** An example's text as the sweep reads it: layout number lines dropped, whitespace collapsed. */
export function sweepText(lines: string[]): string {
  return normaliseSource(lines.filter((line) => !LAYOUT_LINE.test(line)).join('\n'));
}

/** The values a printed number may stand for: "2.500" is 2500; "1,5" is 1.5; "1.5" may be either. */
export function readNumber(text: string): number[] {
  const values = new Set<number>();
  if (/^\d{1,3}(\.\d{3})+$/.test(text)) values.add(Number(text.replace(/\./g, '')));
  if (/^\d+,\d+$/.test(text)) values.add(Number(text.replace(',', '.')));
  if (/^\d+(\.\d+)?$/.test(text)) values.add(Number(text));
  if (values.size === 0) values.add(Number(text.replace(/[.,]/g, '')));
  return [...values];
}

interface Span {
  start: number;
  end: number;
  /** The figures this quote accounts for. */
  accepts: (number: FoundNumber) => boolean;
}

function spansOf(text: string, quote: string, accepts: Span['accepts']): Span[] {
  const pattern = new RegExp(quotePattern(quote).source, 'gu');
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length, accepts }));
}

function figuresOf(result: ResultEntry): number[] {
  return [
    result.value,
    result.year,
    result.period?.from,
    result.period?.to,
    result.target?.value,
    result.target?.year,
    result.baseline?.value,
    result.baseline?.year,
  ].filter((value): value is number => typeof value === 'number');
}

const holds = (figures: number[]) => (found: FoundNumber) => found.values.some((value) => figures.includes(value));

// "1,7 mio.", "2,9 mia. kr", "600-800 millioner": a result may hold the figure in full.
const SCALE: [RegExp, number][] = [
  [/^(?:-\d+)?\s*(?:mio\b|million)/iu, 1e6],
  [/^(?:-\d+)?\s*(?:mia\b|milliard)/iu, 1e9],
];

function valuesAt(text: string, match: RegExpMatchArray): number[] {
  const values = readNumber(match[0]);
  const after = text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 16);
  const scale = SCALE.find(([pattern]) => pattern.test(after))?.[1];
  return scale ? [...values, ...values.map((value) => Math.round(value * scale))] : values;
}

/** Sweeps one example's text against its results and uncaptured figures. */
export function sweepExample(entry: InitiativeEntry, text: string): ExampleSweep {
  const captures: Span[] = (entry.results ?? []).flatMap((result) => {
    const accepts = holds(figuresOf(result));
    const quotes = [result.quote, result.period?.quote, result.target?.quote, result.baseline?.quote].filter((q): q is string => !!q);
    return quotes.flatMap((quote) => spansOf(text, quote, accepts));
  });
  const explanations: Span[] = (entry.uncaptured_figures ?? []).flatMap((figure) => {
    const inFigure = [...figure.figure.matchAll(NUMBER)].flatMap((match) => valuesAt(figure.figure, match));
    return spansOf(text, figure.quote, holds(inFigure));
  });
  const within = (spans: Span[], at: number, found: FoundNumber) => spans.some((span) => span.start <= at && at < span.end && span.accepts(found));

  let captured = 0;
  let explained = 0;
  const unexplained: FoundNumber[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const at = match.index;
    const found: FoundNumber = { text: match[0], values: valuesAt(text, match), context: text.slice(Math.max(0, at - 40), at + match[0].length + 40).trim() };
    if (within(captures, at, found)) captured += 1;
    else if (within(explanations, at, found)) explained += 1;
    else unexplained.push(found);
  }
  return {
    number: entry.number,
    id: entry.id,
    title: entry.title,
    found: captured + explained + unexplained.length,
    captured,
    explained,
    unexplained,
  };
}
