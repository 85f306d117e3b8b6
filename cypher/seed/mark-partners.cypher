// An organisation is labelled :Partner only while some initiative works WITH it; one that is only
// mentioned stays a plain :Organisation, so nobody is called a partner wrongly. The number of
// initiatives it partners in is kept on it (partnerInitiatives, indexed), so that ranking partners
// by it is an index range instead of a count over every organisation on each request.
// params: none   columns: partners (int)
MATCH (o:Organisation)
REMOVE o:Partner, o.partnerInitiatives
WITH o, COUNT { MATCH (o)<-[:WITH_PARTNER]-(i:Initiative) RETURN DISTINCT i } AS initiatives
WHERE initiatives > 0
SET o:Partner, o.partnerInitiatives = initiatives
RETURN count(o) AS partners
