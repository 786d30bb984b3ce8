-- A case taken over from an earlier case system keeps its number (issue 20: 2017-0400505). Claiming it moves the
-- year's sequence past it, so a case registered afterwards never draws a number already taken; a rolled-back import
-- leaves a gap, never a duplicate (case_number is UNIQUE).
CREATE FUNCTION cases.claim_case_number(number text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    year   int;
    n      bigint;
    seq    text;
    last   bigint;
    called boolean;
BEGIN
    IF number !~ '^[0-9]{4}-[0-9]{7}$' THEN
        RAISE EXCEPTION 'case number % malformed', number;
    END IF;
    year := split_part(number, '-', 1)::int;
    n := split_part(number, '-', 2)::bigint;
    IF year < 1900 OR year > 9999 OR n < 1 THEN
        RAISE EXCEPTION 'case number % out of range', number;
    END IF;
    seq := format('cases.case_number_%s', year);
    BEGIN
        EXECUTE format('CREATE SEQUENCE IF NOT EXISTS %s MINVALUE 1 MAXVALUE 9999999 NO CYCLE', seq);
    EXCEPTION WHEN unique_violation OR duplicate_table THEN
        NULL; -- another transaction created it at the same moment
    END;
    -- one claimer of a year at a time, so two imports cannot move the sequence backwards
    PERFORM pg_advisory_xact_lock(hashtext(seq));
    EXECUTE format('SELECT last_value, is_called FROM %s', seq) INTO last, called;
    IF NOT called OR last < n THEN
        PERFORM setval(seq, greatest(n, CASE WHEN called THEN last ELSE 0 END), true);
    END IF;
END $$;
