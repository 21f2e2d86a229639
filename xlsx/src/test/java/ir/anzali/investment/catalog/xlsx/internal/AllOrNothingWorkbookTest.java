package ir.anzali.investment.catalog.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.FileChangedException;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.reference.ReferenceData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workbook read twice in all-or-nothing streaming: the second reading hands out only what the first one checked. */
class AllOrNothingWorkbookTest {

    private static final Catalog EMPTY = Catalog.empty(ReferenceData.defaults());

    @TempDir
    Path dir;

    /** The usual small workbook with its row's title, its parts stored uncompressed so that equal lengths make equal sizes. */
    private static void write(Path file, String title) throws Exception {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> part : PartsTest.usual().entrySet()) {
                byte[] bytes = part.getValue().replace("Hotel", title).getBytes(StandardCharsets.UTF_8);
                ZipEntry entry = new ZipEntry(part.getKey());
                CRC32 crc = new CRC32();
                crc.update(bytes);
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(bytes.length);
                entry.setCompressedSize(bytes.length);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(bytes);
                zip.closeEntry();
            }
        }
    }

    @Test
    void a_workbook_replaced_between_the_readings_by_one_of_the_same_size_and_time_hands_out_nothing()
            throws Exception {
        Path file = dir.resolve("opportunities.xlsx");
        Path other = dir.resolve("other.xlsx");
        write(file, "Hotel");
        write(other, "Motel");
        assertThat(Files.size(other)).isEqualTo(Files.size(file));
        assertThat(Files.readAllBytes(other)).isNotEqualTo(Files.readAllBytes(file));
        FileTime time = Files.getLastModifiedTime(file);
        byte[] replacement = Files.readAllBytes(other);
        boolean[] replaced = {false};
        CatalogImporter importer = CatalogImporter.builder().progress((name, rows, bytes, total) -> {
            if (!replaced[0]) {
                replaced[0] = true;
                try {
                    Files.write(file, replacement);
                    Files.setLastModifiedTime(file, time);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }).build();
        List<Opportunity> handedOut = new ArrayList<>();
        assertThatThrownBy(() -> importer.forEachOpportunity(file, EMPTY, handedOut::add))
                .isInstanceOf(FileChangedException.class)
                .hasMessageContaining("opportunities.xlsx changed while it was being imported")
                .hasMessageContaining("its content is not what was checked");
        assertThat(replaced[0]).isTrue();
        assertThat(handedOut).isEmpty();
    }

    @Test
    void an_unchanged_workbook_is_handed_out_whole_on_the_second_reading() throws Exception {
        Path file = dir.resolve("opportunities.xlsx");
        write(file, "Hotel");
        List<Opportunity> handedOut = new ArrayList<>();
        CatalogImporter.builder().build().forEachOpportunity(file, EMPTY, handedOut::add);
        assertThat(handedOut).singleElement().satisfies(o -> assertThat(o.title().english()).hasValue("Hotel"));
    }
}
