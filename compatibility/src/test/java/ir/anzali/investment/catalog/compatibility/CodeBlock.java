package ir.anzali.investment.catalog.compatibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fenced code block of a Markdown document: its file, the line of its opening fence, its language
 * and the words after it, and its lines.
 *
 * <p>The words after the language say what a block is, for the test that checks it
 * ({@link DocumentedExamplesTest}): {@code example=NAME}, {@code uses=SET}, {@code quotes=PATH}
 * and, after {@code json}, the kind of document.
 *
 * @param file the document's name, as failures name it
 * @param line the line of the opening fence, counted from 1
 * @param language the first word after the fence, empty when there is none
 * @param words the words after the language
 * @param lines the lines between the fences
 */
record CodeBlock(String file, int line, String language, List<String> words, List<String> lines) {

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})\\s*(.*)$");

    CodeBlock {
        words = List.copyOf(words);
        lines = List.copyOf(lines);
    }

    /** Every fenced code block of a document, in order; an unclosed block runs to the end. */
    static List<CodeBlock> in(String file, List<String> markdown) {
        List<CodeBlock> blocks = new ArrayList<>();
        int i = 0;
        while (i < markdown.size()) {
            Matcher open = FENCE.matcher(markdown.get(i));
            if (!open.matches()) {
                i++;
                continue;
            }
            String fence = open.group(1);
            String[] info = open.group(2).strip().split("\\s+");
            int start = i;
            List<String> body = new ArrayList<>();
            for (i++; i < markdown.size() && !closes(markdown.get(i), fence); i++) {
                body.add(markdown.get(i));
            }
            i++;
            blocks.add(new CodeBlock(file, start + 1, info[0],
                    List.of(info).subList(1, info.length).stream().filter(w -> !w.isEmpty()).toList(), body));
        }
        return blocks;
    }

    private static boolean closes(String line, String fence) {
        String s = line.strip();
        return s.length() >= fence.length() && s.chars().allMatch(c -> c == fence.charAt(0));
    }

    /** The value of a {@code key=value} word, if the block has one. */
    Optional<String> option(String key) {
        return words.stream().filter(w -> w.startsWith(key + "=")).map(w -> w.substring(key.length() + 1)).findFirst();
    }

    /** The words that are not {@code key=value}, such as the kind of a JSON document. */
    List<String> kinds() {
        return words.stream().filter(w -> !w.contains("=")).toList();
    }

    /** The line of the document that line {@code index} (from 0) of the block is on. */
    int lineOf(int index) {
        return line + 1 + index;
    }

    /** The block's text, its lines joined by line feeds. */
    String text() {
        return String.join("\n", lines);
    }

    /** Where the block is, as a failure names it: {@code README.md, the block at line 12}. */
    String where() {
        return file + ", the block at line " + line;
    }

    /** The blocks whose language is {@code language}, in order. */
    static List<CodeBlock> of(String language, List<CodeBlock> blocks) {
        return blocks.stream().filter(b -> b.language().equals(language)).toList();
    }
}
