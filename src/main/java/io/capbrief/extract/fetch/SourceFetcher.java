package io.capbrief.extract.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

import io.capbrief.extract.SourceFormat;
import io.capbrief.extract.SourceFormatException;
import io.capbrief.extract.SourcesManifest;
import io.capbrief.extract.fetch.FetchOutcome.Result;
import io.capbrief.extract.fetch.PoliteClient.Attempt;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Downloads every {@code url:} entry of a manifest into its path. Each body is written beside its target, checked,
 * and moved into place in one step, so a run reads either the previous copy or the whole new one; every request is
 * recorded in the fetch log, whose last good ETag and Last-Modified make the next request conditional.
 */
@Component
public class SourceFetcher {

    private final FetchSettings settings;
    private final PoliteClient client;
    private final FetchLog log;
    private final FetchPlanner planner;
    private final Clock clock;

    @Autowired
    public SourceFetcher(FetchSettings settings, FetchLog log, ConstituentCiks ciks) {
        this(settings, log, ciks, System::getenv, Clock.systemDefaultZone(), HttpClient.newBuilder());
    }

    SourceFetcher(FetchSettings settings, FetchLog log, ConstituentCiks ciks, Function<String, String> environment, Clock clock,
            HttpClient.Builder http) {
        this.settings = settings;
        this.client = new PoliteClient(settings, http);
        this.log = log;
        this.planner = new FetchPlanner(ciks, environment);
        this.clock = clock;
    }

    /** Whether any entry has a URL: whether there is anything to fetch. */
    public static boolean hasUrls(SourcesManifest manifest) {
        return manifest.sources().stream().anyMatch(s -> s.url() != null);
    }

    /**
     * Fetches every entry with a URL, in manifest order; the skipped entries come last. Never throws for a failed
     * download. Where the manifest fetches SEC submissions per company too, a company's companyfacts come after its
     * submissions, and only when those show a filing since the companyfacts' last good fetch.
     */
    public List<FetchOutcome> fetchAll(SourcesManifest manifest) throws InterruptedException {
        FetchPlanner.Plan files = planner.planFiles(manifest);
        List<FetchOutcome> outcomes = new ArrayList<>();
        for (FetchRequest request : files.requests()) {
            outcomes.add(fetch(request));
        }
        // planned once the whole files are in: this week's holdings name this week's constituents
        FetchPlanner.Plan perCompany = planner.planPerCompany(manifest);
        outcomes.addAll(fetchPerCompany(perCompany.requests()));
        outcomes.addAll(files.skipped());
        outcomes.addAll(perCompany.skipped());
        return outcomes;
    }

    private List<FetchOutcome> fetchPerCompany(List<FetchRequest> requests) throws InterruptedException {
        Map<String, FetchRequest> submissions = new HashMap<>();
        for (FetchRequest request : requests) {
            if (request.format() == SourceFormat.SEC_SUBMISSIONS_JSON) {
                submissions.putIfAbsent(request.cik(), request);
            }
        }
        Map<FetchRequest, FetchOutcome> done = new LinkedHashMap<>();
        for (FetchRequest request : requests) {
            if (done.containsKey(request)) {
                continue;
            }
            FetchRequest filings = request.format() == SourceFormat.SEC_COMPANYFACTS_JSON
                    ? submissions.get(request.cik()) : null;
            if (filings == null) {
                done.put(request, fetch(request));
                continue;
            }
            if (!done.containsKey(filings)) {
                done.put(filings, fetch(filings));
            }
            done.put(request, factsAfter(done.get(filings), request));
        }
        return new ArrayList<>(done.values());
    }

