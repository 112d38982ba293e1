package io.capbrief.store;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.capbrief.model.EstimateRow;
import io.capbrief.model.QuarterlyEstimate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/** Consensus estimates by as-of date, and quarterly estimates from earnings calendars. */
@Repository
public class EstimateStore {

    private final JdbcTemplate jdbc;

    public EstimateStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long loadId, List<EstimateRow> rows) {
        jdbc.batchUpdate("INSERT INTO estimate (load_id, line_no, ticker, as_of, fiscal_year_end, fy1_eps, fy2_eps, ntm_eps, analysts) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, 1000, (ps, e) -> {
                    ps.setLong(1, loadId);
                    ps.setLong(2, e.line());
                    ps.setString(3, e.ticker());
                    ps.setDate(4, Date.valueOf(e.asOf()));
                    Jdbc.setDate(ps, 5, e.fiscalYearEnd());
                    Jdbc.setDouble(ps, 6, e.fy1Eps());
                    Jdbc.setDouble(ps, 7, e.fy2Eps());
                    Jdbc.setDouble(ps, 8, e.ntmEps());
                    Jdbc.setInt(ps, 9, e.analysts());
                });
    }

    /** @param firstLine the position of the first row within its load (the calendar shape has no lines) */
    public void insertQuarterly(long loadId, int firstLine, List<QuarterlyEstimate> rows) {
        int[] line = {firstLine};
        jdbc.batchUpdate("INSERT INTO quarterly_estimate (load_id, line_no, ticker, report_date, fiscal_date_ending, estimate, currency) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", rows, 1000, (ps, q) -> {
                    ps.setLong(1, loadId);
                    ps.setInt(2, line[0]++);
                    ps.setString(3, q.ticker());
                    Jdbc.setDate(ps, 4, q.reportDate());
                    Jdbc.setDate(ps, 5, q.fiscalDateEnding());
                    Jdbc.setDouble(ps, 6, q.estimate());
                    ps.setString(7, q.currency());
                });
    }

    /** An answer given, kept while the store is unchanged: a backfill asks for week after week. */
    private record Snapshot(StoreVersion version, LocalDate week, Map<String, EstimateRow> latest) {}

    /**
     * The last answers, most recent last; two, because a week's valuation asks for the week and for
     * 13 weeks before it (the EPS revision), and each of the two moves on a week at a time.
     */
    private final List<Snapshot> snapshots = new ArrayList<>();

    /**
     * Each ticker's latest estimate with an as-of date on or before the week, the last one read
     * winning a tie. Asked for a later week than a kept answer while nothing new was committed, only
     * the rows dated in between are read: they come after every row already seen.
     */
    public synchronized Map<String, EstimateRow> latestKnownAt(LocalDate week) {
        StoreVersion version = StoreVersion.of(jdbc);
        snapshots.removeIf(s -> !s.version().equals(version));
        Snapshot base = snapshots.stream().filter(s -> !week.isBefore(s.week()))
                .max(Comparator.comparing(Snapshot::week)).orElse(null);
        Map<String, EstimateRow> latest;
        if (base != null) {
            latest = new HashMap<>(base.latest());
            read(latest, base.week(), week);
            snapshots.remove(base);
        } else {
            latest = new HashMap<>();
            read(latest, null, week);
        }
        Map<String, EstimateRow> answer = Collections.unmodifiableMap(latest);
        snapshots.add(new Snapshot(version, week, answer));
        if (snapshots.size() > 2) {
            snapshots.remove(0);
        }
        return answer;
    }

    private void read(Map<String, EstimateRow> latest, LocalDate after, LocalDate upTo) {
        String sql = """
                SELECT e.ticker, e.as_of, e.fiscal_year_end, e.fy1_eps, e.fy2_eps, e.ntm_eps, e.analysts, e.line_no
                FROM estimate e JOIN source_load l ON l.id = e.load_id
                WHERE l.state = 'COMMITTED' AND e.as_of <= ? %s
                ORDER BY e.as_of, e.load_id, e.line_no""";
        RowCallbackHandler row = rs -> {
            EstimateRow estimate = new EstimateRow(rs.getString(1), rs.getDate(2).toLocalDate(), Jdbc.getDate(rs, 3),
                    Jdbc.getDouble(rs, 4), Jdbc.getDouble(rs, 5), Jdbc.getDouble(rs, 6), Jdbc.getInt(rs, 7),
                    rs.getLong(8));
            latest.put(estimate.ticker(), estimate);
        };
        if (after == null) {
            jdbc.query(sql.formatted(""), row, Date.valueOf(upTo));
        } else {
            jdbc.query(sql.formatted("AND e.as_of > ?"), row, Date.valueOf(upTo), Date.valueOf(after));
        }
    }
}
