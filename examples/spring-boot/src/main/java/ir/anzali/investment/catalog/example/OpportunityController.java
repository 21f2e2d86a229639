package ir.anzali.investment.catalog.example;

import ir.anzali.investment.catalog.jdbc.CatalogStore;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.opportunity.OpportunityId;
import ir.anzali.investment.catalog.opportunity.Status;
import ir.anzali.investment.catalog.query.OpportunityQuery;
import ir.anzali.investment.catalog.query.Page;
import ir.anzali.investment.catalog.query.SortKey;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.reference.Sector;
import ir.anzali.investment.catalog.spring.CatalogUploads;
import ir.anzali.investment.catalog.text.SearchText;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The opportunities of the catalog in the database, in the library's documented JSON. */
@RestController
@RequestMapping(path = "/api/opportunities", produces = MediaType.APPLICATION_JSON_VALUE)
public class OpportunityController {

    /** The largest page a request may ask for. */
    static final int MAX_PAGE_SIZE = 100;

    private final CatalogStore store;
    private final CatalogUploads uploads;
    private final ReferenceData referenceData;

    /**
     * The controller of the store's opportunities.
     *
     * @param store         the catalog in the database, not null
     * @param uploads       the starter's uploads, which tell a request's language; not null
     * @param referenceData the store's sectors, which a request may name; not null
     */
    public OpportunityController(CatalogStore store, CatalogUploads uploads, ReferenceData referenceData) {
        this.store = store;
        this.uploads = uploads;
        this.referenceData = referenceData;
    }

    /**
     * A page of opportunities.
     *
     * @param items the opportunities of the page
     * @param total how many match
     * @param page  the page, from 0
     * @param size  how many a page holds
     */
    record OpportunityPage(List<Opportunity> items, long total, int page, int size) {
    }

    /**
     * The opportunities that match, a page at a time, by id.
     *
     * @param sector         a sector code, or null for all
     * @param status         a status such as {@code OPEN}, or null for all
     * @param q              a text in titles, summaries or tags, or null
     * @param sort           a {@link SortKey} such as {@code investment} or {@code published-on}, largest
     *                       first when it starts with {@code -}; or null for the order of the ids
     * @param page           the page, from 0
     * @param size           how many a page holds, 1 to 100
     * @param acceptLanguage the request's {@code Accept-Language}, or null
     * @return 200 with the page, or 400 problem details for a page, size, sector, status or order that
     *         is not one (naming those there are), or a text with nothing to search for
     */
    @GetMapping
    public ResponseEntity<?> list(@RequestParam(name = "sector", required = false) @Nullable String sector,
            @RequestParam(name = "status", required = false) @Nullable String status, @RequestParam(name = "q", required = false) @Nullable String q,
            @RequestParam(name = "sort", required = false) @Nullable String sort,
            @RequestParam(name = "page", defaultValue = "0") int page, @RequestParam(name = "size", defaultValue = "20") int size,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
        boolean persian = "fa".equals(uploads.language(acceptLanguage).getLanguage());
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            return problem(HttpStatus.BAD_REQUEST, persian, persian
                    ? "صفحه از ۰ و اندازهٔ آن از ۱ تا ۱۰۰ است: page=" + page + "، size=" + size + "."
                    : "The page is from 0 and its size from 1 to 100: page=" + page + ", size=" + size + ".");
        }
        OpportunityQuery query = OpportunityQuery.all().page(page, size);
        if (sector != null && !sector.isBlank()) {
            String code = sector.strip().toUpperCase(Locale.ROOT);
            if (referenceData.sector(code).isEmpty()) {
                return problem(HttpStatus.BAD_REQUEST, persian, (persian ? "بخش «" + sector + "» نیست؛ یکی از این‌ها را بنویسید: "
                        : "\"" + sector + "\" is not a sector; write one of ")
                        + referenceData.sectors().stream().map(Sector::code).toList() + ".");
            }
            query = query.sector(code);
        }
        if (status != null && !status.isBlank()) {
            Status wanted = status(status.strip());
            if (wanted == null) {
                return problem(HttpStatus.BAD_REQUEST, persian, (persian ? "وضعیت «" + status + "» نیست؛ یکی از این‌ها را بنویسید: "
                        : "\"" + status + "\" is not a status; write one of ") + List.of(Status.values()) + ".");
            }
            query = query.statuses(wanted);
        }
        if (q != null && !q.isEmpty()) {
            if (SearchText.fold(q).isEmpty()) {
                return problem(HttpStatus.BAD_REQUEST, persian, persian
                        ? "متن جست‌وجو (q) جز فاصله، نیم‌فاصله یا نویسهٔ نامرئی چیزی ندارد: حرف یا رقمی از متنی را که می‌جویید بنویسید."
                        : "The text to search for (q) holds only spaces, ZWNJ or invisible characters: write a letter"
                                + " or digit of the text to find.");
            }
            query = query.text(q);
        }
        if (sort != null && !sort.isBlank()) {
            boolean descending = sort.strip().startsWith("-");
            SortKey key = sortKey(sort.strip().substring(descending ? 1 : 0));
            if (key == null) {
                return problem(HttpStatus.BAD_REQUEST, persian, (persian ? "ترتیب «" + sort + "» نیست؛ یکی از این‌ها را بنویسید"
                        + " (با - در آغاز، از بزرگ به کوچک): " : "\"" + sort + "\" is not an order; write one of"
                        + " (with - before it, largest first) ") + Arrays.stream(SortKey.values()).map(
                                k -> k.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList() + ".");
            }
            query = query.sortBy(key, descending);
        }
        Page<Opportunity> found = store.search(query);
        return ResponseEntity.ok(new OpportunityPage(found.items(), found.total(), found.page(), found.size()));
    }

    /**
     * One opportunity, readable by {@code CatalogJson.readOpportunity}.
     *
     * @param id             the opportunity's id
     * @param acceptLanguage the request's {@code Accept-Language}, or null
     * @return 200 with the opportunity, or 404 problem details
     */
    @GetMapping("/{id}")
    public ResponseEntity<?> one(@PathVariable("id") String id,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
        boolean persian = "fa".equals(uploads.language(acceptLanguage).getLanguage());
        return store.opportunity(OpportunityId.of(id)).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, persian, persian
                        ? "فرصتی با شناسهٔ «" + id + "» در فهرست نیست."
                        : "The catalog has no opportunity with the id \"" + id + "\"."));
    }

    private static @Nullable SortKey sortKey(String text) {
        for (SortKey k : SortKey.values()) {
            if (k.name().equalsIgnoreCase(text.replace('-', '_'))) {
                return k;
            }
        }
        return null;
    }

    private static @Nullable Status status(String text) {
        for (Status s : Status.values()) {
            if (s.name().equalsIgnoreCase(text)) {
                return s;
            }
        }
        return null;
    }

    /** A problem detail whose title, as its detail, is in the request's language. */
    private static ResponseEntity<?> problem(HttpStatus status, boolean persian, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status == HttpStatus.NOT_FOUND ? persian ? "یافت نشد" : "Not found"
                : persian ? "درخواست نادرست است" : "Bad request");
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, persian ? "fa" : "en").body(problem);
    }

}
