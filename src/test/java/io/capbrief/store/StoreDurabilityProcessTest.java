package io.capbrief.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The default embedded store keeps what a process committed when the process is killed right after
 * the commit: a delivery recorded just before a {@code kill -9} must still be there when the run
 * restarts, or the list is mailed twice.
 */
class StoreDurabilityProcessTest {

    @TempDir
    Path dir;

    @Test
    void aCommitSurvivesTheProcessBeingKilledTheMomentAfter() throws Exception {
        // given the store URL capbrief runs with by default, in a data folder of its own
        String url = defaultStoreUrl().replace("${capbrief.data-dir}", dir.toString());

        // when a process commits 1,000 rows and dies at once, running no shutdown hook and closing nothing
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CommitThenDie.class.getName(), url)
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.out").toFile()).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as("the child's exit code (output in child.out)").isEqualTo(CommitThenDie.DIED);

        // then the next process finds all 1,000
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                ResultSet rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM committed_then_killed")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1000);
        }
    }

    private static String defaultStoreUrl() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties properties = yaml.getObject();
        return properties.getProperty("spring.datasource.url");
    }

    /** The child: one transaction of 1,000 rows, committed, then {@code Runtime.halt}, as a {@code kill -9} leaves it. */
    static final class CommitThenDie {

        static final int DIED = 7;

        public static void main(String[] args) throws SQLException {
            Connection connection = DriverManager.getConnection(args[0], "sa", "");
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE committed_then_killed (i INT PRIMARY KEY)");
            }
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO committed_then_killed VALUES (?)")) {
                for (int i = 0; i < 1000; i++) {
                    insert.setInt(1, i);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.commit();
            Runtime.getRuntime().halt(DIED);
        }
    }
}
