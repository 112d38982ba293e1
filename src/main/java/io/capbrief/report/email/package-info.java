/** The briefing email's subject and its HTML and plain-text bodies. */
package io.capbrief.report.email;
