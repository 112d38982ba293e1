package io.capbrief.deliver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The named distribution lists of {@code config/distribution.yml}: who receives the briefing, and with which files. */
@ConfigurationProperties("capbrief.distribution")
public record DistributionSettings(List<DistributionList> lists) {

    public DistributionSettings {
        lists = lists == null ? List.of() : List.copyOf(lists);
    }

    /** What a list receives attached to the mail. */
    public enum Receives {
        PDF, WORKBOOK, BOTH;

        boolean pdf() {
            return this != WORKBOOK;
        }

        boolean workbook() {
            return this != PDF;
        }
    }

    /** One list: its name, what it receives (pdf, workbook or both) and its addresses. */
    public record DistributionList(String name, Receives receives, List<String> recipients) {

        public DistributionList {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("capbrief.distribution.lists: a list has no name");
            }
            if (receives == null) {
                throw new IllegalArgumentException("capbrief.distribution.lists '" + name
                        + "': 'receives' is missing; expected pdf, workbook or both");
            }
            recipients = recipients == null ? List.of() : List.copyOf(recipients);
        }
    }

    /**
     * Every address once, in list order; an address on several lists gets every file any of them
     * receives. Addresses of the older {@code capbrief.mail.to} setting receive the PDF.
     */
    public List<Recipient> recipients(List<String> legacyTo) {
        Map<String, Recipient> byAddress = new LinkedHashMap<>();
        List<DistributionList> all = new ArrayList<>(lists);
        if (legacyTo != null && !legacyTo.isEmpty()) {
            all.add(new DistributionList("capbrief.mail.to", Receives.PDF, legacyTo));
        }
        for (DistributionList list : all) {
            for (String address : list.recipients()) {
                Recipient added = new Recipient(address.trim(), list.receives().pdf(), list.receives().workbook());
                byAddress.merge(added.address(), added, Recipient::and);
            }
        }
        return List.copyOf(byAddress.values());
    }

    /** An address and the files its mail carries. */
    public record Recipient(String address, boolean pdf, boolean workbook) {

        Recipient and(Recipient other) {
            return new Recipient(address, pdf || other.pdf, workbook || other.workbook);
        }

        public String attachments() {
            return pdf && workbook ? "pdf+workbook" : workbook ? "workbook" : pdf ? "pdf" : "none";
        }
    }
}
