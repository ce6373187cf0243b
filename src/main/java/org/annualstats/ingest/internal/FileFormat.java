package org.annualstats.ingest.internal;

/** What was detected about a file: its encoding and delimiter (text) or its sheet (workbooks). */
public record FileFormat(String encoding, String delimiter, String sheet) {
}
