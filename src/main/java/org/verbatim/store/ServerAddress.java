package org.verbatim.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Where a team project's database is: host, port, database, user and TLS mode, written as
 * {@code postgresql://HOST:PORT/DB}. It never holds a password.
 *
 * @param tlsMode PostgreSQL's {@code sslmode}: disable, allow, prefer, require, verify-ca, verify-full
 */
public record ServerAddress(String host, int port, String database, String user, String tlsMode) {
    public static final int DEFAULT_PORT = 5432;
    public static final String DEFAULT_TLS_MODE = "prefer";
    private static final Set<String> TLS_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

    public ServerAddress {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("The server address names no host");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("The server port " + port + " is not between 1 and 65535");
        }
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException("The server address names no database (postgresql://HOST:PORT/DATABASE)");
        }
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("No database user: give --user NAME or postgresql://NAME@HOST/DATABASE");
        }
        tlsMode = tlsMode == null ? DEFAULT_TLS_MODE : tlsMode.toLowerCase(Locale.ROOT);
        if (!TLS_MODES.contains(tlsMode)) {
            throw new IllegalArgumentException("Unknown TLS mode '" + tlsMode + "'; use one of " + String.join(", ",
                    TLS_MODES.stream().sorted().toList()));
        }
    }

    /**
     * Reads {@code postgresql://[USER@]HOST[:PORT]/DATABASE[?sslmode=MODE]}; {@code user} (may be
     * null) overrides the URL's user, and without either the OS user name is taken, as psql does.
     */
    public static ServerAddress parse(String url, String user) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + url + "' is not a server address like postgresql://HOST:PORT/DATABASE");
        }
        if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
            throw new IllegalArgumentException("'" + url + "' is not a server address like postgresql://HOST:PORT/DATABASE");
        }
        String database = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        String tls = null;
        if (uri.getQuery() != null) {
            for (String pair : uri.getQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                if (kv.length == 2 && kv[0].equals("sslmode")) {
                    tls = kv[1];
                } else {
                    throw new IllegalArgumentException("Unknown setting '" + pair + "' in " + url + " (only sslmode=MODE is read)");
                }
            }
        }
        String who = user != null ? user : uri.getUserInfo() != null ? uri.getUserInfo().split(":", 2)[0]
                : System.getProperty("user.name");
        return new ServerAddress(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), database, who, tls);
    }

    /** The address as the user writes it, without the user name. */
    public String url() {
        return "postgresql://" + host + ":" + port + "/" + database;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return url() + " as " + user;
    }
}
