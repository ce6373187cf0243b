/**
 * The database: the schema (Flyway migrations under {@code db/migration}, portable between H2 and
 * PostgreSQL) and loading what ingestion produced — staged records, rejected rows, control totals
 * and file provenance — in batches.
 */
package org.annualstats.store;
