package io.capbrief.extract;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.capbrief.model.CompanyFact;
import io.capbrief.model.RejectedRow;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams an SEC EDGAR XBRL companyfacts JSON file, keeping only the concepts METRICS.md section 3
 * uses; every other concept is skipped unread, since a real file is tens of MB.
 */
public final class SecCompanyFactsReader {

    /** Every concept of the fallback lists in METRICS.md section 3, by taxonomy. */
    static final Map<String, Set<String>> KEPT_CONCEPTS = Map.of(
            "us-gaap", Set.of(
                    "Revenues", "RevenueFromContractWithCustomerExcludingAssessedTax", "SalesRevenueNet",
                    "OperatingIncomeLoss",
                    "DepreciationDepletionAndAmortization", "DepreciationAndAmortization",
                    "DepreciationAmortizationAndAccretionNet",
                    "InterestExpense", "InterestExpenseNonoperating", "InterestExpenseDebt", "InterestPaidNet",
                    "NetIncomeLoss", "ProfitLoss",
                    "LongTermDebt", "ShortTermBorrowings", "LongTermDebtNoncurrent", "LongTermDebtCurrent",
                    "DebtCurrent",
                    "CashAndCashEquivalentsAtCarryingValue",
                    "CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents",
                    "LongTermDebtMaturitiesRepaymentsOfPrincipalInNextTwelveMonths",
                    "LongTermDebtMaturitiesRepaymentsOfPrincipalInYearTwo",
                    "LongTermDebtMaturitiesRepaymentsOfPrincipalInYearThree",
                    "LongTermDebtMaturitiesRepaymentsOfPrincipalInYearFour",
                    "LongTermDebtMaturitiesRepaymentsOfPrincipalInYearFive",
                    "LongTermDebtMaturitiesRepaymentsOfPrincipalAfterYearFive",
                    "WeightedAverageNumberOfDilutedSharesOutstanding"),
            "dei", Set.of("EntityCommonStockSharesOutstanding"));

    /** Money in US dollars and share counts; a fact in another unit (a foreign filer's EUR) is recorded as skipped. */
    static final Set<String> KEPT_UNITS = Set.of("USD", "shares");

