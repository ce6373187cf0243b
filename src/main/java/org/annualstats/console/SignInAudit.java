package org.annualstats.console;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Writes sign-ins to the audit log: each sign-in at the form, and every failed one (form or API).
 * Repeated failures for a name are answered more and more slowly, up to a few seconds, until a
 * sign-in of that name succeeds: guessing a password takes long.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SignInAudit {

	private static final Duration STEP = Duration.ofMillis(250);

	private static final Duration MAX_DELAY = Duration.ofSeconds(3);

	/** Failures remembered for this many names at most: a flood of invented names cannot fill the memory. */
	private static final int MAX_NAMES = 10_000;

	private final AuditLog audit;

	private final Map<String, Integer> failures = new ConcurrentHashMap<>();

	SignInAudit(AuditLog audit) {
		this.audit = audit;
	}

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		this.failures.remove(event.getAuthentication().getName());
		this.audit.record(event.getAuthentication().getName(), from(event.getAuthentication()),
				AuditLog.Action.SIGN_IN, "");
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) throws InterruptedException {
		String name = event.getAuthentication().getName();
		this.audit.record(name, from(event.getAuthentication()), AuditLog.Action.SIGN_IN_FAILED,
				event.getException().getClass().getSimpleName());
		if (this.failures.size() >= MAX_NAMES) {
			this.failures.clear();
		}
		int count = this.failures.merge(name, 1, Integer::sum);
		// the failing request itself waits: listeners run on its thread
		Thread.sleep(Math.min(STEP.toMillis() * (count - 1), MAX_DELAY.toMillis()));
	}

	private static String from(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : "";
	}

}