    /** A company's companyfacts, fetched only if its submissions show a filing since they were last fetched well. */
    private FetchOutcome factsAfter(FetchOutcome submissions, FetchRequest facts) throws InterruptedException {
        Optional<Path> previous = previousCopy(facts);
        // submissions that failed to come prove nothing: the old copy may predate this week's filings
        if (previous.isEmpty() || submissions.failed() || submissions.file() == null) {
            return fetch(facts);
        }
        String reason = FilingDelta.skipReason(LatestFiling.in(submissions.file()), log.lastSuccess(url(facts)), clock.getZone());
        return reason == null ? fetch(facts) : new FetchOutcome(facts.sourceId(), facts.url(), previous.get(), Result.NOT_MODIFIED, reason);
    }

    public FetchOutcome fetch(FetchRequest request) throws InterruptedException {
        Optional<Path> previous = previousCopy(request);
        if (isSec(request.host()) && settings.userAgent() == null) {
            return failed(request, previous, "refused: the SEC asks every client to declare itself; set capbrief.fetch.user-agent "
                    + "to a name and a contact address, e.g. \"Acme Research ops@acme.example\"");
        }
        Path folder = request.path().getParent();
        Path body = null;
        Path decoded = null;
        try {
            Files.createDirectories(folder);
            String name = request.path().getFileName().toString().replace("*", "dated");
            body = Files.createTempFile(folder, "." + name + ".", ".part");
            Optional<FetchLog.Validators> validators = previous.isPresent() ? log.lastValidators(url(request)) : Optional.empty();
            List<Attempt> attempts = client.get(request, validators, body);
            for (Attempt retried : attempts.subList(0, attempts.size() - 1)) {
                record(request, retried, null, null, FetchLog.ERROR, "retried");
            }
            Attempt last = attempts.get(attempts.size() - 1);
            String tries = attempts.size() == 1 ? "" : " after " + attempts.size() + " tries";
            if (last.status() != null && last.status() == 304) {
                String etag = last.headers().firstValue("ETag").orElse(validators.map(FetchLog.Validators::etag).orElse(null));
                String modified = last.headers().firstValue("Last-Modified").orElse(validators.map(FetchLog.Validators::lastModified).orElse(null));
                log.record(entry(request, last, null, null, etag, modified, FetchLog.NOT_MODIFIED, null));
                return new FetchOutcome(request.sourceId(), request.url(), previous.orElse(null), Result.NOT_MODIFIED, "304" + tries);
            }
            if (last.status() == null || last.status() != 200) {
                record(request, last, null, null, FetchLog.ERROR, null);
                return failed(request, previous, last.describe() + tries);
            }
            long announced = last.headers().firstValueAsLong("Content-Length").orElse(-1);
            boolean gzip = last.headers().firstValue("Content-Encoding").map(e -> e.equalsIgnoreCase("gzip")).orElse(false);
            String problem = gzip && announced >= 0 && Files.size(body) != announced
                    ? request.url() + " sent " + Files.size(body) + " of the " + announced + " bytes it announced (cut short)" : null;
            if (problem == null && gzip) {
                decoded = Files.createTempFile(folder, "." + name + ".", ".part");
                problem = gunzip(body, decoded, request);
            }
            Path file = gzip ? decoded : body;
            String contentType = last.headers().firstValue("Content-Type").orElse(null);
            if (problem == null) {
                problem = DownloadCheck.problem(file, request.format(), request.url(), contentType, gzip ? -1 : announced);
            }
            Path target = request.path();
            if (problem == null && request.dated()) {
                try {
                    target = request.path().resolveSibling(request.path().getFileName().toString()
                            .replace("*", dateOf(file, request.format()).toString()));
                } catch (SourceFormatException e) {
                    problem = request.url() + " sent a file that does not read as " + request.format().id() + ": " + e.getMessage();
                }
            }
            long bytes = Files.size(file);
            String sha = problem == null ? sha256(file) : null;
            if (problem != null) {
                record(request, last, bytes, sha, FetchLog.REFUSED, problem);
                return failed(request, previous, problem + tries);
            }
            if (Files.isRegularFile(target) && sha256(target).equals(sha)) {
                record(request, last, bytes, sha, FetchLog.UNCHANGED, null);
                return new FetchOutcome(request.sourceId(), request.url(), target, Result.NOT_MODIFIED, "the same bytes again" + tries);
            }
            moveIntoPlace(file, target);
            record(request, last, bytes, sha, FetchLog.FETCHED, null);
            return new FetchOutcome(request.sourceId(), request.url(), target, Result.FETCHED,
                    String.format("%,d bytes%s", bytes, attempts.size() == 1 ? "" : ", " + attempts.size() + " tries"));
        } catch (IOException e) {
            return failed(request, previous, "cannot write beside " + request.path() + ": " + e.getMessage());
        } finally {
            deleteQuietly(body);
            deleteQuietly(decoded);
        }
    }

