package io.capbrief.store;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.capbrief.extract.CompanyFact;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/** XBRL facts with every version kept by filing date, read "as known at" a week. */
@Repository
public class CompanyFactStore {

    private final JdbcTemplate jdbc;

    public CompanyFactStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param firstSeq the position of the first fact within its load, so restarted writes never collide */
    public void insert(long loadId, int firstSeq, List<CompanyFact> facts) {
        int[] seq = {firstSeq};
        jdbc.batchUpdate("INSERT INTO company_fact (load_id, seq, cik, taxonomy, concept, unit, start_date, end_date, val, fy, fp, form, filed) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", facts, 1000, (ps, f) -> {
                    ps.setLong(1, loadId);
                    ps.setInt(2, seq[0]++);
                    ps.setString(3, f.cik());
                    ps.setString(4, f.taxonomy());
                    ps.setString(5, f.concept());
                    ps.setString(6, f.unit());
                    Jdbc.setDate(ps, 7, f.start());
                    ps.setDate(8, Date.valueOf(f.end()));
                    ps.setDouble(9, f.value());
                    Jdbc.setInt(ps, 10, f.fy());
                    ps.setString(11, f.fp());
                    ps.setString(12, f.form());
                    ps.setDate(13, Date.valueOf(f.filed()));
                });
    }

    /** The last answer given, kept while the store is unchanged: a backfill asks for week after week. */
    private record Snapshot(StoreVersion version, LocalDate week, Map<String, List<CompanyFact>> byCik) {}

    private Snapshot last;

    /**
     * Every company's facts filed on or before the week, by CIK, in the order they became known
     * (filing date, then load and position), so "the last one read" breaks ties. The lists are
     * read-only. Asked for a later week while nothing new was committed, only the facts filed in
     * between are read: they sort after every fact already known.
     */
    public synchronized Map<String, List<CompanyFact>> knownAt(LocalDate week) {
        StoreVersion version = StoreVersion.of(jdbc);
        Map<String, List<CompanyFact>> byCik;
        if (last != null && last.version().equals(version) && !week.isBefore(last.week())) {
            byCik = new HashMap<>(last.byCik());
            read(last.week(), week).forEach((cik, added) -> byCik.merge(cik, added, CompanyFactStore::concat));
        } else {
            byCik = read(null, week);
        }
        Map<String, List<CompanyFact>> answer = Collections.unmodifiableMap(byCik);
        last = new Snapshot(version, week, answer);
        return answer;
    }

    /** The facts filed after {@code after} (when not null) and on or before {@code upTo}. */
    private Map<String, List<CompanyFact>> read(LocalDate after, LocalDate upTo) {
        Map<String, List<CompanyFact>> byCik = new HashMap<>();
        ValuePool pool = new ValuePool();
        RowCallbackHandler row = rs -> {
            CompanyFact fact = new CompanyFact(pool.of(rs.getString(1)), pool.of(rs.getString(2)), pool.of(rs.getString(3)),
                    pool.of(rs.getString(4)), pool.of(Jdbc.getDate(rs, 5)), pool.of(rs.getDate(6).toLocalDate()),
                    rs.getDouble(7), pool.of(Jdbc.getInt(rs, 8)), pool.of(rs.getString(9)), pool.of(rs.getString(10)),
                    pool.of(rs.getDate(11).toLocalDate()));
            byCik.computeIfAbsent(fact.cik(), k -> new ArrayList<>()).add(fact);
        };
        String sql = """
                SELECT f.cik, f.taxonomy, f.concept, f.unit, f.start_date, f.end_date, f.val, f.fy, f.fp, f.form, f.filed
                FROM company_fact f JOIN source_load l ON l.id = f.load_id
                WHERE l.state = 'COMMITTED' AND f.filed <= ? %s
                ORDER BY f.filed, f.load_id, f.seq""";
        if (after == null) {
            jdbc.query(sql.formatted(""), row, Date.valueOf(upTo));
        } else {
            jdbc.query(sql.formatted("AND f.filed > ?"), row, Date.valueOf(upTo), Date.valueOf(after));
        }
        byCik.replaceAll((cik, facts) -> Collections.unmodifiableList(facts));
        return byCik;
    }

    private static List<CompanyFact> concat(List<CompanyFact> known, List<CompanyFact> added) {
        List<CompanyFact> all = new ArrayList<>(known.size() + added.size());
        all.addAll(known);
        all.addAll(added);
        return Collections.unmodifiableList(all);
    }
}
