// One page of results matching a filter, with the total count. Every filter is optional
// (null = no restriction); list filters match when the result has ANY of the given values.
// params: $levels, $kinds, $supportSources: [string] | null (dataset values, e.g. 'resultat');
//         $minSupport, $maxSupport: int | null; $years: [int] | null; $minValue, $maxValue: float | null;
//         $hasFigure: bool | null; $indicators, $themes, $towns, $initiatives: [string] | null (slugs);
//         $orderBy: 'REPORT' | 'VALUE' | 'YEAR'; $descending: bool; $offset, $limit: int
// columns: total (int), page ([{target, labels}])
MATCH (i:Initiative)-[:ACHIEVED]->(r:Result)
WHERE ($levels IS NULL OR r.level IN $levels)
  AND ($kinds IS NULL OR r.resultKind IN $kinds)
  AND ($supportSources IS NULL OR r.supportSource IN $supportSources)
  AND ($minSupport IS NULL OR coalesce(r.supportGrade, 0) >= $minSupport)
  AND ($maxSupport IS NULL OR coalesce(r.supportGrade, 0) <= $maxSupport)
  AND ($years IS NULL OR r.year IN $years OR any(y IN $years WHERE r.periodFrom <= y <= r.periodTo))
  AND ($minValue IS NULL OR r.value >= $minValue)
  AND ($maxValue IS NULL OR r.value <= $maxValue)
  AND ($hasFigure IS NULL OR (r.value IS NOT NULL) = $hasFigure)
  AND ($initiatives IS NULL OR i.id IN $initiatives)
  AND ($indicators IS NULL OR EXISTS { (r)-[:MEASURES]->(x:Indicator) WHERE x.id IN $indicators })
  AND ($themes IS NULL OR EXISTS { (i)-[:SUPPORTS]->(t:Theme) WHERE t.id IN $themes })
  AND ($towns IS NULL OR EXISTS { (i)-[:IN_TOWN]->(t:Town) WHERE t.id IN $towns })
WITH r, i,
     CASE $orderBy
       WHEN 'VALUE' THEN toFloat(r.value)
       WHEN 'YEAR' THEN toFloat(coalesce(r.year, r.periodTo))
       ELSE toFloat(i.number)
     END AS sortKey
// Results without the key last in both directions; ties in report order.
ORDER BY sortKey IS NULL,
         CASE WHEN $descending THEN -sortKey ELSE sortKey END,
         i.number, r.position
WITH collect(r) AS matched
RETURN size(matched) AS total,
       [r IN matched[$offset..($offset + $limit)] | {target: properties(r), labels: labels(r)}] AS page
