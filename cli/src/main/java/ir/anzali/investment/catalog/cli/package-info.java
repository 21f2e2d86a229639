/**
 * The {@code ./catalog} application: its commands, options, texts and output.
 *
 * <p>Types and members of this package are not null unless marked {@code @Nullable}.
 */
@NullMarked
package ir.anzali.investment.catalog.cli;

import org.jspecify.annotations.NullMarked;
