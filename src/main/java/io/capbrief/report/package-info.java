/**
 * The Briefing model one version shows, assembled from a week's figures, with its display formats and figures.json;
 * its subpackages lay it out as PDF, workbook and email.
 */
package io.capbrief.report;
