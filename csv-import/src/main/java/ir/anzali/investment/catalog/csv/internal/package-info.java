/**
 * The rows' implementation that reading and writing share: cutting, decoding, converting and
 * mapping. No part of the API.
 *
 * <p>Types and members of this package are not null unless marked {@code @Nullable}.
 */
@NullMarked
package ir.anzali.investment.catalog.csv.internal;

import org.jspecify.annotations.NullMarked;
