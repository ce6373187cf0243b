package org.annualstats.operate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.TimeZone;
import java.util.function.Function;

import org.annualstats.support.Cli;
import org.annualstats.support.TestStore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year lock ages heartbeats by the store's clock: a process whose time zone (or clock) is hours
 * ahead of the holder's neither takes a live holder's year nor waits for a dead one longer than
 * {@code annualstats.lock.stale-after}.
 */
class YearLockClockFunctionalTests {

	@TempDir
	Path work;

	@ParameterizedTest
	@MethodSource("org.annualstats.support.TestStore#available")
	void aLiveHolderKeepsItsYearWhateverTheTimeZoneOfTheProcessAsking(Function<Path, TestStore> stores)
			throws Exception {
		try (TestStore store = stores.apply(this.work.resolve("data"))) {
			// a resume of a year never run creates the schema and nothing else
			Cli.run(store, "run", "--year", "2019", "--resume", "--input", this.work.toString(), "--output",
					this.work.resolve("out").toString());
			store.execute("INSERT INTO year_lock (stat_year, run_id, owner, acquired_at, heartbeat_at) "
					+ "VALUES (2020, 'manual run', 'another-host:4242:x', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
			TimeZone zone = TimeZone.getDefault();
			try {
				// fourteen hours ahead of UTC, as a process in Kiribati, or with its clock wrong by that much
				TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
				NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(store.dataSource());
				try (YearLock lock = new YearLock(jdbc, Duration.ofMinutes(2))) {
					assertThat(lock.tryAcquire(2020, "manual run")).get()
						.extracting(YearLock.Holder::owner)
						.isEqualTo("another-host:4242:x");
				}
				store.execute("UPDATE year_lock SET heartbeat_at = heartbeat_at - INTERVAL '3' MINUTE");
				try (YearLock lock = new YearLock(jdbc, Duration.ofMinutes(2))) {
					assertThat(lock.tryAcquire(2020, "manual run")).isEmpty();
				}
			}
			finally {
				TimeZone.setDefault(zone);
			}
			assertThat(store.count("SELECT COUNT(*) FROM year_lock")).isZero();
		}
	}

}
