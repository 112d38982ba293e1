package io.capbrief.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.capbrief.report.Briefing;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/** Lays a {@link Briefing} out as the PDF of BRIEFING.md from the templates compiled into {@code /reports}. */
public final class PdfBriefingRenderer {

    /** The subreports the page frame pulls in; a new page is a template added here and to briefing-sections. */
    static final List<String> SUBREPORTS =
            List.of("briefing-sections", "briefing-summary", "briefing-performance",
            "briefing-valuation", "briefing-leverage", "briefing-screens", "briefing-sectors", "briefing-notes",
            "briefing-table", "briefing-history-table", "briefing-companies");

    private record Templates(JasperReport frame, Map<String, JasperReport> subreports) {}

    private final PageSize pageSize;
    private Templates templates;

    public PdfBriefingRenderer(PageSize pageSize) {
        this.pageSize = pageSize;
    }

    public void render(Briefing briefing, Path pdfFile) {
        Templates loaded = templates();
        Map<String, Object> parameters = PdfBriefingParameters.of(briefing);
        parameters.put("TEMPLATES", loaded.subreports());
        try {
            JasperPrint print = JasperFillManager.fillReport(loaded.frame(), parameters, new JREmptyDataSource());
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdfFile.toFile()));
            SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
            configuration.setMetadataTitle("Small-cap briefing \u2014 week ending " + briefing.week());
            configuration.setMetadataSubject("Version " + briefing.version());
            exporter.setConfiguration(configuration);
            exporter.exportReport();
        } catch (JRException e) {
            throw new IllegalStateException("cannot render the briefing PDF " + pdfFile + ": " + e.getMessage(), e);
        }
    }

    /**
     * Loaded on first use, not when the renderer is made: a process that renders nothing (most
     * commands) is spared a quarter of a second, and a week's run loads them in its render warm-up.
     */
    private synchronized Templates templates() {
        if (templates == null) {
            Map<String, JasperReport> subreports = new HashMap<>();
            SUBREPORTS.forEach(name -> subreports.put(name, load(name)));
            templates = new Templates(load(pageSize.template()), subreports);
        }
        return templates;
    }

    private static JasperReport load(String name) {
        String resource = "/reports/" + name + ".jasper";
        try (InputStream in = PdfBriefingRenderer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath: the build compiles reports/*.jrxml");
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("cannot load " + resource + ": " + e.getMessage(), e);
        }
    }
}
