package io.capbrief.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** A table's shape read from H2's catalogue, and an empty copy of it that has the same shape. */
class TableShapeTest {

    private final JdbcTemplate jdbc = new JdbcTemplate(
            new SingleConnectionDataSource("jdbc:h2:mem:table-shape;DB_CLOSE_DELAY=-1", true));

    @BeforeEach
    void schema() {
        jdbc.execute("DROP ALL OBJECTS");
        jdbc.execute("CREATE TABLE source_load (id BIGINT PRIMARY KEY)");
        jdbc.execute("""
                CREATE TABLE fact (
                    load_id BIGINT NOT NULL REFERENCES source_load (id), seq INTEGER NOT NULL, cik CHAR(10) NOT NULL,
                    val DOUBLE PRECISION NOT NULL, fp VARCHAR(4), filed DATE NOT NULL,
                    PRIMARY KEY (load_id, seq))""");
        jdbc.execute("CREATE INDEX fact_by_cik ON fact (cik, filed)");
    }

    @Test
    void theShapeIsWhatTheTableWasCreatedWith() {
        TableShape shape = TableShape.read(jdbc, "fact");

        assertThat(shape.columns()).containsExactly("load_id", "seq", "cik", "val", "fp", "filed");
        assertThat(shape.notNull()).containsExactly("load_id", "seq", "cik", "val", "filed");
        assertThat(shape.primaryKey()).containsExactly("load_id", "seq");
        assertThat(shape.foreignKeys()).containsExactly(
                new TableShape.ForeignKey(List.of("load_id"), "source_load", List.of("id")));
        // the foreign key's own index is not a secondary index
        assertThat(shape.indexes()).isEqualTo(Map.of("fact_by_cik", List.of("cik", "filed")));
    }

    @Test
    void theEmptyCopyHasTheSameShapeAndChecksItsKeys() {
        // given
        TableShape shape = TableShape.read(jdbc, "fact");

        // when
        shape.createEmptyCopy(jdbc, "fact_copy");

        // then
        TableShape copy = TableShape.read(jdbc, "fact_copy");
        assertThat(copy.columns()).isEqualTo(shape.columns());
        assertThat(copy.notNull()).isEqualTo(shape.notNull());
        assertThat(copy.primaryKey()).isEqualTo(shape.primaryKey());
        assertThat(copy.foreignKeys()).isEqualTo(shape.foreignKeys());
        assertThat(copy.indexes()).isEqualTo(Map.of("fact_copy_fact_by_cik", List.of("cik", "filed")));
        assertThat(jdbc.queryForList("""
                SELECT DATA_TYPE || COALESCE('(' || CHARACTER_MAXIMUM_LENGTH || ')', '') FROM INFORMATION_SCHEMA.COLUMNS
                WHERE TABLE_NAME = 'FACT_COPY' ORDER BY ORDINAL_POSITION""", String.class))
                .containsExactly("BIGINT", "INTEGER", "CHARACTER(10)", "DOUBLE PRECISION", "CHARACTER VARYING(4)", "DATE");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fact_copy", Integer.class)).isZero();
        assertThatThrownBy(() -> jdbc.update("INSERT INTO fact_copy VALUES (7, 1, '0000000001', 1.0, NULL, DATE '2024-11-22')"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
