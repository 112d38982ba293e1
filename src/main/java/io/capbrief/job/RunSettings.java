package io.capbrief.job;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where capbrief keeps things.
 *
 * @param sources the default sources manifest, used when a run names none
 * @param landingDir where the embedded default looks for its files; named when it has none
 * @param pageSize the PDF's paper: A4 or LETTER
 */
@ConfigurationProperties("capbrief")
public record RunSettings(Path dataDir, Path outDir, Path sources, Path landingDir, String pageSize) {}
