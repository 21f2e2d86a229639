package ir.anzali.investment.catalog.csv.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The names in the directory of an OLE2 compound file (Microsoft's Compound File Binary format,
 * [MS-CFB]), the container of Excel 97–2003 workbooks, Word 97–2003 documents and password-protected
 * Office files. Reads the header, follows the directory's chain of sectors through the file
 * allocation table, and decodes each entry's UTF-16LE name; nothing else. Bounded on any input: it
 * reads at most {@value #MAX_DIRECTORY_SECTORS} directory sectors, never follows a chain further
 * than the file has sectors, and reads nothing past the file's end. Stateless.
 */
final class CompoundFile {

    /** The first eight bytes of every compound file. */
    static final byte[] MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    /** Directory sectors read at most: 4096 of them hold 16,384 entries at least, far more than any workbook. */
    static final int MAX_DIRECTORY_SECTORS = 4096;
    private static final int HEADER_BYTES = 512;
    private static final int HEADER_DIFAT = 109;
    private static final int END_OF_CHAIN = 0xFFFFFFFE;
    private static final int ENTRY_BYTES = 128;

    private CompoundFile() {
    }

    /**
     * Tells whether a file's first bytes are those of a compound file.
     *
     * @param head   the first bytes
     * @param length how many of them there are
     * @return true when they start with {@link #MAGIC}
     */
    static boolean matches(byte[] head, int length) {
        if (length < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (head[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The names of the entries of a compound file's directory, streams and storages alike.
     *
     * @param file the file
     * @return the names in directory order; empty when the directory cannot be read, as in a damaged file
     * @throws IOException when the file cannot be read
     */
    static Set<String> names(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return new Reader(channel).names();
        } catch (Damaged e) {
            return Set.of();
        }
    }

    /** A structure of the file that points outside it or loops: the directory cannot be read. */
    private static final class Damaged extends Exception {
        private static final long serialVersionUID = 1L;

        Damaged() {
            super(null, null, false, false);
        }
    }

    /** One reading of one file. */
    private static final class Reader {
        private final FileChannel channel;
        private final long size;
        private final ByteBuffer header;
        private int sectorBytes;
        private long sectors;

        Reader(FileChannel channel) throws IOException, Damaged {
            this.channel = channel;
            this.size = channel.size();
            this.header = read(0, HEADER_BYTES);
        }

        Set<String> names() throws IOException, Damaged {
            int shift = header.getShort(0x1E) & 0xFFFF;
            if (header.getShort(0x1C) != (short) 0xFFFE || shift != 9 && shift != 12) {
                throw new Damaged();
            }
            sectorBytes = 1 << shift;
            sectors = Math.max(0, size / sectorBytes - 1);
            Set<String> names = new LinkedHashSet<>();
            int sector = header.getInt(0x30);
            for (int n = 0; sector != END_OF_CHAIN; n++) {
                if (n >= MAX_DIRECTORY_SECTORS || n > sectors) {
                    throw new Damaged();
                }
                ByteBuffer entries = read(offset(sector), sectorBytes);
                for (int at = 0; at + ENTRY_BYTES <= sectorBytes; at += ENTRY_BYTES) {
                    int length = entries.getShort(at + 0x40) & 0xFFFF;
                    int type = entries.get(at + 0x42);
                    if (type != 0 && length >= 2 && length <= 64) {
                        byte[] name = new byte[length - 2];
                        entries.get(at, name);
                        names.add(new String(name, StandardCharsets.UTF_16LE));
                    }
                }
                sector = next(sector);
            }
            return names;
        }

        /** The sector after one in its chain, as the file allocation table says. */
        private int next(int sector) throws IOException, Damaged {
            int perSector = sectorBytes / 4;
            long index = Integer.toUnsignedLong(sector) / perSector;
            int fatSector = fatSector(index);
            return read(offset(fatSector) + (Integer.toUnsignedLong(sector) % perSector) * 4, 4).getInt(0);
        }

        /** The sector that holds a given sector of the allocation table: from the header, or the DIFAT chain. */
        private int fatSector(long index) throws IOException, Damaged {
            if (index < HEADER_DIFAT) {
                return header.getInt(0x4C + (int) index * 4);
            }
            int perSector = sectorBytes / 4 - 1;
            long rest = index - HEADER_DIFAT;
            int difat = header.getInt(0x44);
            for (long step = 0; step < rest / perSector; step++) {
                if (step > sectors) {
                    throw new Damaged();
                }
                difat = read(offset(difat) + (long) perSector * 4, 4).getInt(0);
            }
            return read(offset(difat) + rest % perSector * 4, 4).getInt(0);
        }

        private long offset(int sector) throws Damaged {
            long s = Integer.toUnsignedLong(sector);
            if (s >= sectors) {
                throw new Damaged();
            }
            return (s + 1) * sectorBytes;
        }

        private ByteBuffer read(long position, int length) throws IOException, Damaged {
            if (position + length > size) {
                throw new Damaged();
            }
            ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, position + buffer.position()) < 0) {
                    throw new Damaged();
                }
            }
            return buffer.flip();
        }
    }
}
