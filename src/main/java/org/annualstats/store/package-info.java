/**
 * The database: the schema (Flyway migrations under {@code db/migration}: Spring Batch's tables per
 * vendor, ours portable between H2 and PostgreSQL), the few vendor-specific statements, and
 * loading what ingestion produced — staged records (COPY on PostgreSQL, JDBC batches on H2),
 * rejected rows, control totals and file provenance, down to the run each year's records came
 * from; SQL templates whose identifiers are checked; bounds on every wait for the store, and
 * results read in batches rather than held whole.
 */
package org.annualstats.store;
