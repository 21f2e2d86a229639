package ir.anzali.investment.catalog.csv.property;

import ir.anzali.investment.catalog.Catalog;
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
import ir.anzali.investment.catalog.opportunity.StatusChange;
import ir.anzali.investment.catalog.reference.Agency;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.reference.Sector;
import ir.anzali.investment.catalog.reference.Subsector;
import ir.anzali.investment.catalog.text.PersianNormalizer;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded generators of valid catalog objects with hostile text. */
public final class Generators {

    static final ReferenceData REF = ReferenceData.defaults();

    /** Characters that stress the format: formula starts, quotes, delimiters, line breaks, ZWNJ, digits of every script. */
    private static final String TRICKY = "=+-@'\"\t\r\n,;؛|،\u200C\u00A0 ۰۱۲٠١٢012يكى\u0640ﻙ کی";

    private final SplittableRandom random;

    public Generators(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * Any text of valid code points, often starting or filled with tricky characters; never blank after
     * normalization; without {@code ?}, which next to a letter is letters lost ({@code lost-letters}), so
     * that no damage to a document of generated objects, their web addresses included, can make such text.
     */
    String text(int maxLength) {
        while (true) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(1, Math.max(2, maxLength / 2));
            for (int i = 0; i < length; i++) {
                int kind = random.nextInt(10);
                if (kind < 4) {
                    b.append(TRICKY.charAt(random.nextInt(TRICKY.length())));
                } else if (kind < 7) {
                    b.append((char) random.nextInt(0x0621, 0x06FF));
                } else if (kind < 9) {
                    char c = (char) random.nextInt(0x20, 0x7F);
                    // "?" becomes "؟": damage that deletes or copies text could put "?" before a letter, which is letters lost.
                    b.append(c == '?' ? '؟' : c);
                } else {
                    int cp = random.nextInt(0xA0, Character.MAX_CODE_POINT + 1);
                    if (!(cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)
                            && !PersianNormalizer.isNoncharacter(cp)) {
                        b.appendCodePoint(cp);
                    }
                }
            }
            String normalized = PersianNormalizer.normalize(b.toString());
            if (!normalized.isEmpty() && normalized.length() <= maxLength) {
                return b.toString();
            }
        }
    }

    /**
     * Text that a file cannot carry back: generated text with a lone surrogate (either half, or a
     * high half before a letter) or a noncharacter of any plane put somewhere in it.
     */
    String notText(int maxLength) {
        String text = text(maxLength - 2);
        String bad = switch (random.nextInt(5)) {
            case 0 -> String.valueOf((char) random.nextInt(Character.MIN_HIGH_SURROGATE, Character.MAX_HIGH_SURROGATE + 1));
            case 1 -> String.valueOf((char) random.nextInt(Character.MIN_LOW_SURROGATE, Character.MAX_LOW_SURROGATE + 1));
            case 2 -> String.valueOf((char) random.nextInt(0xFDD0, 0xFDF0));
            case 3 -> String.valueOf((char) random.nextInt(0xFFFE, 0x10000));
            default -> new String(Character.toChars(random.nextInt(0, 17) << 16 | 0xFFFE | random.nextInt(2)));
        };
        int at = random.nextInt(text.length() + 1);
        if (at > 0 && Character.isHighSurrogate(text.charAt(at - 1))) {
            at--;
        }
        return text.substring(0, at) + bad + text.substring(at);
    }