    private static boolean isSec(String host) {
        return host.equals("sec.gov") || host.endsWith(".sec.gov");
    }

    private FetchOutcome failed(FetchRequest request, Optional<Path> previous, String reason) {
        LocalDate copyOf = previous.map(this::lastWritten).orElse(null);
        return new FetchOutcome(request.sourceId(), request.url(), previous.orElse(request.path()), Result.FAILED, reason, copyOf);
    }

    private LocalDate lastWritten(Path file) {
        try {
            return LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), clock.getZone());
        } catch (IOException e) {
            return null;
        }
    }

    /** The file a run reads now: the target itself, or for a dated name the latest of its dated copies. */
    private static Optional<Path> previousCopy(FetchRequest request) {
        if (!request.dated()) {
            return Files.isRegularFile(request.path()) ? Optional.of(request.path()) : Optional.empty();
        }
        Path folder = request.path().getParent();
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        List<Path> copies = new ArrayList<>();
        try (DirectoryStream<Path> matches = Files.newDirectoryStream(folder, request.path().getFileName().toString())) {
            matches.forEach(p -> {
                if (Files.isRegularFile(p)) {
                    copies.add(p);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
        return copies.stream().max(Path::compareTo);
    }

    /** The date a dated file is named by: a holdings file's own "as of", otherwise the day it was fetched. */
    private LocalDate dateOf(Path file, SourceFormat format) {
        LocalDate asOf = switch (format) {
            case ISHARES_HOLDINGS_CSV, SPDR_HOLDINGS_XLSX -> format.read(file, null, null).asOf();
            default -> null;
        };
        return asOf != null ? asOf : LocalDate.now(clock);
    }

    private static String gunzip(Path gzip, Path into, FetchRequest request) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gzip))) {
            Files.copy(in, into, StandardCopyOption.REPLACE_EXISTING);
            return null;
        } catch (IOException e) {
            return request.url() + " sent a gzip body that does not decompress: " + e.getMessage();
        }
    }

    /** Moves the checked file over the target in one step, readable as a file someone placed (a temporary file is private). */
    private static void moveIntoPlace(Path file, Path target) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, Files.isRegularFile(target) ? Files.getPosixFilePermissions(target)
                    : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
        try {
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system of " + target.getParent() + " cannot replace a file in one step", e);
        }
    }

    private void record(FetchRequest request, Attempt attempt, Long bytes, String sha, String outcome, String detail) {
        String etag = attempt.headers() == null ? null : attempt.headers().firstValue("ETag").orElse(null);
        String modified = attempt.headers() == null ? null : attempt.headers().firstValue("Last-Modified").orElse(null);
        log.record(entry(request, attempt, bytes, sha, etag, modified, outcome,
                detail != null ? detail : attempt.status() == null ? attempt.error() : null));
    }

    private static FetchLog.Entry entry(FetchRequest request, Attempt attempt, Long bytes, String sha, String etag,
            String modified, String outcome, String detail) {
        return new FetchLog.Entry(request.sourceId(), url(request), attempt.status(), bytes, etag, modified, sha,
                attempt.millis(), outcome, detail, attempt.at());
    }

    private static String url(FetchRequest request) {
        return request.url().toString();
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a leftover ".part" is invisible to the manifest's globs and replaced by the next fetch
            }
        }
    }
}
