package org.annualstats.console;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * The input and output roots {@code serve} was started with: a rerun reads and publishes only
 * there, whatever a request says.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ConsoleRoots {

	private final Path input;

	private final Path output;

	ConsoleRoots(@Value("${annualstats.console.input}") Path input, @Value("${annualstats.console.output}") Path output) {
		this.input = input.toAbsolutePath().normalize();
		this.output = output.toAbsolutePath().normalize();
	}

	Path input() {
		return this.input;
	}

	Path output() {
		return this.output;
	}

}
