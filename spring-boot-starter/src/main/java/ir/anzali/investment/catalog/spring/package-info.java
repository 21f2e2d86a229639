/**
 * Spring Boot auto-configuration of the library: the importer, the validator and the reference data
 * as beans set by {@code investment-catalog.*} properties, uploads read in the request's language,
 * import errors as RFC 9457 problem details, and Micrometer metrics of imports.
 *
 * <p>Types and members of this package are not null unless marked {@code @Nullable}.
 */
@NullMarked
package ir.anzali.investment.catalog.spring;

import org.jspecify.annotations.NullMarked;
