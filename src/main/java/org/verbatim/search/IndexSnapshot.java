package org.verbatim.search;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collection;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;

/**
 * An index held in memory written as one stream and read back: the files of its last commit,
 * each as its name, length and bytes. The stream is what an encrypted project seals into one
 * file, so that no part of the index lies on disk in clear.
 */
final class IndexSnapshot {
    private static final int MAGIC = 0x56424958; // "VBIX"
    private static final int BUFFER = 64 * 1024;

    private IndexSnapshot() {
    }

    /** Writes the files of {@code directory}'s last commit onto {@code out}; returns the bytes written. */
    static long write(Directory directory, OutputStream out) throws IOException {
        Collection<String> files = SegmentInfos.readLatestCommit(directory).files(true);
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(MAGIC);
        data.writeInt(files.size());
        long total = 0;
        byte[] buffer = new byte[BUFFER];
        for (String name : files) {
            try (IndexInput in = directory.openInput(name, IOContext.READONCE)) {
                long length = in.length();
                data.writeUTF(name);
                data.writeLong(length);
                for (long left = length; left > 0; ) {
                    int n = (int) Math.min(left, buffer.length);
                    in.readBytes(buffer, 0, n);
                    data.write(buffer, 0, n);
                    left -= n;
                }
                total += length;
            }
        }
        data.flush();
        return total;
    }

    /** Reads a snapshot into a new directory in memory. */
    static ByteBuffersDirectory read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (data.readInt() != MAGIC) {
            throw new IOException("not a search index snapshot");
        }
        int count = data.readInt();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        byte[] buffer = new byte[BUFFER];
        for (int i = 0; i < count; i++) {
            String name = data.readUTF();
            long length = data.readLong();
            try (IndexOutput out = directory.createOutput(name, IOContext.DEFAULT)) {
                for (long left = length; left > 0; ) {
                    int n = (int) Math.min(left, buffer.length);
                    data.readFully(buffer, 0, n);
                    out.writeBytes(buffer, 0, n);
                    left -= n;
                }
            }
        }
        return directory;
    }
}
