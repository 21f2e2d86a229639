package ir.anzali.investment.catalog.csv;

/** What an import does with a file that has errors. */
public enum ImportMode {
    /** Any error, and nothing is imported; a target catalog is left exactly as it was. The default. */
    ALL_OR_NOTHING,
    /** Valid rows are imported; the others are reported. */
    SKIP_INVALID
}
