package org.verbatim.cli;

import picocli.CommandLine.Option;

/**
 * {@code [--user NAME] [--coder NAME]} beside {@code --server postgresql://HOST:PORT/DB}: who
 * works on a team project from this folder. The password comes from PGPASSWORD or ~/.pgpass, as
 * for PostgreSQL's own tools.
 */
final class ServerOptions {
    @Option(names = "--user", paramLabel = "NAME",
            description = "The database user (default: the user in the URL, else your OS user name).")
    String user;

    @Option(names = "--coder", paramLabel = "NAME",
            description = "The coder this folder's changes are made as (default: the database user).")
    String coder;
}
