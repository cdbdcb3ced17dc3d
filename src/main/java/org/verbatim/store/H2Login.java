package org.verbatim.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;

/**
 * How Verbatim logs in to a project file: as the user {@code verbatim} with no password, and for
 * an encrypted project with H2's file encryption ({@code CIPHER=AES}), whose file password comes
 * first in the password, separated from the (empty) user password by a space.
 */
final class H2Login {
    private static final String USER = "verbatim";
    private final char[] filePassword;

    private H2Login(char[] filePassword) {
        this.filePassword = filePassword;
    }

    /**
     * The system property naming the H2 file system a project file is reached through; unset,
     * the plain disk ({@code file}). The tests name one that fails H2's own writes as a full disk
     * does, so the same program meets the fault and opens the project again.
     */
    static final String FILE_SYSTEM = "verbatim.h2.fileSystem";

    /** The JDBC URL of the project file in {@code folder}, before its settings. */
    static String projectUrl(java.nio.file.Path folder) {
        return "jdbc:h2:" + System.getProperty(FILE_SYSTEM, "file") + ":" + folder.toAbsolutePath().resolve("project");
    }

    static H2Login of(ProjectKey key) {
        return new H2Login(key == null ? null : key.databasePassword());
    }

    /** Whether this is an encrypted project's login. */
    boolean encrypted() {
        return filePassword != null;
    }

    /**
     * What the URL adds: the cipher, and no trace file for an encrypted project (H2's trace file
     * would hold failed statements in clear beside the encrypted database).
     */
    String urlSettings() {
        return filePassword == null ? "" : ";CIPHER=AES;TRACE_LEVEL_FILE=0";
    }

    JdbcConnectionPool pool(String url) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        source.setUser(USER);
        source.setPasswordChars(password());
        return JdbcConnectionPool.create(ClosingPooledConnections.over(source));
    }

    Connection connect(String url) throws SQLException {
        Properties info = new Properties();
        info.setProperty("user", USER);
        info.put("password", password());
        return java.sql.DriverManager.getConnection(url, info);
    }

    private char[] password() {
        if (filePassword == null) {
            return new char[0];
        }
        char[] both = new char[filePassword.length + 1];
        System.arraycopy(filePassword, 0, both, 0, filePassword.length);
        both[filePassword.length] = ' ';
        return both;
    }
}
