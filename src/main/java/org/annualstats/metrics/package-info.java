/**
 * Metrics (SPEC §4): the catalogue and SQL definitions under {@code jobs/metrics/}, computing a
 * run's figures in the database, rates from their numerators and denominators, and the
 * year-over-year comparison with its coverage notes.
 */
package org.annualstats.metrics;
