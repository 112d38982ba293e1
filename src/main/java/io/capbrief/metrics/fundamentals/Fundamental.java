package io.capbrief.metrics.fundamentals;

import java.util.List;

/** The company fields of METRICS.md section 3, each with its concept fallback list in order. */
public enum Fundamental {
    REVENUE("Revenue", Kind.DURATION, "Revenues", "RevenueFromContractWithCustomerExcludingAssessedTax",
            "SalesRevenueNet"),
    EBIT("EBIT", Kind.DURATION, "OperatingIncomeLoss"),
    DEPRECIATION_AMORTIZATION("D&A", Kind.DURATION, "DepreciationDepletionAndAmortization",
            "DepreciationAndAmortization", "DepreciationAmortizationAndAccretionNet"),
    INTEREST_EXPENSE("Interest expense", Kind.DURATION, "InterestExpense", "InterestExpenseNonoperating",
            "InterestExpenseDebt", "InterestPaidNet"),
    NET_INCOME("Net income", Kind.DURATION, "NetIncomeLoss", "ProfitLoss"),
    /** Its concepts are the three options of {@link TotalDebt}. */
    TOTAL_DEBT("Total debt", Kind.COMPUTED),
    CASH("Cash", Kind.INSTANT, "CashAndCashEquivalentsAtCarryingValue",
            "CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents"),
    DEBT_DUE_12_MONTHS("Debt due in 12 months", Kind.INSTANT,
            "LongTermDebtMaturitiesRepaymentsOfPrincipalInNextTwelveMonths"),
    DEBT_DUE_YEAR_TWO("Debt due in year two", Kind.INSTANT, "LongTermDebtMaturitiesRepaymentsOfPrincipalInYearTwo"),
    /** The fallback is a duration concept, of which the latest fact's value is taken, not a TTM. */
    SHARES_OUTSTANDING("Shares outstanding", Kind.INSTANT, "EntityCommonStockSharesOutstanding",
            "WeightedAverageNumberOfDilutedSharesOutstanding"),
    EBITDA("EBITDA", Kind.COMPUTED),
    NET_DEBT("Net debt", Kind.COMPUTED);

    /** How a field's value is taken from its concept's facts. */
    public enum Kind { DURATION, INSTANT, COMPUTED }

    private final String label;
    private final Kind kind;
    private final List<String> concepts;

    Fundamental(String label, Kind kind, String... concepts) {
        this.label = label;
        this.kind = kind;
        this.concepts = List.of(concepts);
    }

    /** How the workbook and the command line name the field ("Net income"). */
    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    /** The fallback list, first choice first; empty for computed fields. */
    public List<String> concepts() {
        return concepts;
    }
}