    private static final String EXPECTED = "expected an SEC companyfacts object {\"cik\": ..., \"entityName\": ..., \"facts\": {...}}";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    public CompanyFacts read(Path file) {
        try (JsonParser parser = MAPPER.createParser(file)) {
            return readCompany(file, parser);
        } catch (StreamReadException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new SourceFormatException(file, line, "not valid JSON (" + e.getOriginalMessage() + "); " + EXPECTED);
        } catch (JacksonIOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e.getCause());
        }
    }

    /**
     * Reads one company from a stream, an entry of SEC's bulk zip for instance.
     *
     * @param shownAs the name messages and quarantined rows give the company's file
     */
    public CompanyFacts read(InputStream in, Path shownAs) {
        try (JsonParser parser = MAPPER.createParser(in)) {
            return readCompany(shownAs, parser);
        } catch (StreamReadException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new SourceFormatException(shownAs, line, "not valid JSON (" + e.getOriginalMessage() + "); " + EXPECTED);
        } catch (JacksonIOException e) {
            throw new UncheckedIOException("cannot read " + shownAs + ": " + e.getMessage(), e.getCause());
        }
    }

    private static CompanyFacts readCompany(Path file, JsonParser parser) {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
            throw new SourceFormatException(file, line(parser), EXPECTED + " but found " + describe(first));
        }
        String cik = null;
        String entityName = null;
        List<CompanyFact> facts = null;
        List<RejectedRow> rejected = new ArrayList<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            switch (name) {
                case "cik" -> cik = cik(file, parser);
                case "entityName" -> entityName = parser.getValueAsString();
                case "facts" -> facts = readTaxonomies(file, parser, rejected);
                default -> parser.skipChildren();
            }
        }
        if (cik == null) {
            throw new SourceFormatException(file, 0, "no 'cik'; " + EXPECTED);
        }
        if (facts == null) {
            throw new SourceFormatException(file, 0, "no 'facts'; " + EXPECTED);
        }
        // JSON keys are unordered, so the cik may come after the facts: it is filled in only now
        String companyCik = cik;
        List<CompanyFact> withCik = facts.stream()
                .map(f -> new CompanyFact(companyCik, f.taxonomy(), f.concept(), f.unit(), f.start(), f.end(),
                        f.value(), f.fy(), f.fp(), f.form(), f.accn(), f.filed()))
                .toList();
        return new CompanyFacts(cik, entityName, withCik, List.copyOf(rejected));
    }

    private static String cik(Path file, JsonParser parser) {
        String text = parser.getValueAsString();
        if (text == null || !text.matches("\\d{1,10}")) {
            throw new SourceFormatException(file, line(parser),
                    "cik " + (text == null ? describe(parser.currentToken()) : "'" + text + "'") + " is not a number of up to 10 digits");
        }
        return String.format("%010d", Long.parseLong(text));
    }

    private static List<CompanyFact> readTaxonomies(Path file, JsonParser parser, List<RejectedRow> rejected) {
        expect(file, parser, JsonToken.START_OBJECT, "'facts' to be an object of taxonomies (us-gaap, dei, ...)");
        List<CompanyFact> facts = new ArrayList<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String taxonomy = parser.currentName();
            Set<String> kept = KEPT_CONCEPTS.getOrDefault(taxonomy, Set.of());
            parser.nextToken();
            if (kept.isEmpty()) {
                parser.skipChildren();
                continue;
            }
            expect(file, parser, JsonToken.START_OBJECT, "taxonomy '" + taxonomy + "' to be an object of concepts");
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String concept = parser.currentName();
                parser.nextToken();
                if (kept.contains(concept)) {
                    readConcept(file, parser, taxonomy, concept, facts, rejected);
                } else {
                    parser.skipChildren();
                }
            }
        }
        return facts;
    }

    private static void readConcept(Path file, JsonParser parser, String taxonomy, String concept,
            List<CompanyFact> facts, List<RejectedRow> rejected) {
        String name = taxonomy + ":" + concept;
        expect(file, parser, JsonToken.START_OBJECT, name + " to be an object with 'units'");
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            boolean units = parser.currentName().equals("units");
            parser.nextToken();
            if (!units) {
                parser.skipChildren();
                continue;
            }
            expect(file, parser, JsonToken.START_OBJECT, name + " units to be an object of unit -> facts");
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String unit = parser.currentName();
                parser.nextToken();
                if (!KEPT_UNITS.contains(unit)) {
                    rejected.add(new RejectedRow(file.toString(), line(parser), name, unit,
                            name + ": facts in unit " + unit + " skipped, only USD and shares are read", false));
                    parser.skipChildren();
                    continue;
                }
                expect(file, parser, JsonToken.START_ARRAY, name + " " + unit + " to be an array of facts");
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    long line = line(parser);
                    int column = parser.currentTokenLocation().getColumnNr();
                    // a fact is a handful of fields: small enough to read as a tree
                    JsonNode fact = parser.readValueAsTree();
                    try {
                        facts.add(fact(taxonomy, concept, unit, fact));
                    } catch (BadValue e) {
                        // SEC files are one long line, so the column is what finds the fact
                        rejected.add(new RejectedRow(file.toString(), line, e.field, e.value,
                                name + " (" + unit + ") fact at column " + column + ": " + e.getMessage(), true));
                    }
                }
                expect(file, parser, JsonToken.END_ARRAY, name + " " + unit + " facts to be objects");
            }
        }
    }

    private static CompanyFact fact(String taxonomy, String concept, String unit, JsonNode fact) throws BadValue {
        LocalDate start = date(fact, "start", false);
        LocalDate end = date(fact, "end", true);
        if (start != null && start.isAfter(end)) {
            throw new BadValue("start", start.toString(), "start " + start + " is after end " + end);
        }
        return new CompanyFact(null, taxonomy, concept, unit, start, end, value(fact), year(fact),
                text(fact.get("fp")), text(fact.get("form")), text(fact.get("accn")), date(fact, "filed", true));
    }

    private static LocalDate date(JsonNode fact, String field, boolean required) throws BadValue {
        String text = text(fact.get(field));
        if (text == null) {
            if (required) {
                throw new BadValue(field, null, "no " + field + " date");
            }
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadValue(field, text, field + " '" + text + "' is not a date in the format yyyy-MM-dd");
        }
    }

    private static double value(JsonNode fact) throws BadValue {
        JsonNode val = fact.get("val");
        if (val == null || val.isNull()) {
            throw new BadValue("val", null, "no val");
        }
        if (!val.isNumber() || !Double.isFinite(val.doubleValue())) {
            throw new BadValue("val", text(val), "val '" + text(val) + "' is not a number");
        }
        return val.doubleValue();
    }

    private static Integer year(JsonNode fact) throws BadValue {
        JsonNode fy = fact.get("fy");
        if (fy == null || fy.isNull()) {
            return null;
        }
        if (!fy.isIntegralNumber() || !fy.canConvertToInt()) {
            throw new BadValue("fy", text(fy), "fy '" + text(fy) + "' is not a year");
        }
        return fy.intValue();
    }

    /** The node as text: null for an absent or null node, the JSON text for a number or an object. */
    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isString() ? node.stringValue() : node.toString();
    }

    private static void expect(Path file, JsonParser parser, JsonToken token, String what) {
        if (parser.currentToken() != token) {
            throw new SourceFormatException(file, line(parser),
                    "expected " + what + " but found " + describe(parser.currentToken()));
        }
    }

    private static String describe(JsonToken token) {
        return token == null ? "the end of the file" : JsonToken.valueDescFor(token);
    }

    private static long line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    /** A fact field that cannot be read; the fact is quarantined, the rest of the file is read on. */
    private static final class BadValue extends Exception {

        private final String field;
        private final String value;

        BadValue(String field, String value, String problem) {
            super(problem, null, false, false);
            this.field = field;
            this.value = value;
        }
    }
}
