package io.capbrief;

import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a functional test at the PostgreSQL server named by {@code CAPBRIEF_TEST_POSTGRES_URL}
 * (.ci/run starts one), in a schema of its own so that every run starts on an empty store.
 */
public final class PostgresTestStore {

    public static final String URL_VARIABLE = "CAPBRIEF_TEST_POSTGRES_URL";

    private PostgresTestStore() {}

    public static void register(DynamicPropertyRegistry registry) {
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url = System.getenv(URL_VARIABLE);
        registry.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        registry.add("spring.datasource.username", () -> System.getenv().getOrDefault("CAPBRIEF_TEST_POSTGRES_USER", "capbrief"));
        registry.add("spring.datasource.password", () -> System.getenv().getOrDefault("CAPBRIEF_TEST_POSTGRES_PASSWORD", "capbrief"));
        registry.add("spring.flyway.schemas", () -> schema);
    }
}
