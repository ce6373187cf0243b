/**
 * Reference data: the certificate catalogue and the State Council working-day calendars, shipped
 * under {@code jobs/reference/} and overridable file by file from {@code <input-root>/reference/};
 * loaded into the store for the metric SQL to join.
 */
package org.annualstats.reference;
