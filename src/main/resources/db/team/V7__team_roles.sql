-- Team projects (PostgreSQL only): who may change what, enforced by the server.
-- Every segment and memo records the database user who made it; a member may change or remove
-- only their own unless team_member gives them the lead role. The user who creates the project
-- is its first lead. Row-level security is forced, so it holds for the tables' owner too
-- (only a superuser bypasses it).
CREATE TABLE team_member (
    db_user NAME PRIMARY KEY,
    role    VARCHAR(20) NOT NULL CHECK (role IN ('lead', 'coder'))
);
INSERT INTO team_member (db_user, role) VALUES (current_user, 'lead');

CREATE FUNCTION verbatim_is_lead() RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM team_member WHERE db_user = current_user AND role = 'lead')
$$;

ALTER TABLE segment ADD COLUMN owner NAME NOT NULL DEFAULT current_user;
ALTER TABLE memo ADD COLUMN owner NAME NOT NULL DEFAULT current_user;

ALTER TABLE segment ENABLE ROW LEVEL SECURITY;
ALTER TABLE segment FORCE ROW LEVEL SECURITY;
CREATE POLICY segment_read ON segment FOR SELECT USING (true);
CREATE POLICY segment_add ON segment FOR INSERT WITH CHECK (owner = current_user);
CREATE POLICY segment_change ON segment FOR UPDATE USING (owner = current_user OR verbatim_is_lead());
CREATE POLICY segment_remove ON segment FOR DELETE USING (owner = current_user OR verbatim_is_lead());

ALTER TABLE memo ENABLE ROW LEVEL SECURITY;
ALTER TABLE memo FORCE ROW LEVEL SECURITY;
CREATE POLICY memo_read ON memo FOR SELECT USING (true);
CREATE POLICY memo_add ON memo FOR INSERT WITH CHECK (owner = current_user);
CREATE POLICY memo_change ON memo FOR UPDATE USING (owner = current_user OR verbatim_is_lead());
CREATE POLICY memo_remove ON memo FOR DELETE USING (owner = current_user OR verbatim_is_lead());

-- Only a lead names leads; the read policy alone serves verbatim_is_lead(), so it never recurses.
ALTER TABLE team_member ENABLE ROW LEVEL SECURITY;
ALTER TABLE team_member FORCE ROW LEVEL SECURITY;
CREATE POLICY team_read ON team_member FOR SELECT USING (true);
CREATE POLICY team_add ON team_member FOR INSERT WITH CHECK (verbatim_is_lead());
CREATE POLICY team_change ON team_member FOR UPDATE USING (verbatim_is_lead());
CREATE POLICY team_remove ON team_member FOR DELETE USING (verbatim_is_lead());

-- Who may open the project at all is the database's CONNECT privilege (docs/team-projects.md):
-- everyone who can connect works on the tables, within the policies above.
DO $$
BEGIN
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO PUBLIC', current_schema());
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO PUBLIC', current_schema());
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON %I.flyway_schema_history FROM PUBLIC', current_schema());
END
$$;
