package ir.anzali.investment.catalog.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.csv.report.ReportJson;

/** What every report of a workbook must satisfy. */
final class Reports {

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(ReportJson.schema());

    private Reports() {
    }

    /** Every row is accounted for, and the JSON follows the published schema. */
    static ImportReport checked(ImportReport report) {
        assertThat(report.rowsRead()).isEqualTo(report.accepted() + report.rejected() + report.skipped());
        assertThat(report.valid()).isEqualTo(report.errorCount() == 0);
        String json = ReportJson.toJson(report);
        assertThat(SCHEMA.validate(json, InputFormat.JSON)).as(json).isEmpty();
        return report;
    }
}