    /** A list item: text without the list separators. */
    String item() {
        while (true) {
            String t = PersianNormalizer.normalize(text(30).replaceAll("[;|،]", ""));
            if (!t.isEmpty()) {
                return t;
            }
        }
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    <T> T maybe(T value) {
        return random.nextInt(3) == 0 ? null : value;
    }

    BigDecimal decimal(int min, int max, int scale) {
        long unscaled = random.nextLong((long) min * (long) Math.pow(10, scale), (long) max * (long) Math.pow(10, scale));
        return BigDecimal.valueOf(unscaled, scale);
    }

    /**
     * A plausible amount in a currency (CSV format §4): whole rials from 1,000,000,000, up to three
     * decimals from 1,000 units in the others.
     */
    Money money(String currency) {
        if (currency.equals("IRR")) {
            return Money.of(rials(), currency);
        }
        return Money.of(decimal(1000, random.nextBoolean() ? 100_000 : 1_000_000_000, random.nextInt(4)), currency);
    }

    /** A plausible IRR amount: from 1,000,000,000 rials, the floor of the format, to 10^18. */
    BigDecimal rials() {
        return BigDecimal.valueOf(random.nextLong(1_000_000_000L,
                random.nextBoolean() ? 1_000_000_000_000L : 1_000_000_000_000_000_000L));
    }

    LocalDate date() {
        return LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3000));
    }

    String id(String prefix, int n) {
        return prefix + "-" + Integer.toString(n, 36).toUpperCase() + "-" + random.nextInt(1000);
    }

    Opportunity opportunity(int n, List<IncentiveId> incentives) {
        Sector sector = pick(REF.sectors());
        Subsector subsector = maybe(pick(sector.subsectors()));
        Agency lead = pick(REF.agencies());
        List<Agency> partners = new ArrayList<>();
        for (Agency a : REF.agencies()) {
            if (!a.equals(lead) && random.nextInt(3) == 0) {
                partners.add(a);
            }
        }
        boolean point = random.nextBoolean();
        Integer direct = maybe(random.nextInt(0, 500));
        LocalDate published = maybe(date());
        List<String> tags = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            tags.add(item());
        }
        String titleFa = maybe(text(200));
        Status status = pick(List.of(Status.values()));
        return Opportunity.builder(OpportunityId.of(id("OPP", n)))
                .title(titleFa, titleFa == null ? text(200) : maybe(text(200)))
                .summary(maybe(text(2000)), maybe(text(300)))
                .sector(sector).subsector(subsector)
                .location(new Location(maybe(text(100)), maybe(text(300)), point ? decimal(-90, 90, 5) : null,
                        point ? decimal(-180, 180, 5) : null, maybe(decimal(1, 100000, random.nextInt(4))),
                        maybe(pick(List.of(LandTenure.values())))))
                .investment(money(pick(List.of("IRR", "USD", "EUR", "AED"))))
                .investmentModel(maybe(pick(List.of(InvestmentModel.values()))))
                .status(status)
                .history(history(status))
                .irrPercent(maybe(decimal(-100, 1000, 2)))
                .paybackYears(maybe(decimal(1, 100, 1)))
                .directJobs(direct)
                .youthJobs(direct == null ? null : maybe(random.nextInt(0, direct + 1)))
                .leadAgency(lead).partnerAgencies(partners)
                .incentives(incentives.isEmpty() || random.nextBoolean() ? List.of() : List.of(pick(incentives)))
                .publishedOn(published)
                .deadline(published == null ? maybe(date()) : maybe(published.plusDays(random.nextInt(400))))
                .contactEmail(maybe("invest" + n + "@anzali.ir"))
                .contactPhone(maybe(pick(List.of("+98 13 4452 1234", "۰۱۳-۴۴۵۲۱۲۳۴", "(013) 44 52 12 34"))))
                .feasibilityUrl(maybe(URI.create("https://anzali.ir/s/" + n + "/q-" + random.nextInt(99))))
                .tags(tags)
                .build();
    }

    Incentive incentive(int n) {
        LocalDate from = maybe(date());
        return Incentive.builder(IncentiveId.of(id("INC", n)))
                .type(pick(List.of(IncentiveType.values())))
                .title(text(200), maybe(text(200)))
                .legalBasis(maybe(text(300)))
                .authority(pick(REF.agencies()))
                .benefitPercent(maybe(decimal(0, 100, 2)))
                .durationYears(maybe(random.nextInt(1, 100)))
                .sectors(random.nextBoolean() ? List.of() : List.of(pick(REF.sectors())))
                .subsectors(random.nextBoolean() ? List.of() : List.of(pick(pick(REF.sectors()).subsectors())))
                .areas(random.nextBoolean() ? List.of() : List.of(item(), item()))
                .investmentModels(random.nextBoolean() ? List.of() : List.of(pick(List.of(InvestmentModel.values()))))
                .minInvestment(maybe(Money.of(rials(), "IRR")))
                .minDirectJobs(maybe(random.nextInt(0, 100)))
                .minYouthJobs(maybe(random.nextInt(0, 100)))
                .validFrom(from)
                .validTo(from == null ? maybe(date()) : maybe(from.plusDays(random.nextInt(2000))))
                .build();
    }

    /** A valid catalog of generated incentives and opportunities over the default reference data. */
    public Catalog catalog(int incentiveCount, int opportunityCount) {
        List<Incentive> incentives = new ArrayList<>();
        for (int i = 0; i < incentiveCount; i++) {
            incentives.add(incentive(i));
        }
        List<IncentiveId> ids = incentives.stream().map(Incentive::id).toList();
        List<Opportunity> opportunities = new ArrayList<>();
        for (int i = 0; i < opportunityCount; i++) {
            opportunities.add(opportunity(i, ids));
        }
        return Catalog.builder(REF).incentives(incentives).opportunities(opportunities).build();
    }

    /** A status history along the lifecycle, ending in the status given, or none. */
    List<StatusChange> history(Status status) {
        List<StatusChange> steps = new ArrayList<>();
        if (status.ordinal() == 0 || status == Status.CANCELLED || random.nextBoolean()) {
            return steps;
        }
        LocalDate day = date();
        for (int s = 0; s < status.ordinal(); s++) {
            day = day.plusDays(random.nextInt(0, 60));
            steps.add(new StatusChange(Status.values()[s], Status.values()[s + 1], day, maybe(item())));
        }
        return steps;
    }

    public SplittableRandom random() {
        return random;
    }
}
