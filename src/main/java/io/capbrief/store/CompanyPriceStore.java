package io.capbrief.store;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.capbrief.model.TickerPrice;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Company closes by day, from ticker-prices files. */
@Repository
public class CompanyPriceStore {

    private final JdbcTemplate jdbc;

    public CompanyPriceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long loadId, List<TickerPrice> prices) {
        jdbc.batchUpdate("INSERT INTO company_price (load_id, line_no, ticker, price_date, close) VALUES (?, ?, ?, ?, ?)",
                prices, 1000, (ps, p) -> {
                    ps.setLong(1, loadId);
                    ps.setLong(2, p.line());
                    ps.setString(3, p.ticker());
                    ps.setDate(4, Date.valueOf(p.date()));
                    ps.setDouble(5, p.close());
                });
    }

    /** Every ticker's latest close on or before a week, kept while the store is unchanged. */
    private record Snapshot(StoreVersion version, LocalDate week, Map<String, Dated> latest) {}

    private Snapshot last;

    /**
     * Each ticker's close on the last day on or before the week that has one, within {@link #PRICE_LOOKBACK_DAYS};
     * a later load wins a tie. Asked for a later week than the last answer while nothing new was committed, only
     * the closes dated in between are read: a history build or a backfill moves forward month by month.
     */
    public synchronized Map<String, Dated> closesAt(LocalDate week) {
        StoreVersion version = StoreVersion.of(jdbc);
        Map<String, Dated> latest;
        if (last != null && last.version().equals(version) && !week.isBefore(last.week())) {
            latest = new HashMap<>(last.latest());
            read(latest, last.week(), week);
        } else {
            latest = new HashMap<>();
            read(latest, week.minusDays(PRICE_LOOKBACK_DAYS), week);
        }
        last = new Snapshot(version, week, latest);
        LocalDate oldest = week.minusDays(PRICE_LOOKBACK_DAYS);
        Map<String, Dated> closes = new HashMap<>();
        latest.forEach((ticker, close) -> {
            if (close.date().isAfter(oldest)) {
                closes.put(ticker, close);
            }
        });
        return closes;
    }

    /** The closes dated in (after, upTo], in date and load order, over those already known. */
    private void read(Map<String, Dated> latest, LocalDate after, LocalDate upTo) {
        jdbc.query("""
                SELECT p.ticker, p.price_date, p.close FROM company_price p JOIN source_load l ON l.id = p.load_id
                WHERE l.state = 'COMMITTED' AND p.price_date <= ? AND p.price_date > ?
                ORDER BY p.price_date, p.load_id""", rs -> {
                    latest.put(rs.getString(1), new Dated(rs.getDate(2).toLocalDate(), rs.getDouble(3)));
                }, Date.valueOf(upTo), Date.valueOf(after));
    }

    /** A close older than this is no price at the week: a delisted ticker must not keep its last price forever. */
    static final int PRICE_LOOKBACK_DAYS = 31;

    /** A close and its day. */
    public record Dated(LocalDate date, double close) {}
}
