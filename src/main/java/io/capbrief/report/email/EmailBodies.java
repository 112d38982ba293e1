package io.capbrief.report.email;

/** The briefing email's subject and its two bodies: HTML for mail clients, plain text as the alternative. */
public record EmailBodies(String subject, String html, String text) {}
