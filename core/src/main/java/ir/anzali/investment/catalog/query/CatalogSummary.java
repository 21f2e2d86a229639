package ir.anzali.investment.catalog.query;

import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.reference.Agency;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.reference.Sector;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The summary a joint working group reports: the figures of all opportunities, of each sector, and
 * of each agency (over the opportunities it leads or partners in, with how many of each). Sectors
 * and agencies appear in reference-data order, each one even when it has no opportunity. Immutable
 * and thread-safe.
 *
 * @param total    the figures of every opportunity, not null
 * @param sectors  the figures of each sector, not null
 * @param agencies the figures of each agency, not null
 */
public record CatalogSummary(Summary total, List<SectorFigures> sectors, List<AgencyFigures> agencies) {

    /**
     * The figures of one sector.
     *
     * @param sector  the sector, not null
     * @param figures its figures, not null
     */
    public record SectorFigures(Sector sector, Summary figures) {
    }

    /**
     * The figures of one agency.
     *
     * @param agency  the agency, not null
     * @param lead    how many opportunities it leads
     * @param partner how many it partners in
     * @param figures the figures of the opportunities it leads or partners in, not null
     */
    public record AgencyFigures(Agency agency, long lead, long partner, Summary figures) {
    }

    /**
     * Copies the lists.
     *
     * @throws NullPointerException when a part is null
     */
    public CatalogSummary {
        Objects.requireNonNull(total, "total");
        sectors = List.copyOf(sectors);
        agencies = List.copyOf(agencies);
    }

    /**
     * Summarizes opportunities.
     *
     * @param opportunities the opportunities, not null
     * @param reference     the sectors and agencies to report on, not null
     * @return the summary, never null
     */
    public static CatalogSummary of(Collection<Opportunity> opportunities, ReferenceData reference) {
        SummaryBuilder total = new SummaryBuilder();
        opportunities.forEach(total::add);
        List<SectorFigures> sectors = new ArrayList<>();
        for (Sector s : reference.sectors()) {
            SummaryBuilder b = new SummaryBuilder();
            opportunities.stream().filter(o -> o.sector().code().equals(s.code())).forEach(b::add);
            sectors.add(new SectorFigures(s, b.build()));
        }
        List<AgencyFigures> agencies = new ArrayList<>();
        for (Agency a : reference.agencies()) {
            SummaryBuilder b = new SummaryBuilder();
            long lead = 0;
            long partner = 0;
            for (Opportunity o : opportunities) {
                boolean leads = o.leadAgency().code().equals(a.code());
                boolean partners = o.partnerAgencies().stream().anyMatch(p -> p.code().equals(a.code()));
                if (leads) {
                    lead++;
                }
                if (partners) {
                    partner++;
                }
                if (leads || partners) {
                    b.add(o);
                }
            }
            agencies.add(new AgencyFigures(a, lead, partner, b.build()));
        }
        return new CatalogSummary(total.build(), sectors, agencies);
    }
}
