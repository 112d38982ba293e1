package io.capbrief.store;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.capbrief.model.FundamentalsRow;
import io.capbrief.model.CompanyIndustry;
import io.capbrief.model.TickerCik;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The ticker ↔ CIK map and the vendor fundamentals files that fill what filings do not. */
@Repository
public class CompanyMasterStore {

    private final JdbcTemplate jdbc;

    public CompanyMasterStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insertTickers(long loadId, int firstSeq, List<TickerCik> tickers) {
        Jdbc.insertNumbered(jdbc, "INSERT INTO company_ticker (load_id, seq, ticker, cik, title) VALUES (?, ?, ?, ?, ?)",
                loadId, firstSeq, tickers, (ps, t) -> {
                    ps.setString(3, t.ticker());
                    ps.setString(4, t.cik());
                    ps.setString(5, t.title());
                });
    }

    private final KeptUntilCommit<Map<String, String>> tickers = new KeptUntilCommit<>();

    /** Ticker to CIK from every committed map, a later map (or a later entry) overriding an earlier one; read-only. */
    public Map<String, String> cikByTicker() {
        return tickers.get(jdbc, () -> {
            Map<String, String> map = new HashMap<>();
            jdbc.query("SELECT t.ticker, t.cik FROM company_ticker t JOIN source_load l ON l.id = t.load_id "
                    + "WHERE l.state = 'COMMITTED' ORDER BY t.load_id, t.seq", rs -> {
                        map.put(rs.getString(1), rs.getString(2));
                    });
            return java.util.Collections.unmodifiableMap(map);
        });
    }

    public void insertIndustries(long loadId, int firstSeq, List<CompanyIndustry> industries) {
        Jdbc.insertNumbered(jdbc, "INSERT INTO company_industry (load_id, seq, cik, sic, description) VALUES (?, ?, ?, ?, ?)",
                loadId, firstSeq, industries, (ps, i) -> {
                    ps.setString(3, i.cik());
                    ps.setString(4, i.sic());
                    ps.setString(5, i.description());
                });
    }

    private final KeptUntilCommit<Map<String, CompanyIndustry>> industries = new KeptUntilCommit<>();

    /** Each registrant's SIC code by CIK, the latest committed submissions file winning; read-only. */
    public Map<String, CompanyIndustry> industryByCik() {
        return industries.get(jdbc, () -> {
            Map<String, CompanyIndustry> map = new HashMap<>();
            jdbc.query("SELECT i.cik, i.sic, i.description FROM company_industry i JOIN source_load l ON l.id = i.load_id "
                    + "WHERE l.state = 'COMMITTED' ORDER BY i.load_id, i.seq", rs -> {
                        map.put(rs.getString(1), new CompanyIndustry(rs.getString(1), rs.getString(2), rs.getString(3)));
                    });
            return java.util.Collections.unmodifiableMap(map);
        });
    }

    public void insertFundamentals(long loadId, List<FundamentalsRow> rows) {
        jdbc.batchUpdate("INSERT INTO vendor_fundamental (load_id, line_no, ticker, name, sector, price, trailing_pe, eps, market_cap, ebitda) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, 1000, (ps, r) -> {
                    ps.setLong(1, loadId);
                    ps.setLong(2, r.line());
                    ps.setString(3, r.ticker());
                    ps.setString(4, r.name());
                    ps.setString(5, r.sector());
                    Jdbc.setDouble(ps, 6, r.price());
                    Jdbc.setDouble(ps, 7, r.trailingPe());
                    Jdbc.setDouble(ps, 8, r.eps());
                    Jdbc.setDouble(ps, 9, r.marketCap());
                    Jdbc.setDouble(ps, 10, r.ebitda());
                });
    }

    /** A vendor fundamentals file: its manifest date and its rows. */
    public record VendorFile(LocalDate asOf, List<FundamentalsRow> rows) {}

    /** The latest vendor fundamentals file dated on or before the week, with its date. */
    public java.util.Optional<VendorFile> vendorFileKnownAt(LocalDate week) {
        List<FundamentalsRow> rows = fundamentalsKnownAt(week);
        if (rows.isEmpty()) {
            return java.util.Optional.empty();
        }
        LocalDate asOf = jdbc.queryForObject("""
                SELECT MAX(l.as_of) FROM source_load l WHERE l.state = 'COMMITTED' AND l.as_of <= ?
                  AND l.id IN (SELECT load_id FROM vendor_fundamental)""", LocalDate.class, Date.valueOf(week));
        return java.util.Optional.of(new VendorFile(asOf, rows));
    }

    /** The rows of the latest vendor fundamentals file dated on or before the week. */
    public List<FundamentalsRow> fundamentalsKnownAt(LocalDate week) {
        return jdbc.query("""
                SELECT f.ticker, f.name, f.sector, f.price, f.trailing_pe, f.eps, f.market_cap, f.ebitda, f.line_no
                FROM vendor_fundamental f WHERE f.load_id = (
                  SELECT MAX(l.id) FROM source_load l WHERE l.state = 'COMMITTED' AND l.as_of = (
                    SELECT MAX(l2.as_of) FROM source_load l2 WHERE l2.state = 'COMMITTED' AND l2.as_of <= ?
                      AND l2.id IN (SELECT load_id FROM vendor_fundamental))
                  AND l.id IN (SELECT load_id FROM vendor_fundamental))
                ORDER BY f.line_no""",
                (rs, i) -> new FundamentalsRow(rs.getString(1), rs.getString(2), rs.getString(3), Jdbc.getDouble(rs, 4),
                        Jdbc.getDouble(rs, 5), Jdbc.getDouble(rs, 6), Jdbc.getDouble(rs, 7), Jdbc.getDouble(rs, 8),
                        rs.getLong(9)),
                Date.valueOf(week));
    }
}
