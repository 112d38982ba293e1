package io.capbrief.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Landing-zone files for the hand-computed valuation fixtures: iShares holdings, SEC companyfacts, estimates. */
public final class ValuationFixtures {

    private ValuationFixtures() {}

    /** An iShares holdings file as of the date ("Nov 22, 2024"), its rows from {@link #holding}. */
    static String ishares(String asOf, String... rows) {
        return "\uFEFFiShares Russell 2000 ETF\n"
                + "Fund Holdings as of,\"" + asOf + "\"\n"
                + "Inception Date,\"May 22, 2000\"\n"
                + "Shares Outstanding,\"1\"\n"
                + "Stock,\"-\"\nBond,\"-\"\nCash,\"-\"\nOther,\"-\"\n \n"
                + "Ticker,Name,Sector,Asset Class,Market Value,Weight (%),Notional Value,Quantity,Price,Location,"
                + "Exchange,Currency,FX Rate,Market Currency,Accrual Date\n"
                + String.join("", rows)
                + " \n\"The content is for illustration only.\"\n";
    }

    static String holding(String ticker, String name, String sector, String weight, String price) {
        return "\"%s\",\"%s\",\"%s\",\"Equity\",\"1,000\",\"%s\",\"1,000\",\"10\",\"%s\",\"United States\",\"NASDAQ\",\"USD\",\"1.00\",\"USD\",\"-\"\n"
                .formatted(ticker, name, sector, weight, price);
    }

    static final String TICKERS = """
            {"0":{"cik_str":1,"ticker":"AAA","title":"Alpha"},"1":{"cik_str":2,"ticker":"BBB","title":"Beta"},
             "2":{"cik_str":3,"ticker":"CCC","title":"Gamma"}}""";

    /**
     * A companyfacts file with one fiscal year's 10-K facts, accession number {@code 00000000NN-24-000010}
     * for CIK NN; {@code restatement} is appended to NetIncomeLoss.
     */
    static String facts(int cik, Map<String, Integer> durations, int netIncome, Integer debt, Integer cash,
            String restatement) {
        StringBuilder gaap = new StringBuilder();
        durations.forEach((concept, value) -> gaap.append('"').append(concept).append("\":{\"units\":{\"USD\":[")
                .append(annual(cik, value)).append("]}},"));
        gaap.append("\"NetIncomeLoss\":{\"units\":{\"USD\":[").append(annual(cik, netIncome)).append(restatement).append("]}}");
        if (debt != null) {
            gaap.append(",\"LongTermDebt\":{\"units\":{\"USD\":[").append(instant(cik, debt)).append("]}}");
            gaap.append(",\"CashAndCashEquivalentsAtCarryingValue\":{\"units\":{\"USD\":[").append(instant(cik, cash)).append("]}}");
        }
        return "{\"cik\":" + cik + ",\"entityName\":\"Company " + cik + "\",\"facts\":{\"us-gaap\":{" + gaap + "}}}";
    }

    private static String annual(int cik, int value) {
        return "{\"start\":\"2023-07-01\",\"end\":\"2024-06-30\",\"val\":" + value + ",\"accn\":\"" + accession(cik)
                + "\",\"fy\":2024,\"fp\":\"FY\",\"form\":\"10-K\",\"filed\":\"2024-08-20\"}";
    }

    private static String instant(int cik, int value) {
        return "{\"end\":\"2024-06-30\",\"val\":" + value + ",\"accn\":\"" + accession(cik) + "\",\"fy\":2024,\"fp\":\"FY\",\"form\":\"10-K\",\"filed\":\"2024-08-20\"}";
    }

    private static String accession(int cik) {
        return "%010d-24-000010".formatted(cik);
    }

