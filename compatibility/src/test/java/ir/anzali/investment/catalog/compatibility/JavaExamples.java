package ir.anzali.investment.catalog.compatibility;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles Java examples taken from Markdown in memory, in one compiler run, and runs them.
 *
 * <p>An example is one {@code java} block, or the blocks of one document marked {@code example=NAME},
 * in order, as one program. Its lines are the body of a {@code main} method that declares no
 * exception, so an example handles every checked exception it meets; {@code import} lines at the
 * start of a block are the program's imports. The program also imports, on demand, the packages of
 * {@link #PRELUDE}, and those of the import set its blocks name with {@code uses=SET} ({@link #USES}).
 * It compiles against {@code --release 17} and the class path given, without an error or a warning
 * of a deprecated API or an unchecked or raw type, and runs in this JVM, in its working directory.
 */
final class JavaExamples {

    /** The packages every example imports on demand: the library's API and the JDK's everyday ones. */
    static final List<String> PRELUDE = List.of(
            "ir.anzali.investment.catalog", "ir.anzali.investment.catalog.eligibility",
            "ir.anzali.investment.catalog.incentive", "ir.anzali.investment.catalog.json",
            "ir.anzali.investment.catalog.money", "ir.anzali.investment.catalog.opportunity",
            "ir.anzali.investment.catalog.query", "ir.anzali.investment.catalog.reference",
            "ir.anzali.investment.catalog.text", "ir.anzali.investment.catalog.validation",
            "ir.anzali.investment.catalog.csv", "ir.anzali.investment.catalog.csv.read",
            "ir.anzali.investment.catalog.csv.report", "ir.anzali.investment.catalog.csv.write",
            "ir.anzali.investment.catalog.xlsx", "ir.anzali.investment.catalog.html",
            "java.io", "java.math", "java.nio.file", "java.time", "java.util", "java.util.concurrent");

    /**
     * Further packages a block may ask for with {@code uses=SET}, one line per set: the packages of a
     * module whose classes are on the class path but not everyday in examples.
     */
    static final Map<String, List<String>> USES = Map.of(
            "spring", List.of("org.springframework.http", "org.springframework.web.bind.annotation",
                    "org.springframework.web.multipart"),
            "jdbc", List.of("ir.anzali.investment.catalog.jdbc", "org.h2.jdbcx"));

    private final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    private final String classPath;

    /** Examples that compile against {@code classPath}, whose classes also load in this JVM. */
    JavaExamples(String classPath) {
        this.classPath = classPath;
    }

    /** The class path of this JVM's tests, as the test runner gives it. */
    static String testClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    /** The examples among {@code blocks}: each {@code java} block alone, or with the blocks of its name. */
    static List<List<CodeBlock>> examples(List<CodeBlock> blocks) {
        Map<String, List<CodeBlock>> examples = new LinkedHashMap<>();
        for (CodeBlock block : CodeBlock.of("java", blocks)) {
            if (block.option("quotes").isPresent()) {
                continue;
            }
            String key = block.option("example").map(name -> block.file() + "#" + name).orElse(block.where());
            examples.computeIfAbsent(key, k -> new ArrayList<>()).add(block);
        }
        return List.copyOf(examples.values());
    }

    /**
     * Compiles every example, then runs each that compiled.
     *
     * @return for each example, in the order given, what is wrong with it: each compiler error or
     *     warning and what its run threw, naming the document's line; empty when it compiled and ran
     */
    List<List<String>> check(List<List<CodeBlock>> examples) {
        List<Program> programs = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            programs.add(new Program("Example" + i, examples.get(i)));
        }
        List<Program> compilable = programs.stream().filter(p -> p.problems.isEmpty()).toList();
        Map<String, byte[]> classes = compile(compilable);
        if (compilable.stream().anyMatch(p -> !p.problems.isEmpty())) {   // javac writes no class when a unit has an error
            classes = compile(compilable.stream().filter(p -> p.problems.isEmpty()).toList());
        }
        ClassLoader loader = new BytesClassLoader(classes, JavaExamples.class.getClassLoader());
        for (Program program : programs) {
            if (program.problems.isEmpty()) {
                program.run(loader);
            }
        }
        return programs.stream().map(p -> List.copyOf(p.problems)).toList();
    }

    private Map<String, byte[]> compile(List<Program> programs) {
        Map<String, byte[]> classes = new HashMap<>();
        if (programs.isEmpty()) {
            return classes;
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ENGLISH,
                StandardCharsets.UTF_8);
        JavaFileManager files = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                    FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension),
                        kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        return new ByteArrayOutputStream() {
                            @Override
                            public void close() {
                                classes.put(className, toByteArray());
                            }
                        };
                    }
                };
            }
        };
        List<String> options = List.of("--release", "17", "-proc:none", "-Xlint:deprecation,removal,unchecked,rawtypes",
                "-encoding", "UTF-8", "-classpath", classPath);
        Map<JavaFileObject, Program> byUnit = new HashMap<>();
        programs.forEach(p -> byUnit.put(p.unit, p));
        compiler.getTask(null, files, diagnostics, options, null, byUnit.keySet()).call();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            Program program = byUnit.get(d.getSource());
            if (d.getKind() != Diagnostic.Kind.NOTE && d.getKind() != Diagnostic.Kind.OTHER && program != null) {
                program.problems.add(program.at((int) d.getLineNumber()) + ": " + d.getMessage(Locale.ENGLISH));
            }
        }
        try {
            standard.close();
        } catch (IOException e) {
            throw new IllegalStateException("the compiler's file manager did not close", e);
        }
        return classes;
    }

    /** One example as a class: its source, and for each of its lines the document's line, or 0. */
    private static final class Program {

        final String className;
        final List<CodeBlock> blocks;
        final List<Integer> documentLines = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        final JavaFileObject unit;

        Program(String className, List<CodeBlock> blocks) {
            this.className = className;
            this.blocks = blocks;
            StringBuilder source = new StringBuilder();
            List<String> packages = new ArrayList<>(PRELUDE);
            for (CodeBlock block : blocks) {
                block.option("uses").ifPresent(set -> {
                    if (USES.containsKey(set)) {
                        packages.addAll(USES.get(set));
                    } else {
                        problems.add(block.where() + ": uses=" + set + " names no import set; the sets are "
                                + new TreeSet<>(USES.keySet()));
                    }
                });
            }
            add(source, packages.stream().map(p -> "import " + p + ".*;").collect(Collectors.joining(" ")), 0);
            List<Integer> bodies = new ArrayList<>();
            for (CodeBlock block : blocks) {
                int i = 0;
                while (i < block.lines().size() && isImport(block.lines().get(i))) {
                    add(source, block.lines().get(i), block.lineOf(i));
                    i++;
                }
                bodies.add(i);
            }
            add(source, "public final class " + className + " {", 0);
            add(source, "public static void main(String[] args) {", 0);
            for (int b = 0; b < blocks.size(); b++) {
                CodeBlock block = blocks.get(b);
                for (int i = bodies.get(b); i < block.lines().size(); i++) {
                    add(source, block.lines().get(i), block.lineOf(i));
                }
            }
            add(source, "}", 0);
            add(source, "}", 0);
            String text = source.toString();
            this.unit = new SimpleJavaFileObject(URI.create("mem:///" + className + ".java"), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return text;
                }
            };
        }

        private static boolean isImport(String line) {
            String s = line.strip();
            return s.startsWith("import ") || s.isEmpty();
        }

        private void add(StringBuilder source, String line, int documentLine) {
            source.append(line).append('\n');
            documentLines.add(documentLine);
        }

        /** Where a line of the program is: the document's line, or the example's first block. */
        String at(int programLine) {
            CodeBlock first = blocks.get(0);
            int line = programLine >= 1 && programLine <= documentLines.size() ? documentLines.get(programLine - 1) : 0;
            return line == 0 ? first.where() : first.where() + ", line " + line;
        }

        /** Runs the example, keeping what it prints out of the build's log unless it fails. */
        void run(ClassLoader loader) {
            PrintStream out = System.out;
            PrintStream err = System.err;
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
            System.setOut(capture);
            System.setErr(capture);
            try {
                loader.loadClass(className).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
            } catch (InvocationTargetException e) {
                Throwable thrown = e.getCause();
                int line = 0;
                for (StackTraceElement frame : thrown.getStackTrace()) {
                    if (frame.getClassName().equals(className)) {
                        line = frame.getLineNumber();
                        break;
                    }
                }
                String output = printed.toString(StandardCharsets.UTF_8);
                problems.add(at(line) + ": the example threw " + thrown
                        + (output.isEmpty() ? "" : "\nafter it printed:\n" + output));
            } catch (ReflectiveOperationException e) {
                problems.add(at(0) + ": the example could not be run: " + e);
            } finally {
                System.setOut(out);
                System.setErr(err);
            }
        }
    }

    /** Loads the classes compiled in memory. */
    private static final class BytesClassLoader extends ClassLoader {

        private final Map<String, byte[]> classes;

        BytesClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super(parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
