package io.capbrief;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;

import org.junit.jupiter.api.Test;

/** The layout rules of {@link LayoutTest} catch a breach and name it: each is run on a deliberately wrong pair of classes. */
class LayoutRulesTest {

    private static final String STORE_REACHING_RECORD = "io.capbrief.model.StoreReachingRecord";
    private static final String EXTRACT_REACHING_WRITER = "io.capbrief.sample.ExtractReachingWriter";

    @Test
    void aModelRecordThatKnowsTheStoreBreaksTwoRules() throws ClassNotFoundException {
        JavaClasses classes = new ClassFileImporter().importClasses(Class.forName(STORE_REACHING_RECORD),
                io.capbrief.store.SourceLoad.class);

        EvaluationResult modelRule = LayoutTest.modelImportsOnlyTheJdk.evaluate(classes);
        EvaluationResult layers = LayoutTest.stagesFlowOneWay.evaluate(classes);

        assertThat(modelRule.hasViolation()).isTrue();
        assertThat(modelRule.getFailureReport().toString())
                .contains(STORE_REACHING_RECORD, "io.capbrief.store.SourceLoad", "StoreReachingRecord.java:");
        assertThat(layers.hasViolation()).isTrue();
        assertThat(layers.getFailureReport().toString())
                .contains(STORE_REACHING_RECORD, "io.capbrief.store.SourceLoad");
    }

    @Test
    void aSampleWriterThatUsesAReaderBreaksTwoRules() throws ClassNotFoundException {
        JavaClasses classes = new ClassFileImporter().importClasses(Class.forName(EXTRACT_REACHING_WRITER),
                io.capbrief.extract.SourceFormatException.class);

        EvaluationResult sampleRule = LayoutTest.sampleWritesFilesAndReadsNothingOfOurs.evaluate(classes);
        EvaluationResult layers = LayoutTest.stagesFlowOneWay.evaluate(classes);

        assertThat(sampleRule.getFailureReport().toString())
                .contains(EXTRACT_REACHING_WRITER, "io.capbrief.extract.SourceFormatException", "ExtractReachingWriter.java:");
        assertThat(layers.getFailureReport().toString())
                .contains(EXTRACT_REACHING_WRITER, "io.capbrief.extract.SourceFormatException");
    }
}
