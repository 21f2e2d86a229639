package ir.anzali.investment.catalog.benchmarks;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An opportunity row as a developer would hand-roll it with Jackson CSV and Bean Validation: every
 * column a {@code String}, with the constraints that strings allow. No normalization, no conversion.
 */
public record OpportunityStrings(
        @JsonProperty("id") @NotBlank @Pattern(regexp = "[A-Za-z][A-Za-z0-9-]{2,39}") String id,
        @JsonProperty("title_fa") @Size(max = 200) String titleFa,
        @JsonProperty("title_en") @Size(max = 200) String titleEn,
        @JsonProperty("summary_fa") @Size(max = 2000) String summaryFa,
        @JsonProperty("summary_en") @Size(max = 2000) String summaryEn,
        @JsonProperty("sector") @NotBlank String sector,
        @JsonProperty("subsector") String subsector,
        @JsonProperty("area") @Size(max = 100) String area,
        @JsonProperty("address") @Size(max = 300) String address,
        @JsonProperty("latitude") String latitude,
        @JsonProperty("longitude") String longitude,
        @JsonProperty("land_area_m2") String landAreaM2,
        @JsonProperty("land_tenure") String landTenure,
        @JsonProperty("investment") @NotBlank String investment,
        @JsonProperty("currency") String currency,
        @JsonProperty("investment_model") String investmentModel,
        @JsonProperty("status") String status,
        @JsonProperty("irr_percent") String irrPercent,
        @JsonProperty("payback_years") String paybackYears,
        @JsonProperty("direct_jobs") String directJobs,
        @JsonProperty("youth_jobs") String youthJobs,
        @JsonProperty("lead_agency") @NotBlank String leadAgency,
        @JsonProperty("partner_agencies") String partnerAgencies,
        @JsonProperty("incentives") String incentives,
        @JsonProperty("published_on") String publishedOn,
        @JsonProperty("deadline") String deadline,
        @JsonProperty("contact_email") @Email String contactEmail,
        @JsonProperty("contact_phone") @Size(max = 40) String contactPhone,
        @JsonProperty("feasibility_url") @Size(max = 500) String feasibilityUrl,
        @JsonProperty("tags") String tags) {
}
