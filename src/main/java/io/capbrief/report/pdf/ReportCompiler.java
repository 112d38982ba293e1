package io.capbrief.report.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/** Compiles every {@code *.jrxml} of a folder to {@code *.jasper} at build time, failing on the first broken template. */
public final class ReportCompiler {

    private ReportCompiler() {}

    public static void main(String[] args) throws IOException, JRException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ReportCompiler <jrxml folder> <output folder>");
        }
        List<Path> compiled = compileAll(Path.of(args[0]), Path.of(args[1]));
        System.out.println("Compiled " + compiled.size() + " report template(s) into " + args[1]);
    }

    public static List<Path> compileAll(Path sourceDir, Path targetDir) throws IOException, JRException {
        Files.createDirectories(targetDir);
        List<Path> templates;
        try (Stream<Path> files = Files.list(sourceDir)) {
            templates = files.filter(p -> p.getFileName().toString().endsWith(".jrxml")).sorted().toList();
        }
        for (Path template : templates) {
            String name = template.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper");
            try {
                JasperCompileManager.compileReportToFile(template.toString(), targetDir.resolve(name).toString());
            } catch (JRException e) {
                throw new JRException("Report template " + template + " does not compile: " + e.getMessage(), e);
            }
        }
        return templates;
    }
}
