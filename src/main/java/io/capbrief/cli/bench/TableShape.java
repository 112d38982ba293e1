package io.capbrief.cli.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/** A table's columns, NOT NULLs, keys and secondary indexes as H2's catalogue holds them (so a copy follows the migrations). */
record TableShape(String table, List<String> columns, List<String> notNull, List<String> primaryKey,
        List<ForeignKey> foreignKeys, Map<String, List<String>> indexes) {

    /** Columns of the table that reference columns of another. */
    record ForeignKey(List<String> columns, String referencedTable, List<String> referencedColumns) {}

    static TableShape read(JdbcTemplate jdbc, String table) {
        String name = table.toUpperCase(Locale.ROOT);
        List<String> columns = new ArrayList<>();
        List<String> notNull = new ArrayList<>();
        jdbc.query("""
                SELECT COLUMN_NAME, IS_NULLABLE FROM INFORMATION_SCHEMA.COLUMNS
                WHERE TABLE_NAME = ? ORDER BY ORDINAL_POSITION""",
                (RowCallbackHandler) rs -> {
                    columns.add(lower(rs.getString(1)));
                    if (rs.getString(2).equals("NO")) {
                        notNull.add(lower(rs.getString(1)));
                    }
                }, name);
        List<String> primaryKey = jdbc.queryForList("""
                SELECT k.COLUMN_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS t
                JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k
                  ON k.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = t.CONSTRAINT_NAME
                WHERE t.TABLE_NAME = ? AND t.CONSTRAINT_TYPE = 'PRIMARY KEY'
                ORDER BY k.ORDINAL_POSITION""", String.class, name).stream().map(TableShape::lower).toList();
        Map<String, ForeignKey> foreignKeys = new LinkedHashMap<>();
        jdbc.query("""
                SELECT r.CONSTRAINT_NAME, k.COLUMN_NAME, u.TABLE_NAME, u.COLUMN_NAME
                FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS r
                JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k
                  ON k.CONSTRAINT_SCHEMA = r.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = r.CONSTRAINT_NAME
                JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE u
                  ON u.CONSTRAINT_SCHEMA = r.UNIQUE_CONSTRAINT_SCHEMA AND u.CONSTRAINT_NAME = r.UNIQUE_CONSTRAINT_NAME
                 AND u.ORDINAL_POSITION = k.POSITION_IN_UNIQUE_CONSTRAINT
                WHERE k.TABLE_NAME = ?
                ORDER BY r.CONSTRAINT_NAME, k.ORDINAL_POSITION""",
                (RowCallbackHandler) rs -> {
                    String referencedTable = lower(rs.getString(3));
                    ForeignKey key = foreignKeys.computeIfAbsent(rs.getString(1),
                            k -> new ForeignKey(new ArrayList<>(), referencedTable, new ArrayList<>()));
                    key.columns().add(lower(rs.getString(2)));
                    key.referencedColumns().add(lower(rs.getString(4)));
                }, name);
        // a secondary index is one no constraint made: the foreign key's own index belongs to the key
        Map<String, List<String>> indexes = new LinkedHashMap<>();
        jdbc.query("""
                SELECT c.INDEX_NAME, c.COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS c
                JOIN INFORMATION_SCHEMA.INDEXES i ON i.INDEX_SCHEMA = c.INDEX_SCHEMA AND i.INDEX_NAME = c.INDEX_NAME
                WHERE c.TABLE_NAME = ? AND i.INDEX_TYPE_NAME = 'INDEX'
                  AND c.INDEX_NAME NOT IN (SELECT t.INDEX_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS t
                                           WHERE t.TABLE_NAME = ? AND t.INDEX_NAME IS NOT NULL)
                ORDER BY c.INDEX_NAME, c.ORDINAL_POSITION""",
                (RowCallbackHandler) rs -> indexes.computeIfAbsent(lower(rs.getString(1)), k -> new ArrayList<>())
                        .add(lower(rs.getString(2))), name, name);
        return new TableShape(table, columns, notNull, primaryKey, List.copyOf(foreignKeys.values()), indexes);
    }

    /**
     * An empty table of this shape under another name: the columns and their types as the table has
     * them, then its NOT NULLs, keys and indexes (H2's CREATE TABLE ... AS copies none of them).
     */
    void createEmptyCopy(JdbcTemplate jdbc, String copy) {
        jdbc.execute("CREATE TABLE " + copy + " AS SELECT * FROM " + table + " WITH NO DATA");
        notNull.forEach(column -> jdbc.execute("ALTER TABLE " + copy + " ALTER COLUMN " + column + " SET NOT NULL"));
        if (!primaryKey.isEmpty()) {
            jdbc.execute("ALTER TABLE " + copy + " ADD PRIMARY KEY (" + String.join(", ", primaryKey) + ")");
        }
        foreignKeys.forEach(key -> jdbc.execute("ALTER TABLE " + copy + " ADD FOREIGN KEY (" + String.join(", ", key.columns())
                + ") REFERENCES " + key.referencedTable() + " (" + String.join(", ", key.referencedColumns()) + ")"));
        indexes.forEach((index, columns) -> jdbc.execute(
                "CREATE INDEX " + copy + "_" + index + " ON " + copy + " (" + String.join(", ", columns) + ")"));
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
