// The fingerprint of the dataset the last load recorded (null when nothing was loaded through the
// loader): the response cache keys every answer by it, so that a reload makes new keys.
// params: none   columns: fingerprint (string|null)
OPTIONAL MATCH (d:Dataset {id: 'current'})
RETURN d.fingerprint AS fingerprint
