// An organisation is labelled :Partner only while some initiative works WITH it; one that is only
// mentioned stays a plain :Organisation, so nobody is called a partner wrongly.
// params: none   columns: partners (int)
MATCH (o:Organisation)
REMOVE o:Partner
WITH o
WHERE EXISTS { (o)<-[:WITH_PARTNER]-(:Initiative) }
SET o:Partner
RETURN count(o) AS partners
