package io.capbrief.store;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.capbrief.extract.CompanyFact;

import org.springframework.jdbc.core.JdbcTemplate;
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

    /**
     * Every company's facts filed on or before the week, by CIK, in the order they became known
     * (filing date, then load and position), so "the last one read" breaks ties.
     */
    public Map<String, List<CompanyFact>> knownAt(LocalDate week) {
        Map<String, List<CompanyFact>> byCik = new HashMap<>();
        jdbc.query("""
                SELECT f.cik, f.taxonomy, f.concept, f.unit, f.start_date, f.end_date, f.val, f.fy, f.fp, f.form, f.filed
                FROM company_fact f JOIN source_load l ON l.id = f.load_id
                WHERE l.state = 'COMMITTED' AND f.filed <= ?
                ORDER BY f.filed, f.load_id, f.seq""", rs -> {
                    CompanyFact fact = new CompanyFact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            Jdbc.getDate(rs, 5), rs.getDate(6).toLocalDate(), rs.getDouble(7), Jdbc.getInt(rs, 8),
                            rs.getString(9), rs.getString(10), rs.getDate(11).toLocalDate());
                    byCik.computeIfAbsent(fact.cik(), k -> new java.util.ArrayList<>()).add(fact);
                }, Date.valueOf(week));
        return byCik;
    }
}
