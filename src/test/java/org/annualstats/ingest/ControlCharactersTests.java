package org.annualstats.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ControlCharactersTests {

	@Test
	void escapesWhatCouldForgeALineOrDriveTheTerminal() {
		assertThat(ControlCharacters.escape("a\nb\r\tc\u001b[2Jd\u0000\u007f\u009b\u2028\u202Ee"))
			.isEqualTo("a\\nb\\r\\tc\\u001b[2Jd\\u0000\\u007f\\u009b\\u2028\\u202ee");
	}

	@Test
	void leavesPrintableTextAlone() {
		String text = "2020/case/欠薪 非立案（万元）\\备份.csv";
		assertThat(ControlCharacters.escape(text)).isSameAs(text);
		assertThat(ControlCharacters.escape(null)).isNull();
	}

}
