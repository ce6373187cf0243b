/**
 * Reference data: the certificate catalogue and the State Council working-day calendars, shipped
 * under {@code jobs/reference/} and overridable file by file from {@code <input-root>/reference/};
 * loaded into the store for the metric SQL to join: the catalogue per year, the calendar once per
 * content (its SHA-256), so that runs from input roots with different calendars can run at once.
 */
package org.annualstats.reference;
