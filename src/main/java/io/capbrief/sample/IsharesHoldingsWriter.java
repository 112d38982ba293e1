package io.capbrief.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Writes an iShares Russell 2000 ETF holdings download exactly in the layout of the real IWM export. */
final class IsharesHoldingsWriter {

    static final String HEADER = "Ticker,Name,Sector,Asset Class,Market Value,Weight (%),Notional Value,Quantity,"
            + "Price,Location,Exchange,Currency,FX Rate,Market Currency,Accrual Date";

    private static final String BOM = "\uFEFF";
    /** iShares writes its "empty" lines as one no-break space. */
    private static final String BLANK = "\u00A0";
    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("MMM dd, uuuu", Locale.ENGLISH);
    private static final String[] FUTURES_MONTHS = {"H", "M", "U", "Z"};
    private static final String[] MONTH_NAMES = {"MAR", "JUN", "SEP", "DEC"};

    /** The legal footer is one quoted field over ten lines, and the file ends without a newline, as the real one. */
    private static final String FOOTER = String.join("\n",
            "\"The content contained herein is synthetic sample data generated for testing capbrief; it imitates the layout of a fund holdings download and describes no real fund, company or security.",
            "Holdings subject to change. Sample files are regenerated deterministically from a fixed seed.",
            "The values for \u201cprice\u201d shown herein are made up and do not reflect any vendor price or the price at which any fund values a holding.",
            "Please see the \u201cSample data\u201d section of the capbrief documentation for how these files are produced.",
            "THESE FILES ARE NOT INVESTMENT ADVICE. THEY DESCRIBE MADE-UP COMPANIES WITH MADE-UP TICKERS AND NUMBERS.",
            "This information should not be relied upon as research, investment advice, or a recommendation regarding any products, strategies, or any security in particular.",
            "This material is strictly for illustrative, educational, or testing purposes and is subject to change.",
            "The sample is distributed with capbrief (together with its tests, \u201cthe Project\u201d).",
            "No index provider sponsors, endorses or is otherwise connected with these sample files.",
            "\u00A92024 capbrief sample data. All names are made up; any resemblance to real companies is coincidental.\"");

    private IsharesHoldingsWriter() {
    }

