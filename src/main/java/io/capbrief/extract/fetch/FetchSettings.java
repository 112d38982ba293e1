package io.capbrief.extract.fetch;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How {@code capbrief fetch} behaves towards the publishers.
 *
 * @param userAgent sent on every request, a name and a contact address ("Acme Research ops@acme.example"); the SEC
 *     refuses clients that do not declare themselves, so capbrief does not fetch from it without one
 * @param requestsPerSecond the most requests a second to any one host (the SEC's fair-access limit is 10)
 * @param hosts a lower (or higher) rate for particular hosts, host name to requests a second
 * @param connectTimeout the longest wait for a connection
 * @param readTimeout the longest one attempt may take, from sending the request to the last byte of the body
 * @param retryAttempts tries per file, the first included, on a 429, a 5xx or a broken connection
 * @param retryBackoff the wait before the second try where the server gives no Retry-After; it doubles each try
 * @param maxRetryAfter the longest a Retry-After is waited for; a longer one is cut to this
 */
@ConfigurationProperties("capbrief.fetch")
public record FetchSettings(String userAgent, Double requestsPerSecond, Map<String, Double> hosts, Duration connectTimeout,
        Duration readTimeout, Integer retryAttempts, Duration retryBackoff, Duration maxRetryAfter) {

    public FetchSettings {
        userAgent = userAgent == null || userAgent.isBlank() ? null : userAgent.strip();
        requestsPerSecond = requestsPerSecond == null ? 10.0 : requestsPerSecond;
        hosts = hosts == null ? Map.of() : Map.copyOf(hosts);
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofMinutes(2) : readTimeout;
        retryAttempts = retryAttempts == null ? 3 : retryAttempts;
        retryBackoff = retryBackoff == null ? Duration.ofSeconds(2) : retryBackoff;
        maxRetryAfter = maxRetryAfter == null ? Duration.ofMinutes(2) : maxRetryAfter;
        if (requestsPerSecond <= 0 || hosts.values().stream().anyMatch(r -> r == null || r <= 0)) {
            throw new IllegalArgumentException("capbrief.fetch.requests-per-second and .hosts must be above 0");
        }
        if (retryAttempts < 1) {
            throw new IllegalArgumentException("capbrief.fetch.retry-attempts must be at least 1, not " + retryAttempts);
        }
    }

    /** The defaults, with a User-Agent. */
    public static FetchSettings withUserAgent(String userAgent) {
        return new FetchSettings(userAgent, null, null, null, null, null, null, null);
    }

    public double requestsPerSecond(String host) {
        return hosts.getOrDefault(host, requestsPerSecond);
    }
}
