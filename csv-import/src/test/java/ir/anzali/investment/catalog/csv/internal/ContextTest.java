package ir.anzali.investment.catalog.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.reference.Sector;
import ir.anzali.investment.catalog.reference.Subsector;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContextTest {

    private static final ReferenceData REFERENCE = ReferenceData.defaults();

    /** Every code and name of every subsector of the reference data, and texts that name none. */
    private static List<String> subsectorTexts() {
        List<String> texts = new ArrayList<>(List.of("", "NONE", "Tourism", "گردشگری"));
        for (Sector sector : REFERENCE.sectors()) {
            for (Subsector s : sector.subsectors()) {
                texts.add(s.code());
                texts.add(s.code().toLowerCase(java.util.Locale.ROOT));
                texts.add(s.nameFa());
                texts.add(s.nameEn());
            }
        }
        return texts;
    }

    @Test
    void a_sector_found_by_its_code_finds_its_subsectors_through_the_matcher_made_once() {
        Context context = Context.of(REFERENCE);
        for (Sector given : REFERENCE.sectors()) {
            Sector found = context.sectors().find(given.code()).orElseThrow();
            assertThat(context.subsectors(found)).as(given.code()).isSameAs(context.subsectors(found));
            for (String text : subsectorTexts()) {
                assertThat(context.subsectors(found).find(text)).as("%s: %s", given.code(), text)
                        .isEqualTo(given.subsector(text));
            }
        }
    }

    @Test
    void a_sector_equal_to_one_of_the_reference_data_but_another_instance_finds_the_same_subsectors() {
        Context context = Context.of(REFERENCE);
        for (Sector given : REFERENCE.sectors()) {
            Sector copy = new Sector(given.code(), given.nameFa(), given.nameEn(), new ArrayList<>(given.subsectors()));
            for (String text : subsectorTexts()) {
                assertThat(context.subsectors(copy).find(text)).as("%s: %s", given.code(), text)
                        .isEqualTo(given.subsector(text));
            }
        }
    }
}
