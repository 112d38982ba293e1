package io.capbrief.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every template in reports/ compiles with JasperReports 7, so a broken jrxml fails the build, not a Friday run. */
class ReportTemplatesCompileTest {

    @Test
    void everyTemplateCompiles(@TempDir Path out) throws Exception {
        List<Path> templates = ReportCompiler.compileAll(Path.of("reports"), out);

        assertThat(templates).extracting(p -> p.getFileName().toString())
                .contains("briefing-a4.jrxml", "briefing-letter.jrxml", "briefing-sections.jrxml",
                        "briefing-summary.jrxml", "briefing-performance.jrxml", "briefing-valuation.jrxml",
                        "briefing-leverage.jrxml", "briefing-screens.jrxml", "briefing-sectors.jrxml", "briefing-notes.jrxml",
                        "briefing-table.jrxml", "briefing-history-table.jrxml", "briefing-companies.jrxml");
        try (Stream<Path> compiled = Files.list(out)) {
            assertThat(compiled).hasSize(templates.size());
        }
    }

    @Test
    void everySubreportTheRendererLoadsIsATemplate() {
        for (String name : PdfBriefingRenderer.SUBREPORTS) {
            assertThat(Path.of("reports", name + ".jrxml")).exists();
        }
        for (PageSize size : PageSize.values()) {
            assertThat(Path.of("reports", size.template() + ".jrxml")).exists();
        }
    }
}
