-- PostgreSQL twin of ../0060_board_ties.sql: the same columns and backfill, the
-- board trigger function replaced. BIGINT for the sum of times (PostgreSQL's
-- INTEGER is 32 bits: 25 days of milliseconds).
ALTER TABLE scores ADD COLUMN right_ms BIGINT NOT NULL DEFAULT 0;
ALTER TABLE scores ADD COLUMN right_timed INTEGER NOT NULL DEFAULT 0;

UPDATE scores SET
    right_ms = t.ms,
    right_timed = t.n
FROM (
    SELECT a.group_id, a.member_id, x.period, SUM(a.elapsed_ms) AS ms, COUNT(*) AS n
    FROM answers a CROSS JOIN LATERAL (VALUES
        ('all'),
        ('W' || to_char(a.local_date::date - (extract(isodow FROM a.local_date::date)::int - 1),
                        'YYYY-MM-DD')),
        ('M' || substr(a.local_date, 1, 7))) x(period)
    WHERE a.kind = 'daily' AND a.correct = 1 AND a.elapsed_ms IS NOT NULL
    GROUP BY a.group_id, a.member_id, x.period
) t
WHERE scores.group_id = t.group_id AND scores.member_id = t.member_id
  AND scores.period = t.period;

CREATE OR REPLACE FUNCTION answers_score() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    d date := NEW.local_date::date;
    ms bigint := CASE WHEN NEW.correct = 1 THEN COALESCE(NEW.elapsed_ms, 0) ELSE 0 END;
    timed integer := CASE WHEN NEW.correct = 1 AND NEW.elapsed_ms IS NOT NULL THEN 1 ELSE 0 END;
BEGIN
    INSERT INTO scores AS s (group_id, period, member_id, points, answered, correct,
                             right_ms, right_timed)
    VALUES
        (NEW.group_id, 'all', NEW.member_id, NEW.points, 1, NEW.correct, ms, timed),
        (NEW.group_id, 'W' || to_char(d - (extract(isodow FROM d)::int - 1), 'YYYY-MM-DD'),
         NEW.member_id, NEW.points, 1, NEW.correct, ms, timed),
        (NEW.group_id, 'M' || substr(NEW.local_date, 1, 7), NEW.member_id,
         NEW.points, 1, NEW.correct, ms, timed)
    ON CONFLICT (group_id, period, member_id) DO UPDATE SET
        points = s.points + excluded.points,
        answered = s.answered + 1,
        correct = s.correct + excluded.correct,
        right_ms = s.right_ms + excluded.right_ms,
        right_timed = s.right_timed + excluded.right_timed;
    RETURN NULL;
END;
$$;