    /**
     * The rows of the file on {@code date}: the members weighted by market cap, a money-market fund, cash,
     * futures collateral and margin, the front index future and two unlisted rights with ticker "-".
     */
    static List<Holding> rows(LocalDate date, List<SampleCompany> members, Function<SampleCompany, BigDecimal> price,
                              double nav, double indexLevel) {
        double marketCaps = 0;
        for (SampleCompany c : members) {
            marketCaps += price.apply(c).doubleValue() * c.shares(date);
        }
        // equities are 99.6% of the fund; the rest is the cash sleeve below
        double equities = nav * 0.996;
        List<Draft> drafts = new ArrayList<>();
        for (SampleCompany c : members) {
            BigDecimal p = price.apply(c);
            double value = equities * p.doubleValue() * c.shares(date) / marketCaps;
            BigDecimal quantity = new BigDecimal(value / p.doubleValue()).setScale(0, RoundingMode.HALF_UP);
            BigDecimal mv = quantity.multiply(p);
            drafts.add(new Draft(c, c.ticker, upper(c.name), c.sector, "Equity", mv, mv, quantity, p, c.exchange));
        }
        BigDecimal moneyMarket = money(nav * 0.0026);
        drafts.add(new Draft(null, "XTSLA", "BLK CSH FND TREASURY SL AGENCY", "Cash and/or Derivatives", "Money Market",
                moneyMarket, moneyMarket, moneyMarket.setScale(0, RoundingMode.HALF_UP), new BigDecimal("1.00"), "-"));
        BigDecimal cash = money(nav * 0.0006);
        drafts.add(new Draft(null, "USD", "USD CASH", "Cash and/or Derivatives", "Cash",
                cash, cash, cash.setScale(0, RoundingMode.HALF_UP), new BigDecimal("100.00"), "-"));
        BigDecimal collateral = money(nav * 0.0002).setScale(-3, RoundingMode.HALF_UP).setScale(2);
        drafts.add(new Draft(null, "MSFUT", "CASH COLLATERAL MSFUT USD", "Cash and/or Derivatives",
                "Cash Collateral and Margins", collateral, collateral, collateral, new BigDecimal("100.00"), "-"));
        int contracts = (int) Math.round(nav * 0.003 / (indexLevel * 50));
        BigDecimal level = new BigDecimal(indexLevel).setScale(2, RoundingMode.HALF_UP);
        int q = (date.getMonthValue() - 1) / 3;
        // the front contract: a quarter's own contract until its month, then the next
        int front = date.getMonthValue() % 3 == 0 && date.getDayOfMonth() > 20 ? (q + 1) % 4 : q;
        int year = front < q ? date.getYear() + 1 : date.getYear();
        drafts.add(new Draft(null, "RTY" + FUTURES_MONTHS[front] + year % 10,
                "RUSSELL 2000 EMINI CME " + MONTH_NAMES[front] + " " + String.format("%02d", year % 100),
                "Cash and/or Derivatives", "Futures", new BigDecimal("0.00"),
                level.multiply(BigDecimal.valueOf(50L * contracts)), BigDecimal.valueOf(contracts).setScale(2), level,
                "Chicago Mercantile Exchange"));
        for (int i = 0; i < Math.min(2, members.size()); i++) {
            SampleCompany c = members.get(members.size() - 1 - i);
            drafts.add(new Draft(null, "-", upper(c.name) + " CONTINGENT VALUE RIGHT Prvt", c.sector, "Equity",
                    new BigDecimal("1.31"), new BigDecimal("1.31"), BigDecimal.valueOf(130_676L + 1_000L * i).setScale(2),
                    new BigDecimal("0.00"), "NO MARKET (E.G. UNLISTED)"));
        }
        BigDecimal total = drafts.stream().map(Draft::marketValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        drafts.sort(Comparator.comparing(Draft::marketValue).reversed().thenComparing(Draft::ticker));
        List<Holding> rows = new ArrayList<>();
        for (Draft d : drafts) {
            BigDecimal weight = d.marketValue().multiply(BigDecimal.valueOf(100)).divide(total, 2, RoundingMode.HALF_UP);
            rows.add(new Holding(d.company(), d.ticker(), d.name(), d.sector(), d.assetClass(), d.marketValue(), weight,
                    d.notional(), d.quantity(), d.price(), d.exchange()));
        }
        return rows;
    }

    static String csv(LocalDate date, List<Holding> rows) {
        DecimalFormat number = usNumber();
        BigDecimal fundShares = rows.stream().map(Holding::marketValue).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(new BigDecimal("225"), -5, RoundingMode.HALF_UP);
        StringBuilder out = new StringBuilder(BOM).append("iShares Russell 2000 ETF\n")
                .append("Fund Holdings as of,\"").append(AS_OF.format(date)).append("\"\n")
                .append("Inception Date,\"May 22, 2000\"\n")
                .append("Shares Outstanding,\"").append(number.format(fundShares.setScale(2))).append("\"\n")
                .append("Stock,\"-\"\nBond,\"-\"\nCash,\"-\"\nOther,\"-\"\n")
                .append(BLANK).append('\n')
                .append(HEADER).append('\n');
        for (Holding h : rows) {
            out.append(quoted(h.ticker(), h.name(), h.sector(), h.assetClass(), number.format(h.marketValue()),
                    h.weight().toPlainString(), number.format(h.notional()), number.format(h.quantity()), number.format(h.price()),
                    h.assetClass().equals("Futures") ? "-" : "United States", h.exchange(), "USD", "1.00", "USD",
                    h.ticker().equals("MSFUT") ? "Feb 01, 2009" : "-"))
                    .append('\n');
        }
        return out.append(BLANK).append('\n').append(FOOTER).toString();
    }

    /** iShares prints names in capitals without punctuation: "Zeqart Holdings Inc." becomes "ZEQART HOLDINGS INC". */
    static String upper(String name) {
        return name.toUpperCase(Locale.ROOT).replace(".", "").replace(",", "");
    }

    private static String quoted(String... fields) {
        StringBuilder line = new StringBuilder();
        for (String f : fields) {
            if (!line.isEmpty()) {
                line.append(',');
            }
            line.append('"').append(f.replace("\"", "\"\"")).append('"');
        }
        return line.toString();
    }

    /** "731,205,514.79": thousands separators and two decimals, whatever the default locale. */
    private static DecimalFormat usNumber() {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    private static BigDecimal money(double value) {
        return new BigDecimal(value).setScale(2, RoundingMode.HALF_UP);
    }

    private record Draft(SampleCompany company, String ticker, String name, String sector, String assetClass,
                         BigDecimal marketValue, BigDecimal notional, BigDecimal quantity, BigDecimal price,
                         String exchange) {
    }
}
