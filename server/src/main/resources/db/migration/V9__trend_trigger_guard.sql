-- SonoBill schema, part 9: the billed-trends trigger does nothing when a claims update submits nothing.
--
-- The statement trigger of V6 runs after every UPDATE of claims (a scrub, a status change, an edit), and it called
-- denial_trends_add_billed even with no claim submitted for the first time. That function's INSERT ... SELECT was
-- then planned afresh for an empty list: 0.8 ms of planning per scrub, a fifth of PostgreSQL's work per coded study
-- under the API load test (pg_stat_statements, docs/benchmarks.md). A submission still counts its claims in one insert.
CREATE OR REPLACE FUNCTION denial_trends_billed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    submitted BIGINT[];
BEGIN
    submitted := ARRAY(SELECT n.id FROM submitted_after n JOIN submitted_before o ON o.id = n.id
                       WHERE o.first_submitted_on IS NULL AND n.first_submitted_on IS NOT NULL);
    IF cardinality(submitted) > 0 THEN
        PERFORM denial_trends_add_billed(submitted);
    END IF;
    RETURN NULL;
END;
$$;
