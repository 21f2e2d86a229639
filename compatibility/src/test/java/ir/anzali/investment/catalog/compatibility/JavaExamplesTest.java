package ir.anzali.investment.catalog.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extractor and compiler of documented examples, on samples that are broken in known ways. */
class JavaExamplesTest {

    private static final JavaExamples COMPILER = new JavaExamples(JavaExamples.testClassPath());

    private static List<List<String>> check(String markdown) {
        return COMPILER.check(JavaExamples.examples(CodeBlock.in("SAMPLE.md", markdown.lines().toList())));
    }

    @Test
    void blocks_are_found_with_the_line_of_their_fence_their_language_and_words() {
        List<CodeBlock> blocks = CodeBlock.in("SAMPLE.md", List.of("# Title", "", "```java example=tour uses=spring",
                "int a = 1;", "```", "text", "````json catalog", "{}", "````"));
        assertThat(blocks).extracting(CodeBlock::line, CodeBlock::language, CodeBlock::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "java", "int a = 1;"),
                org.assertj.core.groups.Tuple.tuple(7, "json", "{}"));
        assertThat(blocks.get(0).option("example")).contains("tour");
        assertThat(blocks.get(0).option("uses")).contains("spring");
        assertThat(blocks.get(1).kinds()).containsExactly("catalog");
    }

    @Test
    void an_example_with_an_undeclared_name_fails_with_its_file_line_and_the_compilers_message() {
        List<List<String>> problems = check("""
                Intro.

                ```java
                Money m = Money.parse("IRR 5");
                money.format(LocalizedText.PERSIAN);
                ```
                """);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).singleElement().asString()
                .startsWith("SAMPLE.md, the block at line 3, line 5: cannot find symbol")
                .contains("variable money");
    }

    @Test
    void an_example_that_hides_a_checked_exception_fails() {
        List<List<String>> problems = check("""
                ```java
                Files.readString(Path.of("missing.txt"));
                ```
                """);
        assertThat(problems.get(0)).singleElement().asString()
                .startsWith("SAMPLE.md, the block at line 1, line 2: unreported exception java.io.IOException");
    }

    @Test
    void an_example_that_uses_a_deprecated_api_fails() {
        List<List<String>> problems = check("""
                ```java
                Integer five = new Integer(5);
                ```
                """);
        assertThat(problems.get(0)).singleElement().asString()
                .startsWith("SAMPLE.md, the block at line 1, line 2: Integer(int) in java.lang.Integer has been deprecated");
    }

    @Test
    void an_example_that_throws_fails_naming_the_line_that_threw_and_what_it_printed() {
        List<List<String>> problems = check("""
                ```java
                Money m = Money.parse("IRR 5");
                System.out.println("parsing " + m.currency());
                Integer.parseInt(m.currency().getCurrencyCode());
                ```
                """);
        assertThat(problems.get(0)).singleElement().asString()
                .startsWith("SAMPLE.md, the block at line 1, line 4: the example threw java.lang.NumberFormatException: For input string: \"IRR\"")
                .endsWith("after it printed:\nparsing IRR" + System.lineSeparator());
    }

    @Test
    void the_fragments_of_one_example_share_their_names_and_a_broken_example_keeps_the_others_running() {
        List<List<String>> problems = check("""
                ```java example=tour
                import java.util.concurrent.atomic.AtomicInteger;
                AtomicInteger count = new AtomicInteger(41);
                ```
                ```java
                undeclared.run();
                ```
                ```java example=tour
                System.setProperty("documented.example.count", String.valueOf(count.incrementAndGet()));
                ```
                """);
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).isEmpty();
        assertThat(System.getProperty("documented.example.count")).isEqualTo("42");
        assertThat(problems.get(1)).singleElement().asString().startsWith("SAMPLE.md, the block at line 5, line 6:");
    }

    @Test
    void an_import_set_that_does_not_exist_is_named() {
        List<List<String>> problems = check("""
                ```java uses=kafka
                int a = 1;
                ```
                """);
        assertThat(problems.get(0)).singleElement().asString()
                .isEqualTo("SAMPLE.md, the block at line 1: uses=kafka names no import set; the sets are [jdbc, spring]");
    }

    @Test
    void a_quoted_block_that_differs_from_its_source_names_the_first_difference(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("Quoted.java"), "package a.b;\n\nclass Quoted {\n    int a = 1;\n}\n");
        List<CodeBlock> blocks = CodeBlock.in("SAMPLE.md", List.of("```java quotes=Quoted.java", "class Quoted {",
                "    int a = 2;", "}", "```", "```java quotes=Quoted.java", "class Quoted {", "    int a = 1;", "}", "```"));
        assertThat(DocumentedExamplesTest.quoteProblems(blocks.get(0), root)).containsExactly(
                "SAMPLE.md, the block at line 1 differs from Quoted.java: the document has \"    int a = 2;\" where the"
                        + " source has \"    int a = 1;\"");
        assertThat(DocumentedExamplesTest.quoteProblems(blocks.get(1), root)).isEmpty();
    }

    @Test
    void an_excerpt_is_a_run_of_whole_lines_of_its_source_whatever_their_indentation(@TempDir Path root)
            throws IOException {
        Files.writeString(root.resolve("Quoted.java"),
                "package a.b;\n\nclass Quoted {\n    int a() {\n        return 1;\n    }\n}\n");
        List<CodeBlock> blocks = CodeBlock.in("SAMPLE.md", List.of(
                "```java quotes=Quoted.java excerpt", "int a() {", "    return 1;", "}", "```",
                "```java quotes=Quoted.java excerpt", "int a() {", "    return 2;", "}", "```",
                "```java quotes=Quoted.java excerpt", "int a() {", "return 1;", "}", "```"));
        assertThat(DocumentedExamplesTest.quoteProblems(blocks.get(0), root)).isEmpty();
        assertThat(DocumentedExamplesTest.quoteProblems(blocks.get(1), root)).containsExactly(
                "SAMPLE.md, the block at line 6 is not a run of whole lines of Quoted.java (its first line \"int a() {\""
                        + " and the ones after it)");
        assertThat(DocumentedExamplesTest.quoteProblems(blocks.get(2), root)).hasSize(1);
    }

    @Test
    void a_json_block_is_read_by_the_reader_of_what_it_says_it_is() throws IOException {
        List<CodeBlock> blocks = CodeBlock.in("SAMPLE.md", List.of("```json", "{}", "```",
                "```json catalog", "{ \"format\" : \"something else\" }", "```",
                "```json import-report", "{ \"file\" : 5 }", "```"));
        assertThat(DocumentedExamplesTest.jsonProblems(blocks.get(0))).singleElement().asString()
                .startsWith("the fence says not what the JSON is");
        assertThat(DocumentedExamplesTest.jsonProblems(blocks.get(1))).singleElement().asString()
                .contains("something else");
        assertThat(DocumentedExamplesTest.jsonProblems(blocks.get(2))).isNotEmpty()
                .anySatisfy(p -> assertThat(p).contains("file"));
    }
}
