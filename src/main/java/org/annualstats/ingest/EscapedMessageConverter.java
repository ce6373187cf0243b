package org.annualstats.ingest;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The log's {@code %msg} with {@link ControlCharacters} escaped, for every message at once: log
 * messages carry file names, values and keys from the input ({@code logback-spring.xml}).
 */
public class EscapedMessageConverter extends MessageConverter {

	@Override
	public String convert(ILoggingEvent event) {
		return ControlCharacters.escape(super.convert(event));
	}

}
