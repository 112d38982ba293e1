/**
 * The Excel workbook for portfolio managers: one class a sheet, written with Apache POI as Excel tables with numeric
 * cells, styles and native charts.
 */
package io.capbrief.report.workbook;
