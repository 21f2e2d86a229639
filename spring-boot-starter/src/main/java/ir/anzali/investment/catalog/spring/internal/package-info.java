/**
 * Helpers of the starter, not its API: what its Jackson 2 and Jackson 3 modules share, and the
 * owner-only folder of uploaded parts.
 */
@NullMarked
package ir.anzali.investment.catalog.spring.internal;

import org.jspecify.annotations.NullMarked;
