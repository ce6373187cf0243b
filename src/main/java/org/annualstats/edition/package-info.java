/**
 * Released editions of a year's statistics: a run's published outputs, copied once reconciled and
 * explained into {@code <output>/<year>/editions/<n>/} with a manifest of their SHA-256, the cover
 * marked as the edition and, for a revision, the figures that changed since the edition it
 * replaces; the record of every edition in the store, and the check of an edition's files
 * against its manifest.
 */
package org.annualstats.edition;
