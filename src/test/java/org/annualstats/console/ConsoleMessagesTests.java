package org.annualstats.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The console's words exist in both languages, and the English ones are not Chinese. */
class ConsoleMessagesTests {

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		Properties chinese = load("messages.properties");
		Properties english = load("messages_en.properties");
		assertThat(english.stringPropertyNames()).isEqualTo(chinese.stringPropertyNames());
		Set<String> keys = english.stringPropertyNames();
		assertThat(keys).allSatisfy((key) -> assertThat(english.getProperty(key)).as(key)
			.doesNotContainPattern("\\p{IsHan}"));
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = ConsoleMessagesTests.class.getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
