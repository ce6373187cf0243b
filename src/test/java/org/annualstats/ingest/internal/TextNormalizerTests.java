package org.annualstats.ingest.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTests {

	@Test
	void removesAllWhiteSpaceFoldsFullWidthAndIgnoresCase() {
		assertThat(TextNormalizer.normalize(" 案件 编号\t")).isEqualTo("案件编号");
		assertThat(TextNormalizer.normalize("追回金额（万元）")).isEqualTo("追回金额(万元)");
		assertThat(TextNormalizer.normalize("Ｃａｓｅ_Ｎｏ")).isEqualTo("case_no");
		assertThat(TextNormalizer.normalize("案件\u3000编号")).isEqualTo("案件编号");
		assertThat(TextNormalizer.normalize("\uFEFF案件编号")).isEqualTo("案件编号");
	}

}
