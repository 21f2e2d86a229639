package ir.anzali.investment.catalog.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import ir.anzali.investment.catalog.json.CatalogJson;
import ir.anzali.investment.catalog.json.CatalogJsonException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every Java and JSON example of README.md and docs/*.md, compiled and run or read, in every build.
 *
 * <p>What a block's fence says (the words after the language; a Markdown viewer shows none of them):
 * <ul>
 *   <li>{@code java}: a complete example, compiled and run by {@link JavaExamples}: its lines are a
 *       {@code main} method that declares no exception, with the library's packages and java.io,
 *       java.math, java.nio.file, java.time, java.util and java.util.concurrent imported; every other name it uses it
 *       declares or imports itself.</li>
 *   <li>{@code java example=NAME}: a fragment of the example NAME of the same document, which is its
 *       blocks in order as one program: a later block uses what an earlier one declared.</li>
 *   <li>{@code java uses=SET}: the example also imports the packages of the set SET of
 *       {@link JavaExamples#USES}.</li>
 *   <li>{@code java quotes=PATH}: the block is, word for word, the source file PATH (from the
 *       repository's root) after its package line: a test source of this module, which its own test
 *       compiles and runs; {@code java quotes=PATH excerpt}: the block is a run of whole lines of
 *       PATH, such as one method of a class that its own module compiles and tests.</li>
 *   <li>{@code json catalog}: read with {@link CatalogJson#readString}; {@code json reference-data}:
 *       read with {@link CatalogJson#readReferenceData}; {@code json import-report}: valid by
 *       docs/schemas/import-report.schema.json; {@code json schema=PATH}: valid by the JSON Schema PATH,
 *       from the document's folder. A JSON block that says none of these fails.</li>
 * </ul>
 *
 * <p>The class path is this module's test class path: a module of the library whose examples the
 * documents show is one dependency of this module's POM. The examples run in the working directory
 * the build gives these tests, a folder under {@code target} into which the files of
 * {@code examples/} are first copied, so an example reads {@code Path.of("opportunities.csv")} and
 * writes its files there.
 */
class DocumentedExamplesTest {

    private static final Path ROOT = ReadmeExamplesTest.examples().getParent();

    @BeforeAll
    static void the_examples_folder_is_copied_into_the_working_directory() throws IOException {
        Path here = Path.of("").toAbsolutePath();
        assertThat(here.toString()).as("the examples run in a folder of the build, not in the sources")
                .contains("target");
        try (Stream<Path> files = Files.list(ROOT.resolve("examples"))) {
            for (Path file : files.toList()) {
                Files.copy(file, here.resolve(file.getFileName().toString()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** The documents whose examples are checked: README.md and every Markdown file of docs/. */
    static List<Path> documents() {
        List<Path> documents = new ArrayList<>();
        documents.add(ROOT.resolve("README.md"));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    static List<CodeBlock> blocks() {
        List<CodeBlock> blocks = new ArrayList<>();
        for (Path document : documents()) {
            try {
                blocks.addAll(CodeBlock.in(ROOT.relativize(document).toString(), Files.readAllLines(document)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return blocks;
    }

    @TestFactory
    Stream<DynamicTest> every_java_example_compiles_and_runs() {
        List<CodeBlock> blocks = blocks();
        assertThat(CodeBlock.of("java", blocks).size()).as("the documents' Java blocks").isGreaterThan(10);
        List<List<CodeBlock>> examples = JavaExamples.examples(blocks);
        List<List<String>> problems = new JavaExamples(JavaExamples.testClassPath()).check(examples);
        return java.util.stream.IntStream.range(0, examples.size()).mapToObj(i -> DynamicTest.dynamicTest(
                examples.get(i).get(0).where(),
                () -> assertThat(problems.get(i)).as("what is wrong with the example").isEmpty()));
    }

    @TestFactory
    Stream<DynamicTest> every_quoted_java_block_is_its_source_word_for_word() {
        return CodeBlock.of("java", blocks()).stream().filter(b -> b.option("quotes").isPresent())
                .map(block -> DynamicTest.dynamicTest(block.where(), () -> assertThat(quoteProblems(block, ROOT))
                        .as("what is wrong with the quote").isEmpty()));
    }

    /**
     * Where a {@code quotes=PATH} block differs from the source file PATH after its package line, or,
     * with the word {@code excerpt} in its fence, where it is not a run of whole lines of PATH (the
     * run's own indentation removed).
     */
    static List<String> quoteProblems(CodeBlock block, Path root) throws IOException {
        String path = block.option("quotes").orElseThrow();
        String source = Files.readString(root.resolve(path));
        List<String> shown = block.text().strip().lines().toList();
        if (block.words().contains("excerpt")) {
            return isExcerpt(source.lines().toList(), shown) ? List.of()
                    : List.of(block.where() + " is not a run of whole lines of " + path
                            + " (its first line \"" + shown.get(0) + "\" and the ones after it)");
        }
        List<String> quoted = source.substring(source.indexOf('\n', source.indexOf("package ")) + 1).strip().lines()
                .toList();
        for (int i = 0; i < Math.max(quoted.size(), shown.size()); i++) {
            String want = i < quoted.size() ? quoted.get(i) : "(the end of the file)";
            String have = i < shown.size() ? shown.get(i) : "(the end of the block)";
            if (!want.equals(have)) {
                return List.of(block.where() + " differs from " + path + ": the document has \"" + have
                        + "\" where the source has \"" + want + "\"");
            }
        }
        return List.of();
    }

    /** Whether shown is a run of source's lines, each indented alike by the run's first line. */
    static boolean isExcerpt(List<String> source, List<String> shown) {
        for (int start = 0; start + shown.size() <= source.size(); start++) {
            String first = source.get(start);
            String indent = first.substring(0, first.length() - first.stripLeading().length());
            boolean all = true;
            for (int k = 0; k < shown.size() && all; k++) {
                String line = source.get(start + k);
                all = shown.get(k).isBlank() ? line.isBlank() : line.equals(indent + shown.get(k));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    @TestFactory
    Stream<DynamicTest> every_json_example_reads_as_what_it_says_it_is() {
        return CodeBlock.of("json", blocks()).stream()
                .map(block -> DynamicTest.dynamicTest(block.where(), () -> assertThat(jsonProblems(block))
                        .as("what is wrong with the JSON of %s", block.where()).isEmpty()));
    }

    /** What is wrong with a JSON block, by the reader or schema of what its fence says it is. */
    static List<String> jsonProblems(CodeBlock block) throws IOException {
        List<String> kinds = block.kinds();
        String text = block.text();
        try {
            if (kinds.contains("catalog")) {
                CatalogJson.standard().readString(text);
                return List.of();
            }
            if (kinds.contains("reference-data")) {
                CatalogJson.standard().readReferenceData(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
                return List.of();
            }
        } catch (CatalogJsonException e) {
            return List.of(e.getMessage());
        }
        Path schema;
        if (kinds.contains("import-report")) {
            schema = ROOT.resolve("docs/schemas/import-report.schema.json");
        } else if (block.option("schema").isPresent()) {
            schema = ROOT.resolve(block.file()).resolveSibling(block.option("schema").get());
        } else {
            return List.of("the fence says not what the JSON is: catalog, reference-data, import-report or schema=PATH");
        }
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(Files.readString(schema))
                .validate(text, InputFormat.JSON).stream().map(Error::toString).toList();
    }
}
