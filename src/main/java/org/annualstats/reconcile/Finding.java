package org.annualstats.reconcile;

/**
 * One reconciliation finding: a record, key or total that did not check out.
 *
 * @param message the {@link org.annualstats.ingest.Problem} as stored, its argument 0 the key; see
 * {@link org.annualstats.ingest.ProblemFormat}
 */
public record Finding(String checkId, Severity severity, String source, String key, String message) {
}
