package io.capbrief.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An independent OOXML reader (Debian's python3-openpyxl) opens the workbook and reads the same Summary values. */
class WorkbookOpenpyxlTest {

    private static final Path PYTHON = Path.of("/usr/bin/python3");

    private static final String SCRIPT = """
            import sys, warnings
            warnings.simplefilter("ignore")
            import openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            print("sheets=" + ",".join(wb.sheetnames))
            for ws in wb.worksheets:
                for name, ref in sorted(dict(ws.tables.items()).items()):
                    print("table=" + ws.title + "!" + name + "!" + ref)
            s = wb["Summary"]
            for ref in ["A6", "B6", "D6", "H6", "M6", "M8", "D11", "E11"]:
                print(ref + "=" + repr(s[ref].value) + "|" + s[ref].number_format)
            print("C6=" + s["C6"].value.date().isoformat())
            print("title=" + wb.properties.title)
            print("creator=" + wb.properties.creator)
            """;

    @TempDir
    Path dir;

    @Test
    void openpyxlReadsTheSummaryValues() throws Exception {
        assumeTrue(Files.isExecutable(PYTHON), "/usr/bin/python3 is missing");
        assumeTrue(run(List.of(PYTHON.toString(), "-c", "import openpyxl")).exitCode() == 0,
                "openpyxl is missing for /usr/bin/python3 (apt-get install python3-openpyxl)");
        Path xlsx = dir.resolve("briefing.xlsx");
        new BriefingWorkbookWriter().write(WorkbookFixtures.briefing(), xlsx);

        Result result = run(List.of(PYTHON.toString(), "-c", SCRIPT, xlsx.toString()));

        assertThat(result.exitCode()).as(result.output()).isEqualTo(0);
        assertThat(result.output().lines()).containsExactly(
                "sheets=Summary,Indices,Data quality,About",
                "table=Summary!KeyFigures!A5:M8",
                "table=Summary!Rates!A10:G12",
                "table=Indices!IndexCloses!A1:G6",
                "table=Data quality!DataQuality!A1:D3",
                "table=About!Sources!A8:D10",
                "A6='Russell 2000'|General",
                "B6=2406.67|#,##0.00",
                "D6=0.0452|0.0%",
                "H6=0.0645|0.0%",
                "M6=26.2|0.0\"x\"",
                "M8=None|0.0\"x\"",
                "D11=4.43|0.00",
                "E11=-2.0|+0;-0",
                "C6=2024-11-22",
                "title=Small-cap briefing \u2014 week ending 2024-11-22",
                "creator=capbrief");
    }

    private record Result(int exitCode, String output) {}

    private static Result run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PYTHONIOENCODING", "utf-8");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + command.get(0));
        }
        return new Result(process.exitValue(), output);
    }
}
