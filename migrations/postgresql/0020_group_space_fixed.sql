-- PostgreSQL twin of ../0020_group_space_fixed.sql (triggers call a function here).
CREATE FUNCTION groups_identity_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.platform IS DISTINCT FROM OLD.platform
        OR NEW.channel_id IS DISTINCT FROM OLD.channel_id
        OR (OLD.space_id <> '' AND NEW.space_id IS DISTINCT FROM OLD.space_id) THEN
        RAISE EXCEPTION 'a group''s platform, channel and space never change';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER groups_identity_fixed BEFORE UPDATE OF platform, channel_id, space_id ON groups
    FOR EACH ROW EXECUTE FUNCTION groups_identity_fixed();
