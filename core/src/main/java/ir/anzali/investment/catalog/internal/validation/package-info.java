/**
 * The quick validation check, the rendering of messages and the support of rules across properties:
 * no part of the API.
 *
 * <p>Types and members of this package are not null unless marked {@code @Nullable}.
 */
@NullMarked
package ir.anzali.investment.catalog.internal.validation;

import org.jspecify.annotations.NullMarked;
