package io.capbrief.sample;

import java.util.Comparator;
import java.util.List;

/** Writes SEC {@code company_tickers.json}: {@code {"0":{"cik_str":..,"ticker":..,"title":..},...}}, largest company first. */
final class CompanyTickersWriter {

    private CompanyTickersWriter() {
    }

    static String json(List<SampleCompany> companies) {
        List<SampleCompany> bySize = companies.stream()
                .sorted(Comparator.comparingDouble((SampleCompany c) -> -c.priceW * c.sharesW).thenComparing(c -> c.ticker))
                .toList();
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < bySize.size(); i++) {
            SampleCompany c = bySize.get(i);
            out.append(i == 0 ? "" : ",").append('"').append(i).append("\":{\"cik_str\":").append(c.cik)
                    .append(",\"ticker\":\"").append(c.ticker).append("\",\"title\":\"")
                    .append(CompanyfactsWriter.escape(c.name)).append("\"}");
        }
        return out.append('}').toString();
    }
}
