/**
 * HTML pages: {@link ir.anzali.investment.catalog.html.ReportPage} for import reports and
 * {@link ir.anzali.investment.catalog.html.DashboardPage} for the working-group dashboard. Each is
 * one file that makes no request and runs no script.
 *
 * <p>Types and members of this package are not null unless marked {@code @Nullable}.
 */
@NullMarked
package ir.anzali.investment.catalog.html;

import org.jspecify.annotations.NullMarked;
