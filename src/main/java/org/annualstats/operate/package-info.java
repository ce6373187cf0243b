/**
 * Operating the pipeline: the Spring Batch job and its steps, the run service that people and
 * schedules call (previous-year ingestion, run records, outcomes and exit codes).
 */
package org.annualstats.operate;
