package org.annualstats.operate;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A progress line for every step in progress at each interval, and none once the step ended. */
class ProgressMeterTests {

	private final List<String> lines = new CopyOnWriteArrayList<>();

	private final ProgressMeter meter = new ProgressMeter(Duration.ofMillis(100), this.lines::add);

	@AfterEach
	void stop() {
		this.meter.destroy();
	}

	@Test
	void aStepReadingRowsShowsItsFileRowsAndRate() throws Exception {
		try (ProgressMeter.Step step = this.meter.start("ingest-permit")) {
			step.rows("2020/permit/a.csv", 1_500);
			step.rows("2020/permit/b\u001b[2J.csv", 1_000);
			awaitLines(1);
		}
		assertThat(this.lines.get(0)).matches("  ingest-permit: 2020/permit/b\\\\u001b\\[2J\\.csv, 2,500 rows so far, "
				+ "[\\d,]+ rows/s, \\d+ s");
		int ended = this.lines.size();
		Thread.sleep(300);
		assertThat(this.lines).hasSize(ended);
	}

	@Test
	void aStepRunningSqlSaysHowLongItHasBeenWorking() throws Exception {
		try (ProgressMeter.Step step = this.meter.start("reconcile")) {
			awaitLines(2);
		}
		assertThat(this.lines).allMatch((line) -> line.matches("  reconcile: working, \\d+ s"));
	}

	private void awaitLines(int count) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (this.lines.size() < count && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(this.lines).hasSizeGreaterThanOrEqualTo(count);
	}

}
