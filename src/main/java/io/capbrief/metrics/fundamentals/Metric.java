package io.capbrief.metrics.fundamentals;

/** The company metrics of METRICS.md section 4, naming the figure an empty reason is about. */
public enum Metric {
    MARKET_CAP, NTM_EPS, FORWARD_PE, TRAILING_PE, NET_DEBT_TO_EBITDA, INTEREST_COVERAGE, IMPLIED_RATE,
    NEAR_TERM_MATURITIES, UNPROFITABLE, ZOMBIE, RATE_SHOCK, RATE_SHOCK_INTEREST, RATE_SHOCK_COVERAGE
}
