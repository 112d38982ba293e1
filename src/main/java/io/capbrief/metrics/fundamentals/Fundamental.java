package io.capbrief.metrics.fundamentals;

import java.util.List;

/** The company fields of METRICS.md section 3, each with its concept fallback list in order. */
public enum Fundamental {
    REVENUE(Kind.DURATION, "Revenues", "RevenueFromContractWithCustomerExcludingAssessedTax", "SalesRevenueNet"),
    EBIT(Kind.DURATION, "OperatingIncomeLoss"),
    DEPRECIATION_AMORTIZATION(Kind.DURATION, "DepreciationDepletionAndAmortization", "DepreciationAndAmortization",
            "DepreciationAmortizationAndAccretionNet"),
    INTEREST_EXPENSE(Kind.DURATION, "InterestExpense", "InterestExpenseNonoperating", "InterestExpenseDebt",
            "InterestPaidNet"),
    NET_INCOME(Kind.DURATION, "NetIncomeLoss", "ProfitLoss"),
    /** Its concepts are the three options of {@link TotalDebt}. */
    TOTAL_DEBT(Kind.COMPUTED),
    CASH(Kind.INSTANT, "CashAndCashEquivalentsAtCarryingValue",
            "CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents"),
    DEBT_DUE_12_MONTHS(Kind.INSTANT, "LongTermDebtMaturitiesRepaymentsOfPrincipalInNextTwelveMonths"),
    DEBT_DUE_YEAR_TWO(Kind.INSTANT, "LongTermDebtMaturitiesRepaymentsOfPrincipalInYearTwo"),
    /** The fallback is a duration concept, of which the latest fact's value is taken, not a TTM. */
    SHARES_OUTSTANDING(Kind.INSTANT, "EntityCommonStockSharesOutstanding",
            "WeightedAverageNumberOfDilutedSharesOutstanding"),
    EBITDA(Kind.COMPUTED),
    NET_DEBT(Kind.COMPUTED);

    /** How a field's value is taken from its concept's facts. */
    public enum Kind { DURATION, INSTANT, COMPUTED }

    private final Kind kind;
    private final List<String> concepts;

    Fundamental(Kind kind, String... concepts) {
        this.kind = kind;
        this.concepts = List.of(concepts);
    }

    public Kind kind() {
        return kind;
    }

    /** The fallback list, first choice first; empty for computed fields. */
    public List<String> concepts() {
        return concepts;
    }
}
