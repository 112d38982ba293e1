/**
 * Deliver, the last stage: mails each issued version to its distribution lists (SMTP, or .eml files in an outbox),
 * once per recipient, recording every attempt.
 */
package io.capbrief.deliver;
