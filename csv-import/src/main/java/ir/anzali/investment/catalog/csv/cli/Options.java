package ir.anzali.investment.catalog.csv.cli;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.CsvImporter;
import ir.anzali.investment.catalog.csv.ImportMode;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.json.CatalogJson;
import ir.anzali.investment.catalog.json.CatalogJsonException;
import ir.anzali.investment.catalog.text.DateParser;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/** Reading the options that several commands share. */
final class Options {

    private Options() {
    }

    static CsvImporter importer(Args args, Console console) throws UsageException {
        CsvImporter.Builder b = CsvImporter.builder().locale(console.locale()).progress(console.progress())
                .parallelism(threads());
        String encoding = args.option("encoding");
        if (encoding != null) {
            try {
                b.encoding(Charset.forName(encoding));
            } catch (IllegalArgumentException e) {
                throw new UsageException("unknown encoding '" + encoding + "'; try UTF-8, UTF-16 or windows-1256");
            }
        }
        String delimiter = args.option("delimiter");
        if (delimiter != null) {
            b.delimiter(delimiter(delimiter));
        }
        String mode = args.choice("mode", "all-or-nothing", "all-or-nothing", "skip-invalid");
        b.mode(mode.equals("skip-invalid") ? ImportMode.SKIP_INVALID : ImportMode.ALL_OR_NOTHING);
        return b.build();
    }

    /** Workers for mapping rows: the processors there are, at most four. */
    static int threads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    private static char delimiter(String value) throws UsageException {
        switch (value.toLowerCase(Locale.ROOT)) {
            case ",":
            case "comma":
                return ',';
            case ";":
            case "semicolon":
                return ';';
            case "\t":
            case "tab":
                return '\t';
            case "؛":
                return '\u061B';
            default:
                throw new UsageException("--delimiter must be , ; tab or ؛, not '" + value + "'");
        }
    }

    static Kind kind(Args args, String file) throws UsageException {
        String fallback = file != null && file.toLowerCase(Locale.ROOT).contains("incentive") ? "incentives"
                : "opportunities";
        return Kind.fromName(args.choice("kind", fallback, "opportunities", "incentives"));
    }

    static Catalog catalog(String file) throws UsageException, IOException {
        Path path = Args.readable(file, "catalog");
        try {
            return CatalogJson.standard().read(path);
        } catch (CatalogJsonException e) {
            throw new UsageException(file + " is not a valid catalog: " + e.getMessage().lines().findFirst()
                    .orElse(""));
        }
    }

    static LocalDate date(Args args) throws UsageException {
        String on = args.option("on");
        if (on == null) {
            return LocalDate.now();
        }
        try {
            return DateParser.parse(on);
        } catch (DateTimeException e) {
            throw new UsageException("--on: " + e.getMessage());
        }
    }

    static int integer(Args args, String name, int fallback) throws UsageException {
        String v = args.option(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, not '" + v + "'");
        }
    }
}
