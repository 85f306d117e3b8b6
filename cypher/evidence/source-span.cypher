// A span of a document's normalised text with the text around it (positions in code points; the
// text is BMP-only, where Cypher's substring counts the same). The caller clamps the bounds.
// params: $document: string (id), $from: int, $start: int, $end: int, $to: int
// columns: document (properties without text), before, text, after, line (int: the line where the span starts)
MATCH (d:Document {id: $document})
RETURN d {.id, .key, .title, .publisher, .municipalityCode, .councilPeriod, .edition, .language, .file, .sha256, .normalisation, .length, .lineCount} AS document,
       substring(d.text, $from, $start - $from) AS before,
       substring(d.text, $start, $end - $start) AS text,
       substring(d.text, $end, $to - $end) AS after,
       size(split(substring(d.text, 0, $start), '\n')) AS line
