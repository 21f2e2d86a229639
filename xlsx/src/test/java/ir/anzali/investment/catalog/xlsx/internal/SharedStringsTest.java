package ir.anzali.investment.catalog.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedStringsTest {

    @TempDir
    Path dir;

    private List<Path> files() throws Exception {
        try (var listed = Files.list(dir)) {
            return listed.toList();
        }
    }

    @Test
    void strings_past_the_heap_share_go_to_an_owner_only_file_deleted_once_mapped() throws Exception {
        String text = "هتل ساحلی بندر انزلی ".repeat(20);
        int n = SharedStrings.HEAP_BYTES / text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 10;
        SharedStrings table;
        try (SharedStrings.Builder builder = new SharedStrings.Builder(dir)) {
            for (int i = 0; i < n; i++) {
                builder.add(text + i);
            }
            assertThat(files()).hasSize(1);
            if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files().get(0))))
                        .isEqualTo("rw-------");
            }
            table = builder.build();
        }
        try (table) {
            assertThat(table.size()).isEqualTo(n);
            assertThat(table.get(0)).isEqualTo(text + 0);
            assertThat(table.get(n - 1)).isEqualTo(text + (n - 1));
            assertThat(table.get(n)).isNull();
            assertThat(table.get(-1)).isNull();
        }
        assertThat(files()).isEmpty();
    }

    @Test
    void a_few_strings_stay_in_the_heap_with_no_file() throws Exception {
        SharedStrings table;
        try (SharedStrings.Builder builder = new SharedStrings.Builder(dir)) {
            builder.add("");
            builder.add("فرصت");
            builder.add("😀 x");
            table = builder.build();
        }
        assertThat(files()).isEmpty();
        assertThat(List.of(table.get(0), table.get(1), table.get(2))).containsExactly("", "فرصت", "😀 x");
        table.close();
    }

    @Test
    void a_string_added_from_its_characters_is_kept_as_its_utf8_and_a_lone_surrogate_as_a_question_mark()
            throws Exception {
        SharedStrings table;
        try (SharedStrings.Builder builder = new SharedStrings.Builder(dir)) {
            char[] chars = "xفرصت😀 a\uD800b".toCharArray();
            builder.add(CharBuffer.wrap(chars, 1, chars.length - 1));
            builder.add(CharBuffer.wrap("ب".repeat(1000)));
            builder.add(CharBuffer.wrap(""));
            table = builder.build();
        }
        try (table) {
            assertThat(List.of(table.get(0), table.get(1), table.get(2)))
                    .containsExactly("فرصت😀 a?b", "ب".repeat(1000), "");
            assertThat(table.get(0)).isEqualTo(new String("فرصت😀 a\uD800b".getBytes(StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8));
        }
    }

    @Test
    void a_builder_closed_before_its_table_is_built_leaves_no_file() throws Exception {
        try (SharedStrings.Builder builder = new SharedStrings.Builder(dir)) {
            builder.add("x".repeat(SharedStrings.HEAP_BYTES + 1));
            assertThat(files()).hasSize(1);
        }
        assertThat(files()).isEmpty();
    }

    @Test
    void a_short_string_asked_for_again_through_a_lookup_is_decoded_once_and_strings_sharing_its_place_stay_apart()
            throws Exception {
        String longer = "بندر انزلی ".repeat(10);
        SharedStrings table;
        try (SharedStrings.Builder builder = new SharedStrings.Builder(dir)) {
            for (int i = 0; i <= SharedStrings.RECENT; i++) {
                builder.add(i == 1 ? longer : "کد " + i);
            }
            table = builder.build();
        }
        try (table) {
            SharedStrings.Lookup lookup = table.lookup();
            String first = lookup.get(0);
            assertThat(lookup.get(0)).isEqualTo("کد 0").isSameAs(first);
            assertThat(lookup.get(SharedStrings.RECENT)).isEqualTo("کد " + SharedStrings.RECENT);
            assertThat(lookup.get(0)).isEqualTo("کد 0").isNotSameAs(first);
            assertThat(lookup.get(1)).isEqualTo(longer).isNotSameAs(lookup.get(1));
            assertThat(lookup.get(SharedStrings.RECENT + 1)).isNull();
            assertThat(lookup.get(-1)).isNull();
            assertThat(table.lookup().get(0)).isEqualTo("کد 0").isNotSameAs(lookup.get(0));
            assertThat(table.get(2)).isEqualTo("کد 2").isNotSameAs(table.get(2));
        }
    }
}
