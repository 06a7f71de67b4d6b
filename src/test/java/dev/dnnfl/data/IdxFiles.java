package dev.dnnfl.data;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes tiny IDX files of unsigned bytes for tests, plain or gzip-compressed. */
final class IdxFiles {
    private IdxFiles() {
    }

    static Path write(Path file, int[] dims, byte[] values, boolean gzip) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file);
             DataOutputStream out = new DataOutputStream(gzip ? new GZIPOutputStream(raw) : raw)) {
            out.writeInt(0x0800 | dims.length);
            for (int d : dims) {
                out.writeInt(d);
            }
            out.write(values);
        }
        return file;
    }

    /** {@code n} images of h×w whose every pixel is 10 × the sample's index; labels index mod 3. */
    static void writeImages(Path dir, String images, String labels, int n, int h, int w, boolean gzip)
            throws IOException {
        byte[] pixels = new byte[n * h * w];
        byte[] ids = new byte[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < h * w; j++) {
                pixels[i * h * w + j] = (byte) (10 * i);
            }
            ids[i] = (byte) (i % 3);
        }
        write(dir.resolve(images), new int[] {n, h, w}, pixels, gzip);
        write(dir.resolve(labels), new int[] {n}, ids, gzip);
    }
}
