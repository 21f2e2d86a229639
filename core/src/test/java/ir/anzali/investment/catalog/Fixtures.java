package ir.anzali.investment.catalog;

import ir.anzali.investment.catalog.incentive.Incentive;
import ir.anzali.investment.catalog.incentive.IncentiveId;
import ir.anzali.investment.catalog.incentive.IncentiveType;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.reference.InvestmentModel;
import ir.anzali.investment.catalog.opportunity.LandTenure;
import ir.anzali.investment.catalog.opportunity.Location;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.opportunity.OpportunityId;
import ir.anzali.investment.catalog.opportunity.Status;
import ir.anzali.investment.catalog.reference.Agency;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.reference.Sector;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** Sample objects for tests: a fully filled opportunity and incentive over the default reference data. */
public final class Fixtures {

    public static final ReferenceData REF = ReferenceData.defaults();
    public static final Sector TOURISM = REF.sector("TOURISM").orElseThrow();
    public static final Sector PORT = REF.sector("PORT_SERVICES").orElseThrow();
    public static final Agency AFZO = REF.agency("AFZO").orElseThrow();
    public static final Agency MUNICIPALITY = REF.agency("MUNICIPALITY").orElseThrow();

    private Fixtures() {
    }

    public static Opportunity.Builder hotel() {
        return Opportunity.builder(OpportunityId.of("AFZ-TOU-001"))
                .title("هتل ساحلی انزلی", "Anzali Beach Hotel")
                .summary("هتل چهار ستاره در ساحل غازیان", "A four-star hotel on Ghazian beach")
                .sector(TOURISM)
                .subsector(TOURISM.subsector("ACCOMMODATION").orElseThrow())
                .location(new Location("غازیان", "بلوار ساحلی", new BigDecimal("37.4712"), new BigDecimal("49.4621"),
                        new BigDecimal("12000"), LandTenure.LEASE))
                .investment(Money.of(new BigDecimal("2500000000000"), Money.IRR))
                .investmentModel(InvestmentModel.JOINT_VENTURE)
                .status(Status.OPEN)
                .irrPercent(new BigDecimal("18.5"))
                .paybackYears(new BigDecimal("6"))
                .directJobs(180)
                .youthJobs(110)
                .leadAgency(AFZO)
                .partnerAgencies(List.of(MUNICIPALITY))
                .incentives(List.of(new IncentiveId("INC-TAX-20")))
                .publishedOn(LocalDate.of(2026, 11, 27))
                .deadline(LocalDate.of(2027, 3, 20))
                .contactEmail("invest@anzali.ir")
                .contactPhone("+98 (13) 4452-1234")
                .feasibilityUrl(URI.create("https://anzali.ir/studies/hotel.pdf"))
                .tags(List.of("ساحلی", "beach"));
    }

    public static Incentive.Builder taxHoliday() {
        return Incentive.builder(new IncentiveId("INC-TAX-20"))
                .type(IncentiveType.INCOME_TAX_EXEMPTION)
                .title("معافیت مالیاتی ۲۰ ساله", "20-year income tax exemption")
                .legalBasis("قانون چگونگی اداره مناطق آزاد تجاری-صنعتی، ماده ۱۳")
                .authority(AFZO)
                .benefitPercent(new BigDecimal("100"))
                .durationYears(20);
    }

    public static Catalog catalog() {
        return Catalog.builder(REF).incentive(taxHoliday().build()).opportunity(hotel().build()).build();
    }

    /**
     * What a builder holds, built by its record's constructor without the checks of {@code build()}:
     * an object that breaks rules, for the tests of the rules themselves.
     */
    @SuppressWarnings("unchecked")
    public static <T> T unchecked(Object builder) {
        Class<?> type = builder.getClass().getEnclosingClass();
        try {
            Class<?>[] parameters = java.util.Arrays.stream(type.getRecordComponents())
                    .map(java.lang.reflect.RecordComponent::getType).toArray(Class<?>[]::new);
            Object[] values = new Object[parameters.length];
            java.lang.reflect.RecordComponent[] components = type.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                java.lang.reflect.Field field = builder.getClass().getDeclaredField(components[i].getName());
                field.setAccessible(true);
                values[i] = field.get(builder);
            }
            return (T) type.getDeclaredConstructor(parameters).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
