/**
 * Metrics: the catalogue and the declarative definitions under {@code jobs/metrics/}, checked at
 * start-up; the SQL generated from them that computes a run's figures in the database; rates from
 * their numerators and denominators; the year-over-year comparison with its coverage notes; and
 * the explanation of a figure down to the records it counts.
 */
package org.annualstats.metrics;
