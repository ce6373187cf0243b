package org.annualstats.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what: pages sign in with a form (CSRF on), {@code /api/**} with HTTP Basic and no
 * session. Reading needs VIEWER, a rerun ANALYST, a release and the audit log ADMIN; anything else
 * is 403 before a controller runs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ConsoleSecurityConfiguration {

	private static final String VIEWER = ConsoleRole.VIEWER.name();

	private static final String ANALYST = ConsoleRole.ANALYST.name();

	private static final String ADMIN = ConsoleRole.ADMIN.name();

	@Bean
	AuthenticationManager authenticationManager(ConsoleUsers users, AuthenticationEventPublisher events) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(users.passwordEncoder());
		ProviderManager manager = new ProviderManager(provider);
		manager.setAuthenticationEventPublisher(events);
		return manager;
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.POST, "/api/years/*/runs")
				.hasRole(ANALYST)
				.requestMatchers(HttpMethod.GET, "/api/**")
				.hasRole(VIEWER)
				.anyRequest()
				.denyAll())
			.httpBasic(Customizer.withDefaults())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// a script sends its credentials with every request; there is no session cookie to forge
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/login", "/console.css", "/error")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/years/*/runs")
			.hasRole(ANALYST)
			.requestMatchers(HttpMethod.POST, "/years/*/editions")
			.hasRole(ADMIN)
			.requestMatchers("/audit")
			.hasRole(ADMIN)
			.requestMatchers(HttpMethod.GET, "/**")
			.hasRole(VIEWER)
			.requestMatchers(HttpMethod.POST, "/logout")
			.authenticated()
			.anyRequest()
			.denyAll())
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/", false))
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"));
		return http.build();
	}

}
