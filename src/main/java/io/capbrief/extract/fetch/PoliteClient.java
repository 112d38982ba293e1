package io.capbrief.extract.fetch;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;

/**
 * GETs a URL as the publishers ask of their clients: the declared User-Agent, at most the host's rate, conditional
 * when there is a copy, gzip accepted, and a 429, a 5xx or a broken connection retried after the server's Retry-After
 * or a doubling backoff. Keeps one rate limiter per host for the life of the process.
 */
final class PoliteClient {

    /** One request and its answer: a status with headers, or the I/O error that stopped it. */
    record Attempt(Integer status, HttpHeaders headers, String error, long millis, java.time.LocalDateTime at) {

        boolean retryable() {
            return status == null || status == 429 || status >= 500;
        }

        /** "503", or the error: what a log line or a failure says of it. */
        String describe() {
            return status != null ? String.valueOf(status) : error;
        }
    }

    private static final String DEFAULT_AGENT = "capbrief";

    private final FetchSettings settings;
    private final HttpClient http;
    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();
    private final Retry retry;

    /** @param http a builder for the client (tests route it through a local proxy) */
    PoliteClient(FetchSettings settings, HttpClient.Builder http) {
        this.settings = settings;
        this.http = http.connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.retry = Retry.of("fetch", RetryConfig.<Attempt>custom()
                .maxAttempts(settings.retryAttempts())
                .retryOnResult(Attempt::retryable)
                .intervalBiFunction(waitBeforeRetry())
                .ignoreExceptions(InterruptedException.class)
                .build());
    }

    String userAgent() {
        return settings.userAgent() == null ? DEFAULT_AGENT : settings.userAgent();
    }

    /**
     * Every try of one GET, the last one the answer; a 200's body is in {@code body}.
     *
     * @param validators sent as If-None-Match / If-Modified-Since, so an unchanged file costs a 304
     */
    List<Attempt> get(FetchRequest request, Optional<FetchLog.Validators> validators, Path body) throws InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.url()).GET().timeout(settings.readTimeout())
                .header("User-Agent", userAgent())
                .header("Accept-Encoding", "gzip");
        validators.ifPresent(v -> {
            if (v.etag() != null) {
                builder.header("If-None-Match", v.etag());
            }
            if (v.lastModified() != null) {
                builder.header("If-Modified-Since", v.lastModified());
            }
        });
        request.headers().forEach(builder::header);
        HttpRequest httpRequest = builder.build();
        RateLimiter limiter = limiters.computeIfAbsent(request.host(), this::limiter);
        List<Attempt> attempts = new ArrayList<>();
        try {
            Retry.decorateCheckedSupplier(retry, () -> {
                RateLimiter.waitForPermission(limiter);
                Attempt attempt = send(httpRequest, body);
                attempts.add(attempt);
                if (attempt.status() == null) {
                    throw new IOException(attempt.error());
                }
                return attempt;
            }).get();
        } catch (InterruptedException e) {
            throw e;
        } catch (IOException e) {
            // the last try's error is already among the attempts
        } catch (Throwable e) {
            throw new IllegalStateException("fetch of " + request.url() + " failed: " + e.getMessage(), e);
        }
        return attempts;
    }

    private Attempt send(HttpRequest request, Path body) throws InterruptedException {
        long start = System.nanoTime();
        java.time.LocalDateTime at = java.time.LocalDateTime.now();
        HttpResponse.BodyHandler<Void> handler = info -> info.statusCode() == 200
                ? HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofFile(body,
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), p -> null)
                : HttpResponse.BodySubscribers.discarding();
        var future = http.sendAsync(request, handler);
        try {
            HttpResponse<Void> response = future.get(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return new Attempt(response.statusCode(), response.headers(), null, millisSince(start), at);
        } catch (TimeoutException e) {
            // the request's own timeout ends with the headers: this one bounds a body that stalls
            future.cancel(true);
            return new Attempt(null, null, "timed out after " + inWords(settings.readTimeout()), millisSince(start), at);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String reason = cause instanceof HttpConnectTimeoutException
                    ? "timed out after " + inWords(settings.connectTimeout()) + " connecting"
                    : cause instanceof HttpTimeoutException ? "timed out after " + inWords(settings.readTimeout())
                    : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
            return new Attempt(null, null, reason, millisSince(start), at);
        }
    }

    /** "2 s", or "500 ms" under a second. */
    private static String inWords(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** One permit per 1/N seconds rather than N a second at once: no second holds more than N requests. */
    private RateLimiter limiter(String host) {
        double perSecond = settings.requestsPerSecond(host);
        return RateLimiter.of(host, RateLimiterConfig.custom()
                .limitForPeriod(1)
                .limitRefreshPeriod(Duration.ofNanos((long) (1_000_000_000L / perSecond)))
                .timeoutDuration(Duration.ofHours(1))
                .build());
    }

    private IntervalBiFunction<Attempt> waitBeforeRetry() {
        return (retries, outcome) -> {
            long backoff = settings.retryBackoff().toMillis() << Math.min(retries - 1, 20);
            Optional<Duration> retryAfter = outcome.isRight() ? retryAfter(outcome.get().headers()) : Optional.empty();
            long wait = retryAfter.map(Duration::toMillis).orElse(backoff);
            return Math.max(0, Math.min(wait, settings.maxRetryAfter().toMillis()));
        };
    }

    /** Retry-After as seconds ("120") or an HTTP date. */
    static Optional<Duration> retryAfter(HttpHeaders headers) {
        Optional<String> value = headers == null ? Optional.empty() : headers.firstValue("Retry-After").map(String::strip);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get().matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value.get())));
        }
        try {
            ZonedDateTime when = ZonedDateTime.parse(value.get(), DateTimeFormatter.RFC_1123_DATE_TIME);
            return Optional.of(Duration.between(ZonedDateTime.now(when.getZone()), when));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
