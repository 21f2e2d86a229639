package ir.anzali.investment.catalog.jdbc.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Optional values in and out of SQL columns: text, exact decimals kept as text, whole numbers, dates. */
final class Cells {

    private Cells() {
    }

    static void text(PreparedStatement ps, int index, @Nullable String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    static void decimal(PreparedStatement ps, int index, @Nullable BigDecimal value) throws SQLException {
        text(ps, index, value == null ? null : value.toString());
    }

    static void whole(PreparedStatement ps, int index, @Nullable Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    static void date(PreparedStatement ps, int index, @Nullable LocalDate value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setDate(index, Date.valueOf(value));
        }
    }

    static @Nullable BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : new BigDecimal(text);
    }

    static @Nullable Integer whole(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }
}
