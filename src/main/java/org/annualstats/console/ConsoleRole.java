package org.annualstats.console;

import java.util.Arrays;
import java.util.List;

/** What a console user may do; each role may also do everything of the roles before it. */
public enum ConsoleRole {

	/** Leaders: read and download. */
	VIEWER,
	/** Also rerun a year. */
	ANALYST,
	/** Also release an edition and read the audit log. */
	ADMIN;

	/** The role and the roles it includes, as Spring Security authorities. */
	List<String> authorities() {
		return Arrays.stream(values()).filter((role) -> role.ordinal() <= ordinal()).map((role) -> "ROLE_" + role).toList();
	}

}
