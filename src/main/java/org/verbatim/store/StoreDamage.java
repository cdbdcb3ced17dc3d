package org.verbatim.store;

import java.sql.SQLException;
import java.util.regex.Pattern;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

/** Tells a failure caused by unreadable pages of the project file from any other failure. */
final class StoreDamage {
    /** H2's "file corrupted" SQL error. */
    private static final int FILE_CORRUPTED = 90030;
    /** H2 quotes an MVStore error's code as {@code [2.4.240/50]} inside messages of wrapping exceptions. */
    private static final Pattern QUOTED_CODE = Pattern.compile("\\[\\d+\\.\\d+\\.\\d+/(6|9|50)]");

    private StoreDamage() {
    }

    static boolean isDamage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MVStoreException m && isDamageCode(m.getErrorCode())) {
                return true;
            }
            if (t instanceof SQLException s && s.getErrorCode() == FILE_CORRUPTED) {
                return true;
            }
            if (t.getMessage() != null && QUOTED_CODE.matcher(t.getMessage()).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDamageCode(int code) {
        return code == DataUtils.ERROR_FILE_CORRUPT || code == DataUtils.ERROR_CHUNK_NOT_FOUND
                || code == DataUtils.ERROR_BLOCK_NOT_FOUND;
    }

    /** The innermost message of a failure, short enough for one line. */
    static String reason(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int cut = message.indexOf(", chunk chunk:");
        message = cut > 0 ? message.substring(0, cut) : message;
        return message.length() > 160 ? message.substring(0, 160) + "…" : message;
    }
}
