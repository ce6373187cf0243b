package org.annualstats.operate;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.annualstats.ingest.ControlCharacters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A progress line at a fixed interval (default 10 s) for every step in progress, so that no step
 * is silent for long: the step, and for steps that read rows the file, the rows so far and the
 * rows per second since the last line; a step that runs SQL says how long it has been working.
 * Whatever reads rows reports them with {@link Step#rows} (the ingest's sink today; a chunk
 * listener would call it the same way).
 */
@Component
public class ProgressMeter implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ProgressMeter.class);

	private final Duration interval;

	private final Consumer<String> lines;

	private final Set<Step> steps = ConcurrentHashMap.newKeySet();

	private ScheduledExecutorService ticker;

	@Autowired
	ProgressMeter(@Value("${annualstats.progress-interval:10s}") Duration interval) {
		this(interval, log::info);
	}

	ProgressMeter(Duration interval, Consumer<String> lines) {
		this.interval = interval;
		this.lines = lines;
	}

	/** A step begins; closing it ends its progress lines. */
	public synchronized Step start(String name) {
		if (this.ticker == null) {
			this.ticker = Executors.newSingleThreadScheduledExecutor((task) -> {
				Thread thread = new Thread(task, "progress");
				thread.setDaemon(true);
				return thread;
			});
			this.ticker.scheduleAtFixedRate(this::tick, this.interval.toMillis(), this.interval.toMillis(),
					TimeUnit.MILLISECONDS);
		}
		Step step = new Step(name, System.nanoTime());
		this.steps.add(step);
		return step;
	}

	/** {@code count} more rows read from {@code file} by the step of that name, if it runs in this process. */
	public void rows(String stepName, String file, long count) {
		for (Step step : this.steps) {
			if (step.name.equals(stepName)) {
				step.rows(file, count);
			}
		}
	}

	@Override
	public synchronized void destroy() {
		if (this.ticker != null) {
			this.ticker.shutdownNow();
		}
	}

	private void tick() {
		long now = System.nanoTime();
		for (Step step : this.steps) {
			this.lines.accept(step.line(now));
		}
	}

	/** One step in progress. */
	public final class Step implements AutoCloseable {

		private final String name;

		private final long started;

		private final AtomicLong rows = new AtomicLong();

		private volatile String file;

		private long lastRows;

		private long lastTime;

		private Step(String name, long started) {
			this.name = name;
			this.started = started;
			this.lastTime = started;
		}

		/** {@code count} more rows read from {@code file}. */
		public void rows(String file, long count) {
			this.file = file;
			this.rows.addAndGet(count);
		}

		private String line(long now) {
			long seconds = TimeUnit.NANOSECONDS.toSeconds(now - this.started);
			long rows = this.rows.get();
			if (rows == 0) {
				return String.format("  %s: working, %d s", this.name, seconds);
			}
			double elapsed = Math.max((now - this.lastTime) / 1e9, 1e-3);
			long rate = Math.round((rows - this.lastRows) / elapsed);
			this.lastRows = rows;
			this.lastTime = now;
			return String.format("  %s: %s, %,d rows so far, %,d rows/s, %d s", this.name,
					ControlCharacters.escape(this.file), rows, rate, seconds);
		}

		@Override
		public void close() {
			ProgressMeter.this.steps.remove(this);
		}

	}

}
