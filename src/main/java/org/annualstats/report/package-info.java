/**
 * The run's outputs: {@code metrics.csv}, {@code rejects.csv},
 * {@code reconciliation.csv}, {@code run.json} and the statistical appendix workbook, written
 * into a temporary folder and published in place of the year's previous outputs at once.
 */
package org.annualstats.report;
