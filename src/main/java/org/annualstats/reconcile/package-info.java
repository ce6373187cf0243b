/**
 * Reconciliation (SPEC §3): merges each source's staged rows into one record per key (the file
 * that sorts last wins), replaces the year's records with the in-period ones, and records the
 * findings R1–R10 with their severities.
 */
package org.annualstats.reconcile;
