package org.annualstats.operate;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.annualstats.store.SqlFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One run per statistical year at a time, across processes sharing the store: a row per locked
 * year (the primary key decides who wins), kept fresh by a heartbeat. The row of a holder that
 * died — its process gone on this host, or no heartbeat for {@code annualstats.lock.stale-after}
 * — is taken over, so a killed run never blocks its year for good. Heartbeats are dated and aged by
 * the store's clock, never a process's: a live holder is not displaced by a process in another
 * time zone or with a clock ahead.
 */
@Component
class YearLock implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(YearLock.class);

	private static final Duration HEARTBEAT = Duration.ofSeconds(15);

	private final NamedParameterJdbcTemplate jdbc;

	private final Duration staleAfter;

	private final SqlFiles sql = new SqlFiles(YearLock.class);

	private final String host = hostName();

	/** Unique to this lock instance: two contexts in one JVM are two owners. */
	private final String owner = this.host + ":" + ProcessHandle.current().pid() + ":" + UUID.randomUUID();

	/** The owners alive in this JVM: a lock of this process whose owner closed is stale at once. */
	private static final Set<String> LIVE_OWNERS = ConcurrentHashMap.newKeySet();

	private final Set<Integer> held = ConcurrentHashMap.newKeySet();

	private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor((r) -> {
		Thread thread = new Thread(r, "year-lock-heartbeat");
		thread.setDaemon(true);
		return thread;
	});

	YearLock(NamedParameterJdbcTemplate jdbc, @Value("${annualstats.lock.stale-after:PT2M}") Duration staleAfter) {
		this.jdbc = jdbc;
		this.staleAfter = staleAfter;
		LIVE_OWNERS.add(this.owner);
		this.heartbeat.scheduleWithFixedDelay(this::beat, HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(),
				TimeUnit.SECONDS);
	}

	/** Who holds a year, and for what (e.g. {@code manual run}). */
	record Holder(String purpose, String owner, OffsetDateTime acquiredAt, OffsetDateTime heartbeatAt,
			OffsetDateTime storeNow) {
	}

	/** @return empty when this process now holds the year, else who holds it */
	Optional<Holder> tryAcquire(int year, String purpose) {
		for (int attempt = 0; attempt < 2; attempt++) {
			try {
				this.jdbc.update(this.sql.get("insert-year-lock.sql"), params(year).addValue("run_id", purpose));
				this.held.add(year);
				return Optional.empty();
			}
			catch (DuplicateKeyException ex) {
				Optional<Holder> holder = holder(year);
				if (holder.isPresent() && !isStale(holder.get())) {
					return holder;
				}
				holder.ifPresent((stale) -> this.jdbc.update(this.sql.get("delete-stale-year-lock.sql"),
						params(year).addValue("owner", stale.owner())
							.addValue("heartbeat_at", stale.heartbeatAt())));
			}
		}
		return holder(year);
	}

	void release(int year) {
		if (this.held.remove(year)) {
			this.jdbc.update(this.sql.get("delete-year-lock.sql"), params(year));
		}
	}

	/** Whether a live process (this one included) holds the year. */
	boolean isHeld(int year) {
		return holder(year).filter((holder) -> !isStale(holder)).isPresent();
	}

	private Optional<Holder> holder(int year) {
		List<Holder> holders = this.jdbc.query(this.sql.get("select-year-lock.sql"), Map.of("year", year),
				(rs, i) -> new Holder(rs.getString("run_id"), rs.getString("owner"),
						rs.getObject("acquired_at", OffsetDateTime.class),
						rs.getObject("heartbeat_at", OffsetDateTime.class), rs.getObject("store_now", OffsetDateTime.class)));
		return holders.stream().findFirst();
	}

	/** A holder whose process (or, in this process, whose context) is gone, or who stopped beating. */
	private boolean isStale(Holder holder) {
		String[] parts = holder.owner().split(":");
		if (parts.length == 3 && parts[0].equals(this.host)) {
			long pid = Long.parseLong(parts[1]);
			if (pid == ProcessHandle.current().pid()) {
				return !LIVE_OWNERS.contains(holder.owner());
			}
			if (ProcessHandle.of(pid).map((p) -> !p.isAlive()).orElse(true)) {
				return true;
			}
		}
		return holder.heartbeatAt().plus(this.staleAfter).isBefore(holder.storeNow());
	}

	/** Never throws: one failed beat (the database briefly away) must not end the heartbeat for good. */
	private void beat() {
		for (int year : this.held) {
			try {
				this.jdbc.update(this.sql.get("update-year-lock-heartbeat.sql"), params(year));
			}
			catch (RuntimeException ex) {
				log.warn("year lock heartbeat of {} failed: {}", year, ex.getMessage());
			}
		}
	}

	private MapSqlParameterSource params(int year) {
		return new MapSqlParameterSource().addValue("year", year).addValue("owner", this.owner);
	}

	@Override
	public void close() {
		this.heartbeat.shutdownNow();
		LIVE_OWNERS.remove(this.owner);
		List.copyOf(this.held).forEach(this::release);
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "unknown-host";
		}
	}

}
