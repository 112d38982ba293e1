/**
 * The PDF briefing: JasperReports parameters for each page, the charts drawn on them, and the renderer over the
 * templates compiled from reports/.
 */
package io.capbrief.report.pdf;
