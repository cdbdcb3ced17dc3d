package org.verbatim.store;

/**
 * The roles of a team project's members (table {@code team_member}, PostgreSQL only): a lead may
 * change or remove anyone's segments and memos; anyone not listed is a coder. Only a lead may
 * change the list, which the server holds by row-level security (migration V7).
 */
public final class TeamMemberTable {
    public static final String LEAD = "lead";
    public static final String CODER = "coder";
    private final Sql sql;

    TeamMemberTable(Sql sql) {
        this.sql = sql;
    }

    /** Whether the user this transaction runs as is a lead. */
    public boolean currentUserIsLead() {
        return sql.one("SELECT verbatim_is_lead()", rs -> rs.getBoolean(1)).orElse(false);
    }

    /** Whether the server knows a database user (a login role) of this name. */
    public boolean userExists(String user) {
        return sql.count("SELECT COUNT(*) FROM pg_roles WHERE rolname = CAST(? AS NAME)", user) > 0;
    }

    public String roleOf(String user) {
        return sql.one("SELECT role FROM team_member WHERE db_user = CAST(? AS NAME)", rs -> rs.getString(1), user)
                .orElse(CODER);
    }

    public long leadCount() {
        return sql.count("SELECT COUNT(*) FROM team_member WHERE role = ?", LEAD);
    }

    /** Gives {@code user} the role {@code role} ({@link #LEAD} or {@link #CODER}). */
    public void set(String user, String role) {
        if (sql.update("UPDATE team_member SET role = ? WHERE db_user = CAST(? AS NAME)", role, user) == 0) {
            sql.update("INSERT INTO team_member (db_user, role) VALUES (CAST(? AS NAME), ?)", user, role);
        }
    }
}
