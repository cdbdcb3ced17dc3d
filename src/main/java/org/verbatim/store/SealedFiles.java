package org.verbatim.store;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The files of an encrypted project that Verbatim encrypts itself (originals, the search index
 * snapshot), as AES-256-GCM streams: a magic line and a random nonce prefix, then chunks of at
 * most 1 MiB, each sealed on its own with the chunk's number in its nonce and a flag on the last
 * one. A file is read and written a chunk at a time, whatever its size; a changed, reordered or
 * cut-off chunk fails to open instead of yielding altered text.
 */
public final class SealedFiles {
    private static final byte[] MAGIC = "VBSEAL01".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK = 1 << 20;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SealedFiles() {
    }

    /** A stream that encrypts what is written to it onto {@code raw}; closing it seals the last chunk and closes {@code raw}. */
    public static OutputStream sealing(ProjectKey key, OutputStream raw) throws IOException {
        byte[] prefix = new byte[8];
        RANDOM.nextBytes(prefix);
        raw.write(MAGIC);
        raw.write(prefix);
        return new Sealing(raw, key.contentKey(), prefix);
    }

    /** A stream that decrypts {@code raw}; a damaged file or another key fails with an IOException saying so. */
    public static InputStream opening(ProjectKey key, InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(raw);
        byte[] magic = new byte[MAGIC.length];
        byte[] prefix = new byte[8];
        try {
            in.readFully(magic);
            in.readFully(prefix);
        } catch (EOFException e) {
            throw new IOException("not an encrypted Verbatim file (too short)", e);
        }
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IOException("not an encrypted Verbatim file");
        }
        return new Opening(in, key.contentKey(), prefix);
    }

    private static Cipher cipher(int mode, SecretKeySpec key, byte[] prefix, int chunk, boolean last) {
        try {
            byte[] nonce = ByteBuffer.allocate(12).put(prefix).putInt(chunk).array();
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(new byte[] {(byte) (last ? 1 : 0)});
            return c;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    private static final class Sealing extends FilterOutputStream {
        private final SecretKeySpec key;
        private final byte[] prefix;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream(CHUNK);
        private int chunk;
        private boolean closed;

        Sealing(OutputStream raw, SecretKeySpec key, byte[] prefix) {
            super(raw);
            this.key = key;
            this.prefix = prefix;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                int n = Math.min(len, CHUNK - pending.size());
                pending.write(b, off, n);
                off += n;
                len -= n;
                if (pending.size() == CHUNK) {
                    seal(false);
                }
            }
        }

        private void seal(boolean last) throws IOException {
            byte[] sealed;
            try {
                sealed = cipher(Cipher.ENCRYPT_MODE, key, prefix, chunk++, last).doFinal(pending.toByteArray());
            } catch (GeneralSecurityException e) {
                throw new IOException("cannot encrypt: " + e.getMessage(), e);
            }
            pending.reset();
            out.write(ByteBuffer.allocate(4).putInt(sealed.length).array());
            out.write(sealed);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                seal(true);
            } finally {
                out.close();
            }
        }
    }

    private static final class Opening extends InputStream {
        private final DataInputStream in;
        private final SecretKeySpec key;
        private final byte[] prefix;
        private byte[] plain = new byte[0];
        private int at;
        private int chunk;
        private boolean ended;

        Opening(DataInputStream in, SecretKeySpec key, byte[] prefix) {
            this.in = in;
            this.key = key;
            this.prefix = prefix;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (at == plain.length) {
                if (ended) {
                    return -1;
                }
                next();
            }
            int n = Math.min(len, plain.length - at);
            System.arraycopy(plain, at, b, off, n);
            at += n;
            return n;
        }

        /** Reads and opens the next chunk; whether it is the last one is known only by trying its flag. */
        private void next() throws IOException {
            byte[] sealed;
            try {
                int length = in.readInt();
                if (length < TAG_BITS / 8 || length > CHUNK + TAG_BITS / 8) {
                    throw new IOException("the encrypted file is damaged (chunk " + chunk + ")");
                }
                sealed = new byte[length];
                in.readFully(sealed);
            } catch (EOFException e) {
                throw new IOException("the encrypted file is cut short (chunk " + chunk + ")", e);
            }
            try {
                plain = cipher(Cipher.DECRYPT_MODE, key, prefix, chunk, false).doFinal(sealed);
            } catch (AEADBadTagException notMiddle) {
                try {
                    plain = cipher(Cipher.DECRYPT_MODE, key, prefix, chunk, true).doFinal(sealed);
                    ended = true;
                    if (in.read() >= 0) {
                        throw new IOException("the encrypted file has data after its end");
                    }
                } catch (GeneralSecurityException e) {
                    throw new IOException("the encrypted file is damaged or belongs to another key (chunk " + chunk + ")", e);
                }
            } catch (GeneralSecurityException e) {
                throw new IOException("cannot decrypt: " + e.getMessage(), e);
            }
            chunk++;
            at = 0;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
