package org.annualstats.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * A request whose path tries to leave where it points (an encoded slash, {@code ..}, a path that
 * is not normalized) is answered 404, like any name that is not an output: it names nothing.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ConsoleWebConfiguration {

	/** Tomcat passes an encoded slash on instead of answering 400, so the firewall below refuses it. */
	@Bean
	TomcatConnectorCustomizer encodedSlashesPassThrough() {
		return (connector) -> connector.setEncodedSolidusHandling("passthrough");
	}

	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return new HttpStatusRequestRejectedHandler(404);
	}

}
