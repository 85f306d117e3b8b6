// Constraints and indexes of the knowledge graph. Applied at every start; each statement is
// idempotent (IF NOT EXISTS). Statements are separated by semicolons.
//
// Every node carries :Entity with a globally unique `key` ("<kind>:<id>", e.g. "town:grindsted"),
// which is the GraphQL Node id; each kind also has its own unique `id`.

CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT strategy_id IF NOT EXISTS FOR (n:Strategy) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT theme_id IF NOT EXISTS FOR (n:Theme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT recommendation_id IF NOT EXISTS FOR (n:Recommendation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT initiative_id IF NOT EXISTS FOR (n:Initiative) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT town_id IF NOT EXISTS FOR (n:Town) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT committee_id IF NOT EXISTS FOR (n:Committee) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT unit_id IF NOT EXISTS FOR (n:Unit) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT year_id IF NOT EXISTS FOR (n:Year) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT result_id IF NOT EXISTS FOR (n:Result) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT indicator_id IF NOT EXISTS FOR (n:Indicator) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT dataset_id IF NOT EXISTS FOR (n:Dataset) REQUIRE n.id IS UNIQUE;

CREATE INDEX initiative_number IF NOT EXISTS FOR (n:Initiative) ON (n.number);
CREATE INDEX initiative_status IF NOT EXISTS FOR (n:Initiative) ON (n.status);
CREATE INDEX year_value IF NOT EXISTS FOR (n:Year) ON (n.value);
CREATE INDEX organisation_type IF NOT EXISTS FOR (n:Organisation) ON (n.type);
CREATE INDEX partner_initiatives IF NOT EXISTS FOR (n:Partner) ON (n.partnerInitiatives);
// A coverage request reads its stored matrix by its two dimensions (cypher/analysis/coverage-matrix).
CREATE INDEX coverage_matrix IF NOT EXISTS FOR (n:CoverageMatrix) ON (n.rows, n.columns);
// The results chain filters results by level and support grade (cypher/results/).
CREATE INDEX result_level IF NOT EXISTS FOR (n:Result) ON (n.level);
CREATE INDEX result_support IF NOT EXISTS FOR (n:Result) ON (n.supportGrade);

// Danish full text over what people type: titles, names, summaries, aliases, and a folded
// spelling (ø→o, æ→ae, å→aa) so that "sonder omme" finds Sønder Omme.
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS
FOR (n:Strategy|Theme|Recommendation|Initiative|Town|Organisation|Committee|Unit|Result)
ON EACH [n.title, n.name, n.summary, n.description, n.text, n.aliasText, n.folded]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'danish'}};

// Evidence quotes live on relationships; a second index lets search find an entity by them.
CREATE FULLTEXT INDEX evidence_text IF NOT EXISTS
FOR ()-[r:SUPPORTS|IN_TOWN|WITH_PARTNER|MENTIONS|DECIDED_BY|INVOLVES|IN_YEAR|ACHIEVED|RUN_BY|RELATED_TO]-()
ON EACH [r.quote]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'danish'}};

// Evidence anchored in the source documents (issue 16): documents, the passages of the examples and
// one node per quoted span; none carries :Entity. Keys name the document, so a later edition or
// another municipality's report can stand beside this one.
CREATE CONSTRAINT document_key IF NOT EXISTS FOR (n:Document) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT passage_key IF NOT EXISTS FOR (n:Passage) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT evidence_key IF NOT EXISTS FOR (n:Evidence) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE;
CREATE INDEX document_id IF NOT EXISTS FOR (n:Document) ON (n.id);
CREATE INDEX passage_initiative IF NOT EXISTS FOR (n:Passage) ON (n.initiative);
CREATE INDEX evidence_passage IF NOT EXISTS FOR (n:Evidence) ON (n.passage);

// The report's own words of each example, searchable with the Danish analyzer.
CREATE FULLTEXT INDEX passage_text IF NOT EXISTS
FOR (n:Passage) ON EACH [n.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'danish'}};

// The evidence as people type it (src/text/search-forms.ts: "Sdr.Omme" also as "sdr omme",
// "Grind- sted" also as "grindsted"), over every link type including where bodies are and what
// they are part of. Search reads this index; evidence_text stays for older clients of the graph.
CREATE FULLTEXT INDEX evidence_search IF NOT EXISTS
FOR ()-[r:SUPPORTS|IN_TOWN|WITH_PARTNER|MENTIONS|DECIDED_BY|INVOLVES|IN_YEAR|ACHIEVED|RUN_BY|RELATED_TO|LOCATED_IN|PART_OF]-()
ON EACH [r.quote, r.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'danish'}};
