-- The soonest open deadline of a case (what the municipality must do next), published by the deadlines module for
-- the case lists ("Mine sager" shows and sorts by it), which read no deadline table. A SQL function the planner
-- inlines into LEFT JOIN LATERAL deadlines.soonest_open(f.id), so it is read by the index on (case_id, due_at).
CREATE FUNCTION deadlines.soonest_open(p_case_id bigint)
RETURNS TABLE (due_date date, due_at timestamptz, rule_name text, hour_rule boolean)
LANGUAGE sql STABLE AS $$
    SELECT d.due_date, d.due_at, r.name, r.unit = 'HOURS'
    FROM deadlines.deadline d
    JOIN deadlines.rule r ON r.code = d.rule_code AND r.variant = d.variant AND r.effective_from = d.rule_effective_from
    WHERE d.case_id = p_case_id AND d.status = 'OPEN' AND NOT d.citizen_side
    ORDER BY d.due_at, d.id
    LIMIT 1
$$;
