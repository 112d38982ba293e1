package io.capbrief.store;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import io.capbrief.extract.fetch.ConstituentCiks;
import io.capbrief.model.HoldingRow;
import io.capbrief.model.IndexCode;

import org.springframework.stereotype.Repository;

/** The CIKs of the constituents of each index's latest committed holdings file, through the ticker map. */
@Repository
public class ConstituentCikStore implements ConstituentCiks {

    /** Later than any holdings file: "the latest" whatever its date. */
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final HoldingStore holdings;
    private final CompanyMasterStore master;

    public ConstituentCikStore(HoldingStore holdings, CompanyMasterStore master) {
        this.holdings = holdings;
        this.master = master;
    }

    @Override
    public Optional<SortedSet<String>> latest() {
        Map<String, String> cikByTicker = master.cikByTicker();
        SortedSet<String> ciks = new TreeSet<>();
        boolean any = false;
        for (IndexCode index : IndexCode.values()) {
            Optional<HoldingStore.Holdings> file = holdings.asOf(index.name(), LATEST);
            any |= file.isPresent();
            file.ifPresent(f -> {
                for (HoldingRow row : f.rows()) {
                    String cik = row.ticker() == null ? null : cikByTicker.get(row.ticker());
                    if (cik != null) {
                        ciks.add(cik);
                    }
                }
            });
        }
        return any ? Optional.of(ciks) : Optional.empty();
    }
}
