-- SonoBill schema, part 7 (issue 6): queue indexes for what `sonobill denialbench` found on 1,000,000 denial lines
-- (docs/benchmarks.md has the plans before and after). All are partial on the active statuses, like V6's, so they
-- hold only the entries still being worked; each list reads its page from the top of one of them and counts the
-- page total from the same index alone (an index-only scan: DenialQueue counts from denials without joins).

-- V6's owner and deadline indexes stopped short of the queue's full sort order (priority DESC, id), so the planner
-- walked the whole priority index filtering by owner, or sorted; they are rebuilt with the tie-breakers.
DROP INDEX denials_owner;
CREATE INDEX denials_owner ON denials (organisation_id, owner_user_id, priority DESC, id)
    WHERE status IN ('open', 'working', 'appealed', 'corrected');
DROP INDEX denials_due;
CREATE INDEX denials_due ON denials (organisation_id, next_deadline, priority DESC, id)
    WHERE status IN ('open', 'working', 'appealed', 'corrected');

-- Root cause, or root cause and payer: the matching entries only, by priority.
CREATE INDEX denials_cause ON denials (organisation_id, root_cause, payer_id, priority DESC, id)
    WHERE status IN ('open', 'working', 'appealed', 'corrected');

-- Low-dollar entries: the list by priority and the batches (GET /api/denials/batches), which read this index alone;
-- it carries what a batch sums and shows. DenialQueue writes the low-dollar condition as a literal, so that a
-- generic plan can use the index too.
CREATE INDEX denials_low_dollar ON denials (organisation_id, priority DESC, id)
    INCLUDE (payer_id, root_cause, action, denied_amount, expected_recovery, next_deadline)
    WHERE low_dollar AND status IN ('open', 'working', 'appealed', 'corrected');
