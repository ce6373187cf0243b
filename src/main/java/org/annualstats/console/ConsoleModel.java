package org.annualstats.console;

import java.util.Arrays;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page shows of the signed-in user: the name, the role, and the actions the role allows. */
@ControllerAdvice(assignableTypes = { YearsController.class, RunController.class, FiguresController.class,
		DiffController.class, AuditController.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ConsoleModel {

	@ModelAttribute("userName")
	String userName(Authentication user) {
		return (user != null) ? user.getName() : null;
	}

	/** The signed-in user's own role: the highest of the roles it holds. */
	@ModelAttribute("role")
	ConsoleRole role(Authentication user) {
		if (user == null) {
			return null;
		}
		return Arrays.stream(ConsoleRole.values())
			.filter((role) -> user.getAuthorities()
				.stream()
				.map(GrantedAuthority::getAuthority)
				.anyMatch(("ROLE_" + role)::equals))
			.reduce((lower, higher) -> higher)
			.orElse(null);
	}

}
