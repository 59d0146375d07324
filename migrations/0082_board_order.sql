-- The leaderboard reads the top of one group's period (issue 19: under 20 ms
-- at 10,000,000 answers). This index holds the board's whole order (points,
-- fewer wrong answers, timed before untimed, faster average, member id), the
-- same expressions as the query in bot/storage/reads.py, so the top ten are
-- the index's first ten entries. The index it replaces ordered by right
-- answers, which the board does not: with many members tied on points the
-- read then sorted every tied member's row.
DROP INDEX scores_board;
CREATE INDEX scores_board ON scores (
    group_id, period, points DESC, (answered - correct), (right_timed > 0) DESC,
    (CASE WHEN right_timed > 0 THEN right_ms / right_timed END), member_id
);
