-- Board tie-breaks (issue 17): equal points go to fewer wrong answers, then to
-- the faster average time from the post to a right answer. The scores row keeps
-- the sum and count of those times so the board stays one index range scan.
ALTER TABLE scores ADD COLUMN right_ms INTEGER NOT NULL DEFAULT 0;
ALTER TABLE scores ADD COLUMN right_timed INTEGER NOT NULL DEFAULT 0;

UPDATE scores SET
    right_ms = (
        SELECT COALESCE(SUM(a.elapsed_ms), 0) FROM answers a
        WHERE a.group_id = scores.group_id AND a.member_id = scores.member_id
          AND a.kind = 'daily' AND a.correct = 1 AND a.elapsed_ms IS NOT NULL
          AND (scores.period = 'all'
               OR scores.period = 'W' || date(a.local_date, 'weekday 0', '-6 days')
               OR scores.period = 'M' || substr(a.local_date, 1, 7))),
    right_timed = (
        SELECT COUNT(*) FROM answers a
        WHERE a.group_id = scores.group_id AND a.member_id = scores.member_id
          AND a.kind = 'daily' AND a.correct = 1 AND a.elapsed_ms IS NOT NULL
          AND (scores.period = 'all'
               OR scores.period = 'W' || date(a.local_date, 'weekday 0', '-6 days')
               OR scores.period = 'M' || substr(a.local_date, 1, 7)));

DROP TRIGGER answers_score;
CREATE TRIGGER answers_score AFTER INSERT ON answers WHEN NEW.kind = 'daily'
BEGIN
    INSERT INTO scores (group_id, period, member_id, points, answered, correct,
                        right_ms, right_timed)
    SELECT NEW.group_id, p.period, NEW.member_id, NEW.points, 1, NEW.correct,
           CASE WHEN NEW.correct = 1 THEN COALESCE(NEW.elapsed_ms, 0) ELSE 0 END,
           CASE WHEN NEW.correct = 1 AND NEW.elapsed_ms IS NOT NULL THEN 1 ELSE 0 END
    FROM (SELECT 'all' AS period
          UNION ALL SELECT 'W' || date(NEW.local_date, 'weekday 0', '-6 days')
          UNION ALL SELECT 'M' || substr(NEW.local_date, 1, 7)) p
    WHERE true
    ON CONFLICT (group_id, period, member_id) DO UPDATE SET
        points = points + excluded.points,
        answered = answered + 1,
        correct = correct + excluded.correct,
        right_ms = right_ms + excluded.right_ms,
        right_timed = right_timed + excluded.right_timed;
END;

-- New groups count a streak day for any answer to the daily question (issue 17);
-- the column default stays for old rows, the store inserts the rule explicitly.
