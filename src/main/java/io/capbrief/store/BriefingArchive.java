package io.capbrief.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The register of issued briefing versions per week. */
@Repository
public class BriefingArchive {

    private final JdbcClient jdbc;

    public BriefingArchive(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<BriefingVersion> latest(LocalDate week) {
        return jdbc.sql("SELECT week, version, out_dir, figures_json FROM briefing_version WHERE week = ? ORDER BY version DESC")
                .param(week).query(BriefingVersion.class).list().stream().findFirst();
    }

    /** The week's latest version its readers were mailed or are to be: not one the sanity limits still hold. */
    public Optional<BriefingVersion> latestIssued(LocalDate week) {
        return jdbc.sql("SELECT v.week, v.version, v.out_dir, v.figures_json FROM briefing_version v "
                + "LEFT JOIN briefing_hold h ON h.week = v.week AND h.version = v.version "
                + "WHERE v.week = ? AND (h.week IS NULL OR h.released_at IS NOT NULL) ORDER BY v.version DESC")
                .param(week).query(BriefingVersion.class).list().stream().findFirst();
    }

    public List<BriefingVersion> versions(LocalDate week) {
        return jdbc.sql("SELECT week, version, out_dir, figures_json FROM briefing_version WHERE week = ? ORDER BY version")
                .param(week).query(BriefingVersion.class).list();
    }

    public void record(BriefingVersion version) {
        jdbc.sql("INSERT INTO briefing_version (week, version, out_dir, figures_json, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(version.week(), version.version(), version.outDir(), version.figuresJson(), Jdbc.now())
                .update();
    }
}
