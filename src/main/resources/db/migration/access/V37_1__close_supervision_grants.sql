-- Issue 16 review, S3: the grants V35 typed still held what the round-back-door exploit had taken. A new migration
-- rather than an edit of V35, so that a database that has run V35 (a demo instance) is closed too.
-- A unit is covered by a leader's own scope: ADMINISTRATION all, CENTRE the centre's units, UNIT the unit; a team or
-- own-cases scope covers none (as RoundAccess.unitsCovered).
CREATE FUNCTION access.v37_covers(holder text, units bigint[]) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT coalesce((
        SELECT CASE coalesce(us.scope, CASE s.role WHEN 'CENTRE_LEADER' THEN 'CENTRE' WHEN 'TEAM_LEADER' THEN 'TEAM'
                                                   WHEN 'UNIT_LEADER' THEN 'UNIT' WHEN 'CASEWORKER' THEN 'UNIT' ELSE 'NONE' END)
                   WHEN 'ADMINISTRATION' THEN true
                   WHEN 'CENTRE' THEN units <@ ARRAY(SELECT o.id FROM organisation.unit o JOIN organisation.unit mine
                                                      ON mine.centre_id = o.centre_id WHERE mine.id = s.unit_id)
                   WHEN 'UNIT' THEN units <@ ARRAY[s.unit_id]
                   ELSE false END
        FROM organisation.staff s LEFT JOIN access.user_scope us ON us.username = s.username
        WHERE s.username = holder), false)
$$;

-- a review is a supervision lawyer's: a leader reviews what his or her own scope reaches and needs no grant
UPDATE access.case_assignment a SET ended_at = greatest(now(), a.granted_at)
WHERE a.kind = 'REVIEW' AND a.ended_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM organisation.staff s WHERE s.username = a.username AND s.role = 'SUPERVISION_LAWYER');

-- no round may have drawn more than 500 cases or units outside its planner's scope: its grants end
UPDATE access.case_assignment a SET ended_at = greatest(now(), a.granted_at)
FROM supervision.round r
WHERE a.round_id = r.id AND a.kind IN ('REVIEW', 'ROUND_CASE') AND a.ended_at IS NULL
  AND ((SELECT count(*) FROM supervision.sample s WHERE s.round_id = r.id) > 500 OR r.sample_size > 500
       OR NOT access.v37_covers(r.created_by, r.unit_ids));

-- the round's own case (its journaled outputs) is for lawyers and for leaders whose scope covers every unit (S4)
UPDATE access.case_assignment a SET ended_at = greatest(now(), a.granted_at)
FROM supervision.round r, organisation.staff s
WHERE a.round_id = r.id AND a.kind = 'ROUND_CASE' AND a.ended_at IS NULL AND s.username = a.username
  AND s.role <> 'SUPERVISION_LAWYER' AND NOT access.v37_covers(a.username, r.unit_ids);

-- a round's grant that V35 could not type (its holder no longer a reviewer, the case no longer sampled) is not work
UPDATE access.case_assignment a SET ended_at = greatest(now(), a.granted_at)
WHERE a.kind = 'WORK' AND a.ended_at IS NULL AND a.reason LIKE 'Ledelsestilsyn:%';

DROP FUNCTION access.v37_covers(text, bigint[]);

-- S6: the lawyer who chooses a case for Ankestyrelsen holds it by a kind of its own, so that undoing the choice does
-- not end the flag owner's follow-up of the same case (they shared the current-grant key)
ALTER TABLE access.case_assignment DROP CONSTRAINT case_assignment_kind_check;
ALTER TABLE access.case_assignment ADD CONSTRAINT case_assignment_kind_check
    CHECK (kind IN ('REVIEW', 'FOLLOW_UP', 'ROUND_CASE', 'REFERRAL', 'WORK'));
