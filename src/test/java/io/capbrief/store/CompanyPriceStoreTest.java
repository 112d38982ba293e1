package io.capbrief.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import io.capbrief.model.TickerPrice;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Company closes as of a week, asked month after month as a history build does, and out of order. */
@SpringBootTest(properties = {
        "capbrief.cli.enabled=false",
        "capbrief.data-dir=target/test-data",
        "spring.datasource.url=jdbc:h2:mem:price-store;DB_CLOSE_DELAY=-1"})
class CompanyPriceStoreTest {

    @Autowired
    SourceLoadStore loads;

    @Autowired
    CompanyPriceStore prices;

    /*
     * AAA closes 10 on 2024-08-30 and 12 on 2024-10-25; BBB closes 50 on 2024-08-30 and then no more.
     * A close counts for 31 days: BBB has none at 2024-10-25 (56 days on).
     */
    @Test
    void givesEachTickersLatestCloseWithinTheLookbackWhicheverOrderTheWeeksComeIn() {
        long load = loads.startStaging("closes", "ticker-prices-csv", "company-prices", "closes.csv", "c".repeat(64), null);
        prices.insert(load, List.of(close("AAA", LocalDate.of(2024, 8, 30), 10, 1), close("BBB", LocalDate.of(2024, 8, 30), 50, 2),
                close("AAA", LocalDate.of(2024, 10, 25), 12, 3)));
        loads.commit(load);

        assertThat(prices.closesAt(LocalDate.of(2024, 8, 30))).containsOnlyKeys("AAA", "BBB");
        assertThat(prices.closesAt(LocalDate.of(2024, 9, 27)).get("AAA").close()).isEqualTo(10.0);
        // 2024-09-27 is 28 days after 2024-08-30: BBB still has its close
        assertThat(prices.closesAt(LocalDate.of(2024, 9, 27))).containsKey("BBB");
        assertThat(prices.closesAt(LocalDate.of(2024, 10, 25))).containsOnlyKeys("AAA");
        assertThat(prices.closesAt(LocalDate.of(2024, 10, 25)).get("AAA"))
                .isEqualTo(new CompanyPriceStore.Dated(LocalDate.of(2024, 10, 25), 12.0));
        // and back to an earlier week after a later one
        assertThat(prices.closesAt(LocalDate.of(2024, 9, 6)).get("AAA").close()).isEqualTo(10.0);
        assertThat(prices.closesAt(LocalDate.of(2024, 8, 29))).isEmpty();
    }

    private static TickerPrice close(String ticker, LocalDate date, double close, long line) {
        return new TickerPrice(ticker, date, close, line);
    }
}
