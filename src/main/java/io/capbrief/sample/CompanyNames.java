package io.capbrief.sample;

import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/** Made-up company identities: pronounceable names, unique tickers, CIKs, CUSIPs and SEDOLs. */
final class CompanyNames {

    private static final String CONSONANTS = "bcdfgklmnprstvxz";
    private static final String VOWELS = "aeiou";
    private static final String ALNUM = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private final Random random;
    private final Set<String> names = new HashSet<>();
    private final Set<String> tickers = new HashSet<>();
    private final Set<Long> ciks = new HashSet<>();

    CompanyNames(long seed) {
        this.random = new Random(seed);
    }

    /** A new unique stem such as "Zeqart". */
    String stem() {
        while (true) {
            StringBuilder s = new StringBuilder();
            int syllables = 2 + random.nextInt(2);
            for (int i = 0; i < syllables; i++) {
                s.append(pick(CONSONANTS)).append(pick(VOWELS));
            }
            if (random.nextBoolean()) {
                s.append(pick(CONSONANTS)).append(pick("tnrsxl"));
            }
            String stem = Character.toUpperCase(s.charAt(0)) + s.substring(1);
            if (names.add(stem)) {
                return stem;
            }
        }
    }

    /** A unique ticker of {@code length} letters built from the stem's letters, like "ZQRT" for "Zeqart". */
    String ticker(String stem, int length) {
        String letters = stem.toUpperCase(Locale.ROOT);
        String consonants = letters.charAt(0) + letters.substring(1).replaceAll("[AEIOU]", "");
        for (int attempt = 0; ; attempt++) {
            StringBuilder t = new StringBuilder();
            t.append(letters.charAt(0));
            for (int i = 1; t.length() < length; i++) {
                if (attempt == 0 && i < consonants.length()) {
                    t.append(consonants.charAt(i));
                } else {
                    t.append((char) ('A' + random.nextInt(26)));
                }
            }
            if (tickers.add(t.toString())) {
                return t.toString();
            }
        }
    }

    /** A unique CIK in the range EDGAR assigns to companies registered since the 1990s. */
    long cik() {
        while (true) {
            long cik = 1_000_000L + random.nextInt(1_000_000);
            if (ciks.add(cik)) {
                return cik;
            }
        }
    }

    /** A 9-character CUSIP with a valid check digit. */
    String cusip() {
        StringBuilder base = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            base.append(i < 6 ? pick(ALNUM) : (char) ('0' + random.nextInt(10)));
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = base.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            if (i % 2 == 1) {
                v *= 2;
            }
            sum += v / 10 + v % 10;
        }
        return base.append((10 - sum % 10) % 10).toString();
    }

    /** A 7-character SEDOL with a valid check digit. */
    String sedol() {
        int[] weights = {1, 3, 1, 7, 3, 9};
        StringBuilder base = new StringBuilder();
        int sum = 0;
        for (int i = 0; i < 6; i++) {
            char c = i == 0 ? 'B' : pick(ALNUM);
            base.append(c);
            sum += (Character.isDigit(c) ? c - '0' : c - 'A' + 10) * weights[i];
        }
        return base.append((10 - sum % 10) % 10).toString();
    }

    private char pick(String letters) {
        return letters.charAt(random.nextInt(letters.length()));
    }
}
