package org.annualstats.reconcile;

import java.util.Locale;

/** How much a finding matters: an error stops publication unless the operator allows it. */
public enum Severity {

	INFO, WARNING, ERROR;

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Severity of(String id) {
		return valueOf(id.toUpperCase(Locale.ROOT));
	}

}
