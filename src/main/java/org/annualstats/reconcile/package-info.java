/**
 * Reconciliation: merges each source's staged rows into one record per key (the file that sorts
 * last wins), replaces the year's records with the in-period ones, and records the findings of the
 * checks declared in {@code jobs/checks/} with their severities.
 */
package org.annualstats.reconcile;
