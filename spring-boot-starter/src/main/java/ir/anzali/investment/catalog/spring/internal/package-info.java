/**
 * Helpers of the starter, not its API: what its Jackson 2 and Jackson 3 modules share, the
 * owner-only folder of uploaded parts and the pool's wait for a connection.
 */
@NullMarked
package ir.anzali.investment.catalog.spring.internal;

import org.jspecify.annotations.NullMarked;
