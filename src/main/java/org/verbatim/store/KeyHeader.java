package org.verbatim.store;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Properties;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The small file {@code encryption.properties} in an encrypted project's folder: how the key is
 * derived from the password (PBKDF2 with HMAC-SHA256, its random salt and iteration count) and a
 * check value that tells a wrong password before anything is opened. It holds neither the
 * password nor the key, and the project cannot be opened without it: a copy of the project
 * must include it.
 */
public final class KeyHeader {
    /** The header's file name in the project folder; its presence is what makes a project encrypted. */
    public static final String FILE_NAME = "encryption.properties";
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; stored in each header, so it can be raised later. */
    static final int ITERATIONS = 600_000;
    private static final String KDF = "PBKDF2WithHmacSHA256";
    private static final int FORMAT = 1;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] salt;
    private final int iterations;
    private final byte[] check;

    private KeyHeader(byte[] salt, int iterations, byte[] check) {
        this.salt = salt;
        this.iterations = iterations;
        this.check = check;
    }

    /** Whether {@code folder} holds an encrypted project. */
    public static boolean isEncrypted(Path folder) {
        return Files.isRegularFile(folder.resolve(FILE_NAME));
    }

    /** A new header with a fresh salt for {@code password}, and the key it derives (nothing is written yet). */
    public static Derived create(char[] password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        ProjectKey key = derive(password, salt, ITERATIONS);
        return new Derived(new KeyHeader(salt, ITERATIONS, key.check()), key);
    }

    /** A header and the key that goes with it. */
    public record Derived(KeyHeader header, ProjectKey key) { }

    /**
     * Reads the header in {@code folder}.
     *
     * @throws StoreException when it cannot be read or is not a header this version knows
     */
    public static KeyHeader read(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            if (!Integer.toString(FORMAT).equals(p.getProperty("format")) || !KDF.equals(p.getProperty("kdf"))) {
                throw new StoreException(file + " was written by a newer Verbatim (format " + p.getProperty("format")
                        + ", " + p.getProperty("kdf") + ")");
            }
            return new KeyHeader(Base64.getDecoder().decode(p.getProperty("salt")),
                    Integer.parseInt(p.getProperty("iterations")), Base64.getDecoder().decode(p.getProperty("check")));
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw new StoreException("The encryption header " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The key of {@code password}, or null when it is not this header's password. */
    public ProjectKey unlock(char[] password) {
        ProjectKey key = derive(password, salt, iterations);
        return key.matches(check) ? key : null;
    }

    /** The header's text, as written into the project folder. */
    public String text() {
        Properties p = new Properties();
        p.setProperty("format", Integer.toString(FORMAT));
        p.setProperty("kdf", KDF);
        p.setProperty("iterations", Integer.toString(iterations));
        p.setProperty("salt", Base64.getEncoder().encodeToString(salt));
        p.setProperty("check", Base64.getEncoder().encodeToString(check));
        StringWriter out = new StringWriter();
        try {
            p.store(out, "Verbatim encryption header: how the key is derived from the password (never the password"
                    + " or the key). The project cannot be opened without this file.");
        } catch (IOException e) {
            throw new IllegalStateException("Writing to a string cannot fail", e);
        }
        return out.toString();
    }

    private static ProjectKey derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        try {
            byte[] master = SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
            try {
                return new ProjectKey(master);
            } finally {
                Arrays.fill(master, (byte) 0);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(KDF + " is part of every Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
