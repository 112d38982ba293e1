package io.capbrief.store;

import java.nio.file.Path;

/**
 * The files of one briefing version, by their fixed names inside the version folder: the renderer writes them,
 * the archive records the folder, the mailer and the console read them.
 */
public record BriefingFiles(Path dir) {

    public Path pdf() {
        return dir.resolve("briefing.pdf");
    }

    public Path workbook() {
        return dir.resolve("briefing.xlsx");
    }

    public Path figures() {
        return dir.resolve("figures.json");
    }

    public Path emailHtml() {
        return dir.resolve("email.html");
    }

    public Path emailText() {
        return dir.resolve("email.txt");
    }

    /** The subject as rendered with the bodies; versions archived before it was written have none. */
    public Path emailSubject() {
        return dir.resolve("email-subject.txt");
    }
}
