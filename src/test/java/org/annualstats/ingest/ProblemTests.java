package org.annualstats.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemTests {

	@Test
	void storedAsCodeAndArgumentsThatKeepEveryCharacter() {
		Problem problem = Problem.of("commitment_without_permit", "P|1\\2", "", 2020);
		assertThat(problem.stored()).isEqualTo("commitment_without_permit|P\\|1\\\\2||2020");
		assertThat(Problem.parse(problem.stored())).isEqualTo(problem);
		assertThat(Problem.parse("required")).isEqualTo(new Problem("required", java.util.List.of()));
	}

}
