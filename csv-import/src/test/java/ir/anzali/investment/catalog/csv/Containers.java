package ir.anzali.investment.catalog.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Files in the containers a clerk's other programs write, made by hand for tests: an OLE2 compound
 * file ([MS-CFB], version 3) with empty streams of chosen names, as an Excel 97–2003 workbook or a
 * password-protected workbook holds them, and a zip archive of chosen entries.
 */
public final class Containers {

    private static final int SECTOR = 512;
    private static final int FREE = 0xFFFFFFFF;
    private static final int END_OF_CHAIN = 0xFFFFFFFE;
    private static final int FAT_SECTOR = 0xFFFFFFFD;

    private Containers() {
    }

    /**
     * A compound file whose root holds empty streams of these names: sector 0 is the allocation
     * table, the directory follows from sector 1, four entries per sector.
     *
     * @param file    where to write it
     * @param streams the streams' names, such as {@code Workbook}
     * @return the file
     */
    public static Path compound(Path file, String... streams) throws IOException {
        int entries = streams.length + 1;
        int directorySectors = (entries + 3) / 4;
        ByteBuffer out = ByteBuffer.allocate(SECTOR * (2 + directorySectors)).order(ByteOrder.LITTLE_ENDIAN);
        out.put(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        out.putShort(0x18, (short) 0x3E).putShort(0x1A, (short) 3).putShort(0x1C, (short) 0xFFFE)
                .putShort(0x1E, (short) 9).putShort(0x20, (short) 6).putInt(0x2C, 1).putInt(0x30, 1)
                .putInt(0x38, 4096).putInt(0x3C, END_OF_CHAIN).putInt(0x44, END_OF_CHAIN);
        for (int i = 0; i < 109; i++) {
            out.putInt(0x4C + i * 4, i == 0 ? 0 : FREE);
        }
        int fat = SECTOR;
        for (int i = 0; i < SECTOR / 4; i++) {
            int value = i == 0 ? FAT_SECTOR : i <= directorySectors ? (i == directorySectors ? END_OF_CHAIN : i + 1) : FREE;
            out.putInt(fat + i * 4, value);
        }
        String[] names = new String[entries];
        names[0] = "Root Entry";
        System.arraycopy(streams, 0, names, 1, streams.length);
        for (int i = 0; i < entries; i++) {
            int at = 2 * SECTOR + i * 128;
            byte[] name = names[i].getBytes(StandardCharsets.UTF_16LE);
            out.put(at, name);
            out.putShort(at + 0x40, (short) (name.length + 2));
            out.put(at + 0x42, (byte) (i == 0 ? 5 : 2));
            out.putInt(at + 0x44, FREE).putInt(at + 0x48, FREE).putInt(at + 0x4C, i == 0 && entries > 1 ? 1 : FREE);
            out.putInt(at + 0x74, END_OF_CHAIN);
        }
        return Files.write(file, Arrays.copyOf(out.array(), out.capacity()));
    }

    /**
     * A zip archive of entries.
     *
     * @param file    where to write it
     * @param entries name, content, name, content…
     * @return the file
     */
    public static Path zip(Path file, String... entries) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry(entries[i]));
                zip.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
