package io.capbrief.sample;

import java.math.BigDecimal;

/**
 * One row of a holdings file as it is printed; {@code company} is null for cash, futures and other
 * non-equity rows. {@code weight} is in percent, rounded as the publisher prints it.
 */
record Holding(SampleCompany company, String ticker, String name, String sector, String assetClass,
               BigDecimal marketValue, BigDecimal weight, BigDecimal notional, BigDecimal quantity,
               BigDecimal price, String exchange) {
}
