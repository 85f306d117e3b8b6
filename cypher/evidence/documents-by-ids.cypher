// The source documents with these ids, without their text (for evidence.document and source()).
// params: $ids: [string]   columns: id, document (properties without text)
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN id, d {.id, .key, .title, .publisher, .municipalityCode, .councilPeriod, .edition, .language, .file, .sha256, .normalisation, .length, .lineCount} AS document
