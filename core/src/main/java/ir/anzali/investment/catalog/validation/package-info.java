/**
 * Jakarta Bean Validation of catalog objects: the constraints, the validator, and violations with
 * Persian and English messages.
 *
 * <p>Types and members of this package are not null unless marked {@code @Nullable}.
 */
@NullMarked
package ir.anzali.investment.catalog.validation;

import org.jspecify.annotations.NullMarked;
