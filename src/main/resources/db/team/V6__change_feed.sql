-- Team projects (PostgreSQL only): the change feed. Every write transaction adds one row with
-- its generation and the documents it touched (ids, comma-separated; everything = any turn may
-- have changed), and the row's commit is announced with NOTIFY, so every client follows others'
-- changes at once, and incrementally.
CREATE TABLE change_feed (
    generation   BIGINT PRIMARY KEY,
    everything   BOOLEAN NOT NULL,
    documents    TEXT NOT NULL,
    made_by      NAME NOT NULL DEFAULT current_user,
    committed_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

CREATE FUNCTION verbatim_announce_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('verbatim_changes', NEW.generation::text);
    RETURN NULL;
END
$$;

CREATE TRIGGER change_feed_announce AFTER INSERT ON change_feed
    FOR EACH ROW EXECUTE FUNCTION verbatim_announce_change();
