/**
 * The analyst-editable {@code jobs/} directory: where its plain files are found (the directory on
 * disk, else the copy packaged in the jar) and how its CSV files are read.
 */
package org.annualstats.jobs;
