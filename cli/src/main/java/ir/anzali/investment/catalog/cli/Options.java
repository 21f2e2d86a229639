package ir.anzali.investment.catalog.cli;

import ir.anzali.investment.catalog.csv.read.CsvImporter;
import ir.anzali.investment.catalog.csv.ImportMode;
import ir.anzali.investment.catalog.text.DateParser;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.DateTimeException;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The options several commands share, as picocli mixins. */
final class Options {

    private Options() {
    }

    /** {@code --lang} and {@code --format}. */
    static final class Output {
        @Option(names = "--lang", paramLabel = "fa|en", descriptionKey = "option.lang")
        Choice.Language lang;

        @Option(names = "--format", paramLabel = "text|json", descriptionKey = "option.format")
        Choice.Format format = Choice.Format.TEXT;

        boolean json() {
            return format == Choice.Format.JSON;
        }
    }

    /** {@code --lang} alone, for commands that print text only. */
    static final class Language {
        @Option(names = "--lang", paramLabel = "fa|en", descriptionKey = "option.lang")
        Choice.Language lang;
    }

    /** How CSV files are read: {@code --encoding} and {@code --delimiter}. */
    static final class Reading {
        @Option(names = "--encoding", paramLabel = "E", descriptionKey = "option.encoding")
        String encoding;

        @Option(names = "--delimiter", paramLabel = "D", descriptionKey = "option.delimiter")
        Choice.Delimiter delimiter;

        /** An importer that reads as these options say, in the console's language, with progress. */
        CsvImporter.Builder importer(Console c, boolean quiet) throws UsageException {
            CsvImporter.Builder b = CsvImporter.builder().locale(c.locale()).progress(c.progress(quiet))
                    .parallelism(threads());
            if (encoding != null) {
                try {
                    b.encoding(Charset.forName(encoding.strip()));
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw new UsageException("error.encoding", "value", encoding);
                }
            }
            if (delimiter != null) {
                b.delimiter(delimiter.character());
            }
            return b;
        }
    }

    /** {@code --mode}. */
    static final class Mode {
        @Option(names = "--mode", paramLabel = "all-or-nothing|skip-invalid", descriptionKey = "option.mode")
        Choice.Mode mode = Choice.Mode.ALL_OR_NOTHING;

        ImportMode importMode() {
            return mode == Choice.Mode.SKIP_INVALID ? ImportMode.SKIP_INVALID : ImportMode.ALL_OR_NOTHING;
        }
    }

    /** {@code --on}: the day eligibility is judged on. */
    static final class Day {
        @Option(names = "--on", paramLabel = "DATE", descriptionKey = "option.on")
        String on;

        LocalDate date() throws UsageException {
            if (on == null) {
                return LocalDate.now();
            }
            try {
                return DateParser.parse(on);
            } catch (DateTimeException e) {
                throw new UsageException("error.date", "value", on);
            }
        }
    }

    /** Workers that map rows: the processors there are, at most four. */
    static int threads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }
}
