package io.capbrief.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.capbrief.metrics.fundamentals.ScreenThresholds;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Binding {@code capbrief.metrics} over the project's own application.yml, as the application does. */
class MetricsSettingsTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(Bound.class);

    @Test
    void takesTheDefaultsWhenNothingIsSet() {
        context.run(c -> {
            MetricsSettings settings = c.getBean(MetricsSettings.class);

            assertThat(settings.screens()).isEqualTo(new ScreenThresholds(1.0, 5.0, 1.5, 5.0, 0.25));
            assertThat(settings.screens()).isEqualTo(ScreenThresholds.DEFAULTS);
            assertThat(settings.creditSpread()).isEqualTo(3.0);
        });
    }

    @Test
    void changesOnlyTheThresholdAnOperatorSets() {
        context.withPropertyValues("capbrief.metrics.screens.quality-min-interest-coverage=4").run(c ->
                assertThat(c.getBean(MetricsSettings.class).screens())
                        .isEqualTo(new ScreenThresholds(1.0, 4.0, 1.5, 5.0, 0.25)));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MetricsSettings.class)
    static class Bound {}
}
