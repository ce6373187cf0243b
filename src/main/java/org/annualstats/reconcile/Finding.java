package org.annualstats.reconcile;

/** One reconciliation finding: a record, key or total that did not check out. */
public record Finding(String checkId, Severity severity, String source, String key, String message) {
}
