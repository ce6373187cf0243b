/**
 * Explained changes: which changes against the previous year are large enough to need a reason
 * ({@code jobs/change-gate.csv}), the reasons recorded for a year
 * ({@code <input>/<year>/explanations.csv}), and the finding R11 for a large change without one
 * or a reason that explains nothing.
 */
package org.annualstats.changes;
