package ir.anzali.investment.catalog.csv;

import ir.anzali.investment.catalog.text.LocalizedText;
import ir.anzali.investment.catalog.text.NamedConstant;

/** What an import does with a file that has errors. */
public enum ImportMode implements NamedConstant {
    /** Any error, and nothing is imported; a target catalog is left exactly as it was. The default. */
    ALL_OR_NOTHING("همه یا هیچ", "All or nothing"),
    /** Valid rows are imported; the others are reported. */
    SKIP_INVALID("رد کردن ردیف‌های نادرست", "Skip invalid");

    private final LocalizedText names;

    ImportMode(String nameFa, String nameEn) {
        this.names = new LocalizedText(nameFa, nameEn);
    }

    @Override
    public LocalizedText names() {
        return names;
    }
}
