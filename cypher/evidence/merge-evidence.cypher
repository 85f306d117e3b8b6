// Creates or updates one Evidence node per distinct span of a document (id: a hash of the document's
// sha256 and the span), with its TextPosition/TextQuote selectors.
// params: $evidence: [{key, id, document, quote, exact, start, end, prefix, suffix, firstLine,
//         lastLine, alignment, passage, page}]   columns: merged (int)
UNWIND $evidence AS ev
MERGE (e:Evidence {key: ev.key})
SET e = ev
RETURN count(e) AS merged
