package io.capbrief;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package layout the README describes, kept by the build: the stages flow one way, {@code model} is shared by all
 * and imports nothing of ours, and only the wiring packages ({@code job}, {@code schedule}, {@code cli}) join stages.
 * A change that breaks it fails here with the offending class, the import and its line.
 */
@AnalyzeClasses(packages = "io.capbrief", importOptions = ImportOption.DoNotIncludeTests.class)
class LayoutTest {

    static final String MODEL = "io.capbrief.model..";

    @ArchTest
    static final ArchRule modelImportsOnlyTheJdk = noClasses().that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideOutsideOfPackages(MODEL, "java..")
            .because("model holds the records every stage shares, so it can depend on no stage and no library");

    @ArchTest
    static final ArchRule stagesFlowOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Model").definedBy(MODEL)
            .layer("Extract").definedBy("io.capbrief.extract..")
            .layer("Store").definedBy("io.capbrief.store..")
            .layer("Metrics").definedBy("io.capbrief.metrics..")
            .layer("Report").definedBy("io.capbrief.report..")
            .layer("Deliver").definedBy("io.capbrief.deliver..")
            .layer("Job").definedBy("io.capbrief.job..")
            .layer("Schedule").definedBy("io.capbrief.schedule..")
            .layer("Cli").definedBy("io.capbrief.cli..")
            .layer("Sample").definedBy("io.capbrief.sample..")
            .layer("Application").definedBy("io.capbrief")
            .whereLayer("Extract").mayOnlyBeAccessedByLayers("Store", "Metrics", "Report", "Deliver", "Job", "Schedule", "Cli")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Metrics", "Report", "Deliver", "Job", "Schedule", "Cli")
            .whereLayer("Metrics").mayOnlyBeAccessedByLayers("Report", "Deliver", "Job", "Schedule", "Cli")
            .whereLayer("Report").mayOnlyBeAccessedByLayers("Deliver", "Job", "Schedule", "Cli")
            .whereLayer("Deliver").mayOnlyBeAccessedByLayers("Job", "Schedule", "Cli")
            .whereLayer("Job").mayOnlyBeAccessedByLayers("Schedule", "Cli")
            .whereLayer("Schedule").mayOnlyBeAccessedByLayers("Cli")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Application")
            .whereLayer("Sample").mayOnlyBeAccessedByLayers("Job", "Cli")
            // the benchmark starts the application in-process, as main does
            .whereLayer("Application").mayOnlyBeAccessedByLayers("Cli");

    @ArchTest
    static final ArchRule sampleWritesFilesAndReadsNothingOfOurs = noClasses().that().resideInAPackage("io.capbrief.sample..")
            .should().dependOnClassesThat().resideInAnyPackage("io.capbrief.extract..", "io.capbrief.store..",
                    "io.capbrief.metrics..", "io.capbrief.report..", "io.capbrief.deliver..", "io.capbrief.job..",
                    "io.capbrief.schedule..", "io.capbrief.cli..")
            .because("the sample writes source files in the publishers' formats; reading them is extract's job");
}
