-- Tables made after V7 (quote marks, V10) are used by every member like the others: V7 granted
-- only the tables that existed then. Grants are idempotent, so this covers any later table too.
DO $$
BEGIN
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO PUBLIC', current_schema());
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO PUBLIC', current_schema());
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON %I.flyway_schema_history FROM PUBLIC', current_schema());
END
$$;
