package org.verbatim.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * A full disk under one folder as H2 meets it, in this process and without mounting anything:
 * an H2 file system over the plain disk that fails every write into the folder with the
 * system's "No space left on device" while the disk is {@link #fill filled}. {@link #install}
 * makes Verbatim reach project files through it (the store's {@code verbatim.h2.fileSystem}
 * property); everything else is written as usual.
 */
public final class SimulatedFullDisk extends FilePathWrapper {
    private static final String SCHEME = "fulldisk";
    private static volatile Path full;

    /** Project files are reached through this from now on; nothing is full yet. */
    public static void install() {
        FilePath.register(new SimulatedFullDisk());
        System.setProperty("verbatim.h2.fileSystem", SCHEME);
    }

    /** Project files on the plain disk again. */
    public static void remove() {
        full = null;
        System.clearProperty("verbatim.h2.fileSystem");
        FilePath.unregister(new SimulatedFullDisk());
    }

    /** Every write H2 makes under {@code folder} fails from now on, as on a full disk. */
    public static void fill(Path folder) {
        full = folder.toAbsolutePath().normalize();
    }

    /** Space is free again. */
    public static void free() {
        full = null;
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Channel(getBase().open(mode), Path.of(getBase().toString()).toAbsolutePath().normalize());
    }

    /** A file's channel that refuses writes while its folder is full. */
    private static final class Channel extends FileBase {
        private final FileChannel file;
        private final Path path;

        Channel(FileChannel file, Path path) {
            this.file = file;
            this.path = path;
        }

        private void refuseWhenFull() throws IOException {
            Path folder = full;
            if (folder != null && path.startsWith(folder)) {
                throw new IOException("No space left on device");
            }
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return file.read(dst);
        }

        @Override
        public synchronized int read(ByteBuffer dst, long position) throws IOException {
            return file.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            refuseWhenFull();
            return file.write(src);
        }

        @Override
        public synchronized int write(ByteBuffer src, long position) throws IOException {
            refuseWhenFull();
            return file.write(src, position);
        }

        @Override
        public long position() throws IOException {
            return file.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            file.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return file.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            refuseWhenFull();
            file.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            file.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return file.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            file.close();
        }

        @Override
        public String toString() {
            return "simulated full disk: " + path;
        }
    }
}
