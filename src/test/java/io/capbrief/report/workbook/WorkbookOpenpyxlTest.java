package io.capbrief.report.workbook;

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

/**
 * An independent OOXML reader (Debian's python3-openpyxl) opens every sheet of the workbook and reads
 * the same tables, values, number formats, conditional formats and charts as POI.
 */
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
            def show(sheet, refs):
                for ref in refs:
                    c = wb[sheet][ref]
                    print(sheet + "!" + ref + "=" + repr(c.value) + "|" + c.number_format)
            show("Summary", ["A6", "B6", "D6", "H6", "M6", "M8", "D11", "E11"])
            print("C6=" + wb["Summary"]["C6"].value.date().isoformat())
            show("Valuation", ["B121", "D32", "I2", "AH15", "AK2", "AL2", "AM15"])
            show("Leverage", ["B3", "C3", "P4", "B8", "E8", "H27"])
            show("Leverage", ["A32", "B32", "C32", "H32", "D41", "B43"])
            show("Companies", ["B2", "E2", "G2", "S2", "V2", "W3", "I3", "AD3"])
            show("Screens", ["A3", "A7", "L7"])
            for ws in wb.worksheets:
                rules = [str(r.sqref) + " " + rule.formula[0] for r in ws.conditional_formatting for rule in r.rules]
                if rules:
                    print("rules=" + ws.title + "!" + ";".join(sorted(rules)))
            print("charts=" + ",".join(ws.title + ":" + str(len(ws._charts)) for ws in wb.worksheets))
            print("dimensions=" + ",".join(ws.title + ":" + ws.dimensions for ws in wb.worksheets))
            print("title=" + wb.properties.title)
            print("creator=" + wb.properties.creator)
            """;

    @TempDir
    Path dir;

    @Test
    void openpyxlReadsEverySheet() throws Exception {
        assumeTrue(Files.isExecutable(PYTHON), "/usr/bin/python3 is missing");
        assumeTrue(run(List.of(PYTHON.toString(), "-c", "import openpyxl")).exitCode() == 0,
                "openpyxl is missing for /usr/bin/python3 (apt-get install python3-openpyxl)");
        Path xlsx = dir.resolve("briefing.xlsx");
        new BriefingWorkbookWriter().write(WorkbookFixtures.briefing(), xlsx);

        Result result = run(List.of(PYTHON.toString(), "-c", SCRIPT, xlsx.toString()));

        assertThat(result.exitCode()).as(result.output()).isEqualTo(0);
        assertThat(result.output().lines()).containsExactly(
                "sheets=Summary,Indices,Valuation,Leverage,Companies,Screens,Lineage,Data quality,About",
                "table=Summary!KeyFigures!A5:M8",
                "table=Summary!Rates!A10:G12",
                "table=Indices!IndexCloses!A1:G6",
                "table=Valuation!ValuationHistory!A1:AC121",
                "table=Valuation!ValuationStatistics!AE1:AN29",
                "table=Leverage!CoverageBuckets!A7:E12",
                "table=Leverage!DebtCost!A40:I43",
                "table=Leverage!IndexAggregates!A2:Y4",
                "table=Leverage!MaturityWall!A31:J37",
                "table=Leverage!NetDebtEbitdaBuckets!A15:E23",
                "table=Leverage!SectorAggregates!A26:N28",
                "table=Companies!Companies!A1:AD4",
                "table=Screens!QualitySmallCaps!A2:P3",
                "table=Screens!RefinancingRisk!A6:P7",
                "table=Lineage!Lineage!A1:N2",
                "table=Data quality!DataQuality!A1:D4",
                "table=About!Sources!A8:D12",
                "Summary!A6='Russell 2000'|General",
                "Summary!B6=2406.67|#,##0.00",
                "Summary!D6=0.0443|0.0%",
                "Summary!H6=0.06448|0.0%",
                "Summary!M6=27.9|0.0\"x\"",
                "Summary!M8=None|0.0\"x\"",
                "Summary!D11=4.41|0.00",
                "Summary!E11=-2.0|+0;-0",
                "C6=2024-11-22",
                "Valuation!B121=27.9|0.0\"x\"",
                "Valuation!D32=None|0.0\"x\"",
                "Valuation!I2=0.424|0.0%",
                "Valuation!AH15=0.0712|0.0%",
                "Valuation!AK2=3.5985|+0.00;-0.00",
                "Valuation!AL2=100.0|0",
                "Valuation!AM15=0.049|0.0%",
                "Leverage!B3=200.0|0.0\"x\"",
                "Leverage!C3=1.0|0.0%",
                "Leverage!P4=None|0.0\"x\"",
                "Leverage!B8=1.0|0",
                "Leverage!E8=None|0.0%",
                "Leverage!H27=12.0|0.0\"x\"",
                "Leverage!A32='12 months'|General",
                "Leverage!B32=0.1468|0.0%",
                "Leverage!C32=124780.0|#,##0.0",
                "Leverage!H32=None|0.0%",
                "Leverage!D41=-0.0243|0.0%",
                "Leverage!B43=None|0.0%",
                "Companies!B2='ACME'|General",
                "Companies!E2=0.6|0.000%",
                "Companies!G2=1000.0|#,##0.0",
                "Companies!S2=1.0|0.0\"x\"",
                "Companies!V2=0.1|0.0%",
                "Companies!W3=True|General",
                "Companies!I3=None|0.0\"x\"",
                "Companies!AD3='negative forward earnings'|General",
                "Screens!A3='ACME'|General",
                "Screens!A7='BRKN'|General",
                "Screens!L7=0.4|0.0%",
                "rules=Companies!S2:S4 AND(ISNUMBER(S2),S2<1.0);S2:S4 AND(ISNUMBER(S2),S2>5.0);"
                        + "T2:T4 AND(ISNUMBER(T2),T2<1.5);T2:T4 AND(ISNUMBER(T2),T2>5.0);V2:V4 AND(ISNUMBER(V2),V2>0.25)",
                "rules=Screens!J3 AND(ISNUMBER(J3),J3<1.0);J3 AND(ISNUMBER(J3),J3>5.0);J7 AND(ISNUMBER(J7),J7<1.0);"
                        + "J7 AND(ISNUMBER(J7),J7>5.0);K3 AND(ISNUMBER(K3),K3<1.5);K3 AND(ISNUMBER(K3),K3>5.0);"
                        + "K7 AND(ISNUMBER(K7),K7<1.5);K7 AND(ISNUMBER(K7),K7>5.0);L3 AND(ISNUMBER(L3),L3>0.25);"
                        + "L7 AND(ISNUMBER(L7),L7>0.25)",
                "charts=Summary:0,Indices:1,Valuation:1,Leverage:1,Companies:0,Screens:0,Lineage:0,Data quality:0,About:0",
                // the sample briefing has no lineage: the sheet holds the header, its table one empty row
                "dimensions=Summary:A1:M12,Indices:A1:G6,Valuation:A1:AN121,Leverage:A1:Y43,Companies:A1:AD4,"
                        + "Screens:A1:P7,Lineage:A1:N1,Data quality:A1:D4,About:A1:D12",
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
