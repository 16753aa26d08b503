package dev.golanes.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes a picture drawn in {@link BufferedImage#TYPE_INT_RGB} as a PNG file (8-bit RGB, no
 * interlace). Every row is stored as its difference from the row above, PNG's "Up" filter, which
 * turns the figure's long flat bands into runs of zeros, and deflated at zlib's default level.
 *
 * <p>ImageIO's writer tries every filter on every row to choose one, in Java: that was most of the
 * time of a 4x export (5120 x 2880). Writing one filter takes about half as long and, for these
 * pictures, gives smaller files.
 */
final class PngWriter {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte FILTER_UP = 2;

    private PngWriter() {
    }

    static void write(BufferedImage image, OutputStream out) throws IOException {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("an RGB picture is needed, not type " + image.getType());
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int stride = ((SinglePixelPackedSampleModel) image.getSampleModel()).getScanlineStride();

        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream fields = new DataOutputStream(header);
        fields.writeInt(width);
        fields.writeInt(height);
        fields.writeByte(8); // bits per sample
        fields.writeByte(2); // colour type: RGB
        fields.writeByte(0); // deflate
        fields.writeByte(0); // adaptive filtering, one filter type per row
        fields.writeByte(0); // no interlace

        ByteArrayOutputStream data = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try (DeflaterOutputStream zlib = new DeflaterOutputStream(data, deflater, 1 << 16)) {
            byte[] row = new byte[1 + 3 * width];
            byte[] above = new byte[row.length];
            byte[] filtered = new byte[row.length];
            filtered[0] = FILTER_UP;
            for (int y = 0; y < height; y++) {
                int p = y * stride;
                for (int x = 0, o = 1; x < width; x++, p++) {
                    int rgb = pixels[p];
                    row[o++] = (byte) (rgb >> 16);
                    row[o++] = (byte) (rgb >> 8);
                    row[o++] = (byte) rgb;
                }
                for (int i = 1; i < row.length; i++) {
                    filtered[i] = (byte) (row[i] - above[i]);
                }
                zlib.write(filtered);
                byte[] swap = above;
                above = row;
                row = swap;
            }
        } finally {
            deflater.end();
        }

        out.write(SIGNATURE);
        chunk(out, "IHDR", header.toByteArray());
        chunk(out, "IDAT", data.toByteArray());
        chunk(out, "IEND", new byte[0]);
        out.flush();
    }

    private static void chunk(OutputStream out, String type, byte[] content) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(content);
        DataOutputStream chunk = new DataOutputStream(out);
        chunk.writeInt(content.length);
        chunk.write(name);
        chunk.write(content);
        chunk.writeInt((int) crc.getValue());
    }
}
