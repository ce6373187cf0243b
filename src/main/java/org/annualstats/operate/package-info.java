/**
 * Operating the pipeline: the Spring Batch job and its steps, the run service that people and the
 * nightly schedule call (previous-year ingestion, run records, outcomes and exit codes), the
 * year lock across processes, resume and graceful stop, history and diff of runs.
 */
package org.annualstats.operate;
