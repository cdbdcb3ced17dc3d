package org.verbatim.store;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys of an encrypted project, derived from its password (see {@link KeyHeader}): one for
 * the files Verbatim encrypts itself ({@link SealedFiles}: originals, the search index) and one
 * handed to H2 as its file password. Both come from one slowly derived master key through
 * HMAC-SHA256 with a label each, so neither reveals the other or the password.
 */
public final class ProjectKey {
    private final byte[] master;

    ProjectKey(byte[] master) {
        this.master = master.clone();
    }

    /** The AES-256 key of the files Verbatim encrypts with AES-GCM. */
    SecretKeySpec contentKey() {
        return new SecretKeySpec(subkey("verbatim content key"), "AES");
    }

    /**
     * H2's file password: hex digits, so it never holds the space H2 uses to separate the file
     * password from the user's, whatever the user's password holds.
     */
    char[] databasePassword() {
        return HexFormat.of().formatHex(subkey("verbatim database key")).toCharArray();
    }

    /** The value stored in the header to tell a right password from a wrong one before anything is opened. */
    byte[] check() {
        return subkey("verbatim password check");
    }

    private byte[] subkey(String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(label.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Whether this is the key of the header's password. */
    boolean matches(byte[] storedCheck) {
        return java.security.MessageDigest.isEqual(check(), storedCheck);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectKey k && java.security.MessageDigest.isEqual(master, k.master);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(check());
    }

    @Override
    public String toString() {
        return "ProjectKey[hidden]";
    }
}
