package dev.dnnfl.data;

import dev.dnnfl.spec.UserError;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * An IDX file (the MNIST format: a magic number giving the element type and rank, big-endian
 * dimension sizes, then the elements in row-major order), plain or gzip-compressed. Only the
 * header is read when the file is opened; {@link #read} streams the elements and keeps the
 * selected samples, so a subset of a large file costs only the subset's memory.
 */
record IdxFile(Path path, int type, int[] dims) {

    static final int UNSIGNED_BYTE = 0x08;
    private static final List<Integer> TYPES = List.of(0x08, 0x09, 0x0B, 0x0C, 0x0D, 0x0E);

    /** The file's header; the path in any error. */
    static IdxFile open(Path path) {
        try (DataInputStream in = stream(path)) {
            int magic = in.readInt();
            int type = (magic >> 8) & 0xFF;
            int rank = magic & 0xFF;
            if ((magic >>> 16) != 0 || !TYPES.contains(type) || rank < 1) {
                throw new UserError(path + ": not an IDX file (magic number 0x"
                        + String.format("%08x", magic) + "; expected 0x000008NN for unsigned bytes)");
            }
            int[] dims = new int[rank];
            for (int i = 0; i < rank; i++) {
                dims[i] = in.readInt();
                if (dims[i] < 0) {
                    throw new UserError(path + ": dimension " + i + " has negative size " + dims[i]);
                }
            }
            return new IdxFile(path, type, dims);
        } catch (EOFException e) {
            throw new UserError(path + ": file ends inside the IDX header", e);
        } catch (IOException e) {
            throw unreadable(path, e);
        }
    }

    /** The number of samples (the first dimension). */
    int samples() {
        return dims[0];
    }

    /** The shape of one sample (the dimensions after the first). */
    List<Integer> sampleShape() {
        return Arrays.stream(dims, 1, dims.length).boxed().toList();
    }

    /** Whether the elements are unsigned bytes (8-bit pixels). */
    boolean unsignedBytes() {
        return type == UNSIGNED_BYTE;
    }

    /**
     * The elements of the selected samples: sample {@code i} of the file goes to position
     * {@code slot[i]} of the result, or nowhere when {@code slot[i] < 0}; {@code count} is the
     * number of selected samples.
     */
    float[] read(int[] slot, int count) {
        int width = (int) Samples.width(sampleShape());
        int size = elementSize();
        float[] out = new float[count * width];
        byte[] record = new byte[width * size];
        try (DataInputStream in = stream(path)) {
            in.skipNBytes(4L + 4L * dims.length);
            int last = -1;
            for (int i = 0; i < dims[0]; i++) {
                if (slot[i] >= 0) {
                    last = i;
                }
            }
            for (int i = 0; i <= last; i++) {
                in.readFully(record);
                if (slot[i] >= 0) {
                    decode(record, out, slot[i] * width, width);
                }
            }
            return out;
        } catch (EOFException e) {
            throw new UserError(path + ": file ends before its " + dims[0] + " samples of shape "
                    + sampleShape() + " (truncated?)", e);
        } catch (IOException e) {
            throw unreadable(path, e);
        }
    }

    /** Every sample, in file order. */
    float[] readAll() {
        int[] slot = new int[dims[0]];
        Arrays.setAll(slot, i -> i);
        return read(slot, dims[0]);
    }

    private int elementSize() {
        return switch (type) {
            case 0x08, 0x09 -> 1;
            case 0x0B -> 2;
            case 0x0C, 0x0D -> 4;
            default -> 8;
        };
    }

    private void decode(byte[] record, float[] out, int offset, int width) {
        ByteBuffer buffer = ByteBuffer.wrap(record); // IDX is big-endian, ByteBuffer's default
        for (int j = 0; j < width; j++) {
            out[offset + j] = switch (type) {
                case 0x08 -> record[j] & 0xFF;
                case 0x09 -> record[j];
                case 0x0B -> buffer.getShort(2 * j);
                case 0x0C -> buffer.getInt(4 * j);
                case 0x0D -> buffer.getFloat(4 * j);
                default -> (float) buffer.getDouble(8 * j);
            };
        }
    }

    private static DataInputStream stream(Path path) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        raw.mark(2);
        int b0 = raw.read();
        int b1 = raw.read();
        raw.reset();
        // Gzip is recognised by its magic bytes, whatever the file's name.
        boolean gzip = b0 == 0x1f && b1 == 0x8b;
        return new DataInputStream(gzip ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw);
    }

    static UserError unreadable(Path path, IOException e) {
        if (e instanceof NoSuchFileException) {
            return UserError.missingFile(path, "no such file");
        }
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return new UserError(path + ": not a UTF-8 text file (save it as UTF-8)", e);
        }
        if (java.nio.file.Files.isDirectory(path)) {
            return new UserError(path + ": is a folder (expected a data file)", e);
        }
        return new UserError(path + ": cannot read: " + e.getMessage(), e);
    }
}
