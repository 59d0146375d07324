-- Issue 18: each member's pace of forgetting (bot/learning/pace.py), a posterior
-- over a grid of paces learnt from their answers (JSON); NULL is the prior.
ALTER TABLE members ADD COLUMN pace_fit TEXT;
