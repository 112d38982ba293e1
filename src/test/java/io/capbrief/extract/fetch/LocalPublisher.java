package io.capbrief.extract.fetch;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A publisher on a free loopback port: each path answers as its test says, and every request is kept with its time. */
final class LocalPublisher implements AutoCloseable {

    /** What the server saw of one request. */
    record Seen(String path, Headers headers, long nanos) {}

    /** How a path answers a request: the request is the n-th (from 1) to that path. */
    @FunctionalInterface
    interface Answer {
        void answer(HttpExchange exchange, int n) throws IOException;
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();
    final List<Seen> seen = new CopyOnWriteArrayList<>();

    LocalPublisher() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            // a proxied request names the whole URL; a direct one only its path
            String path = exchange.getRequestURI().getPath();
            seen.add(new Seen(path, exchange.getRequestHeaders(), System.nanoTime()));
            int n = counts.merge(path, 1, Integer::sum);
            Answer answer = answers.get(path);
            try {
                if (answer == null) {
                    status(exchange, 404);
                } else {
                    answer.answer(exchange, n);
                }
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    void on(String path, Answer answer) {
        answers.put(path, answer);
    }

    URI url(String path) {
        return URI.create(base() + path);
    }

    /** "http://127.0.0.1:PORT", for a manifest's url: that holds a {cik} no URI accepts. */
    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A client whose every request goes to this server, whatever host its URL names: no test reaches the internet. */
    HttpClient.Builder proxiedClient() {
        return HttpClient.newBuilder().proxy(ProxySelector.of(server.getAddress()));
    }

    static void body(HttpExchange exchange, int status, byte[] body, String... headers) throws IOException {
        for (int i = 0; i < headers.length; i += 2) {
            exchange.getResponseHeaders().add(headers[i], headers[i + 1]);
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static void status(HttpExchange exchange, int status, String... headers) throws IOException {
        for (int i = 0; i < headers.length; i += 2) {
            exchange.getResponseHeaders().add(headers[i], headers[i + 1]);
        }
        exchange.sendResponseHeaders(status, -1);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
