package ir.anzali.investment.catalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {

    @TempDir
    Path dir;

    @Test
    void a_two_currency_investment_is_listed_with_both_amounts_and_in_json_as_an_array() throws Exception {
        Path csv = Files.writeString(dir.resolve("o.csv"), "id,title_fa,sector,investment,lead_agency\n"
                + "AFZ-TOU-9,هتل,TOURISM,۱۵۰ هزار میلیارد ریال + ۵۰ میلیون یورو,AFZO\n");
        Path catalog = dir.resolve("catalog.json");
        Run imported = Run.of("import", "--opportunities", csv.toString(), "--out", catalog.toString());
        assertThat(imported.status()).as(imported.toString()).isZero();
        Run table = Run.of("search", catalog.toString());
        assertThat(table.out()).contains("150,000,000,000,000 IRR + 50,000,000 EUR");
        JsonNode investment = new ObjectMapper().readTree(Run.of("search", catalog.toString(), "--format", "json")
                .out()).get("results").get(0).get("investment");
        assertThat(investment.isArray()).isTrue();
        assertThat(investment).hasSize(2);
        assertThat(investment.get(0).get("currency").asText()).isEqualTo("IRR");
        assertThat(investment.get(0).get("amount").asText()).isEqualTo("150000000000000");
        assertThat(investment.get(1).get("currency").asText()).isEqualTo("EUR");
        assertThat(investment.get(1).get("amount").asText()).isEqualTo("50000000");
    }
}
