package io.capbrief.deliver;

import java.time.LocalDate;
import java.util.List;

/** Some recipients of a briefing version could not be reached; they are recorded as failed. */
public class BriefingDeliveryException extends RuntimeException {

    public BriefingDeliveryException(LocalDate week, int version, List<BriefingMailer.Delivery> results) {
        super("delivery of " + week + " v" + version + " failed for "
                + results.stream().filter(d -> !d.outcome().equals("DELIVERED")).map(d -> d.recipient() + " (" + d.detail() + ")").toList());
    }
}
