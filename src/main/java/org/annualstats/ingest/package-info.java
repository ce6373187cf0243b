/**
 * Reading the four systems' exports: source and field definitions (from {@code jobs/sources}),
 * file format detection, header search, value parsing and validation. Emits accepted records,
 * rejected rows and control totals to a {@link org.annualstats.ingest.RecordSink}; knows nothing
 * of the database.
 */
package org.annualstats.ingest;