    /** The text cells of a workbook's sheet, row by row. */
    static List<String> sheetTexts(Path xlsx, String sheet) throws IOException {
        List<String> texts = new java.util.ArrayList<>();
        try (var in = Files.newInputStream(xlsx); var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            book.getSheet(sheet).forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }));
        }
        return texts;
    }

    /** The workbook's data-quality rows, each row's cells joined. */
    static List<String> dataQuality(WeekOutcome outcome) throws IOException {
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(outcome.versionDir().resolve("briefing.xlsx").toFile())) {
            List<String> lines = new java.util.ArrayList<>();
            workbook.getSheet("Data quality").forEach(row -> {
                StringBuilder line = new StringBuilder();
                row.forEach(cell -> line.append(cell.toString()).append(" | "));
                lines.add(line.toString());
            });
            return lines;
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    /**
     * Three companies with 10-Ks filed 2024-08-20 (net income AAA 150, BBB -10, CCC 60), holdings dated
     * 2024-08-30 (AAA 50% at 100, BBB 30% at 50, CCC 20% at 40) and 2024-10-25 (AAA 40% at 110, BBB 30% at
     * 50, CCC 30% at 40), NTM EPS dated 2024-08-23 (AAA 5, BBB -1, CCC 2) and 2024-10-18 (AAA 6, BBB -1, CCC 2).
     *
     * @return the manifest
     */
    static Path twoHoldingsUniverse(Path dir, String restatement) throws IOException {
        Files.createDirectories(dir.resolve("holdings"));
        Files.writeString(dir.resolve("holdings/IWM_2024-08-30.csv"), ishares("Aug 30, 2024",
                holding("AAA", "ALPHA CORP", "Industrials", "50.00", "100.00"),
                holding("BBB", "BETA BANK", "Financials", "30.00", "50.00"),
                holding("CCC", "GAMMA SOFT", "Information Technology", "20.00", "40.00")));
        Files.writeString(dir.resolve("holdings/IWM_2024-10-25.csv"), ishares("Oct 25, 2024",
                holding("AAA", "ALPHA CORP", "Industrials", "40.00", "110.00"),
                holding("BBB", "BETA BANK", "Financials", "30.00", "50.00"),
                holding("CCC", "GAMMA SOFT", "Information Technology", "30.00", "40.00")));
        Files.createDirectories(dir.resolve("sec"));
        Files.writeString(dir.resolve("sec/company_tickers.json"), TICKERS);
        Files.writeString(dir.resolve("sec/CIK0000000001.json"), facts(1, Map.of(), 150, null, null, restatement));
        Files.writeString(dir.resolve("sec/CIK0000000002.json"), facts(2, Map.of(), -10, null, null, ""));
        Files.writeString(dir.resolve("sec/CIK0000000003.json"), facts(3, Map.of(), 60, null, null, ""));
        Files.writeString(dir.resolve("estimates.csv"), """
                ticker,as_of,fiscal_year_end,fy1_eps,fy2_eps,ntm_eps,analysts
                AAA,2024-08-23,2025-06-30,,,5,4
                BBB,2024-08-23,2024-12-31,,,-1,2
                CCC,2024-08-23,2025-06-30,,,2,3
                AAA,2024-10-18,2025-06-30,,,6,4
                BBB,2024-10-18,2024-12-31,,,-1,2
                CCC,2024-10-18,2025-06-30,,,2,3
                """);
        Path manifest = dir.resolve("sources.yml");
        Files.writeString(manifest, """
                sources:
                  - { id: iwm,     format: ishares-holdings-csv,     path: 'holdings/IWM_*.csv', index: RUSSELL_2000 }
                  - { id: tickers, format: sec-company-tickers-json, path: sec/company_tickers.json }
                  - { id: facts,   format: sec-companyfacts-json,    path: 'sec/CIK*.json' }
                  - { id: est,     format: estimates-csv,            path: estimates.csv }
                """);
        return manifest;
    }

    /**
     * One index, holdings dated 2024-11-22:
     * <pre>
     *   AAA Industrials   weight 50%  price 100  NTM EPS  5
     *   BBB Financials    weight 30%  price  50  NTM EPS -1
     *   CCC Info. Tech.   weight 20%  price  40  NTM EPS  2
     * </pre>
     * Fiscal year 2023-07-01..2024-06-30, 10-K filed 2024-08-20:
     * AAA EBIT 300, D&A 100, interest 50, net income 150, long-term debt 1000, cash 200;
     * BBB net income -10;
     * CCC EBIT 100, D&A 20, interest 10, net income 60, long-term debt 100, cash 300.
     * AAA restates net income to -20 in a 10-K/A filed 2024-11-27, after the week. The 10-year yield is
     * 4.41 on 2024-11-22, 4.18 on 2024-11-29.
     *
     * @return the manifest
     */
    public static Path threeCompanies(Path dir) throws IOException {
        Files.writeString(dir.resolve("IWM.csv"), ishares("Nov 22, 2024",
                holding("AAA", "ALPHA CORP", "Industrials", "50.00", "100.00"),
                holding("BBB", "BETA BANK", "Financials", "30.00", "50.00"),
                holding("CCC", "GAMMA SOFT", "Information Technology", "20.00", "40.00")));
        Files.createDirectories(dir.resolve("sec"));
        Files.writeString(dir.resolve("sec/company_tickers.json"), TICKERS);
        Files.writeString(dir.resolve("sec/CIK0000000001.json"), facts(1, Map.of("OperatingIncomeLoss", 300,
                "DepreciationDepletionAndAmortization", 100, "InterestExpense", 50), 150, 1000, 200,
                ",{\"start\":\"2023-07-01\",\"end\":\"2024-06-30\",\"val\":-20,\"fy\":2024,\"fp\":\"FY\",\"form\":\"10-K/A\",\"filed\":\"2024-11-27\"}"));
        Files.writeString(dir.resolve("sec/CIK0000000002.json"), facts(2, Map.of(), -10, null, null, ""));
        Files.writeString(dir.resolve("sec/CIK0000000003.json"), facts(3, Map.of("OperatingIncomeLoss", 100,
                "DepreciationDepletionAndAmortization", 20, "InterestExpense", 10), 60, 100, 300, ""));
        Files.writeString(dir.resolve("estimates.csv"), """
                ticker,as_of,fiscal_year_end,fy1_eps,fy2_eps,ntm_eps,analysts
                AAA,2024-11-15,2025-06-30,,,5,4
                BBB,2024-11-15,2024-12-31,,,-1,2
                CCC,2024-11-15,2025-06-30,,,2,3
                """);
        Files.writeString(dir.resolve("DGS10.csv"), "observation_date,DGS10\n2024-11-22,4.41\n2024-11-29,4.18\n");
        Path manifest = dir.resolve("sources.yml");
        Files.writeString(manifest, """
                sources:
                  - { id: iwm,     format: ishares-holdings-csv,     path: IWM.csv, index: RUSSELL_2000 }
                  - { id: tickers, format: sec-company-tickers-json, path: sec/company_tickers.json }
                  - { id: facts,   format: sec-companyfacts-json,    path: 'sec/CIK*.json' }
                  - { id: est,     format: estimates-csv,            path: estimates.csv }
                  - { id: dgs10,   format: fred-csv,                 path: DGS10.csv, series: DGS10 }
                """);
        return manifest;
    }
}
