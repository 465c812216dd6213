-- SonoBill schema, part 10: the records written with every coded study check their organisation through their parent.
--
-- studies, coding_results, claims, claim_lines, report_readings and denials each had a key to organisations and a
-- composite key (organisation_id, parent) to a parent of the same organisation (a patient, a study, a claim). The
-- composite key already proves the organisation exists, since the parent's row has it. The single key added one more
-- check per row, and each check takes a share lock on the organisation's one row: every transaction of the
-- organisation locked the same row, which PostgreSQL tracks in a multixact shared by all of them (7 such checks per
-- coded study under the API load test, docs/benchmarks.md). Tables without such a parent keep their key.
DO $$
DECLARE
    k RECORD;
BEGIN
    FOR k IN
        SELECT con.conrelid::regclass AS tab, con.conname
        FROM pg_constraint con
        WHERE con.contype = 'f'
          AND con.confrelid = 'organisations'::regclass
          AND con.conrelid IN ('studies'::regclass, 'coding_results'::regclass, 'claims'::regclass,
                               'claim_lines'::regclass, 'report_readings'::regclass, 'denials'::regclass)
          AND array_length(con.conkey, 1) = 1
    LOOP
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', k.tab, k.conname);
    END LOOP;
END;
$$;
