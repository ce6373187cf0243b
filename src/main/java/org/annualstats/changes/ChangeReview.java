package org.annualstats.changes;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.annualstats.jobs.JobsFiles;
import org.annualstats.metrics.MetricRow;
import org.annualstats.reconcile.Finding;
import org.annualstats.reconcile.FindingRepository;
import org.annualstats.reconcile.ReconciliationChecks;
import org.annualstats.reconcile.ReconciliationChecks.Phase;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

import org.springframework.stereotype.Component;

/**
 * Puts each large change of a run beside the explanations recorded for its year: a large change
 * without one is finding R11 (warning), and so is an explanation of a figure that does not exist
 * or did not change beyond the gate (information), so that nothing recorded is silently kept.
 */
@Component
public class ChangeReview {

	/** The id of this check's findings, declared with its messages in {@code jobs/checks/}. */
	public static final String CHECK = "R11";

	static final String FILE = "explanations.csv";

	private final ChangeGate gate;

	private final FindingRepository findings;

	private final ReconciliationChecks checks;

	public ChangeReview(ChangeGate gate, FindingRepository findings, ReconciliationChecks checks) {
		this.gate = gate;
		this.findings = findings;
		this.checks = checks;
		checks.computes(CHECK, Phase.CHANGES, "change_unexplained", "explanation_not_needed",
				"explanation_unknown_metric");
	}

	/**
	 * Records the run's R11 findings.
	 *
	 * @return the explanations that explain a large change, keyed by {@link Explanation#key}
	 */
	public Map<String, Explanation> review(String runId, int year, Path inputRoot, List<MetricRow> rows) {
		Path file = inputRoot.resolve(String.valueOf(year)).resolve(FILE);
		Map<String, Located> recorded = read(file);
		Map<String, Explanation> used = new LinkedHashMap<>();
		List<Finding> found = new ArrayList<>();
		for (MetricRow row : rows) {
			String key = Explanation.key(row.metric().id(), row.member());
			Located explanation = recorded.remove(key);
			boolean large = this.gate.needsExplanation(row);
			String source = row.metric().source().isEmpty() ? "reference" : row.metric().source();
			if (large && explanation != null) {
				used.put(key, explanation.explanation());
			}
			else if (large) {
				found.add(this.checks.finding("change_unexplained", source, key(row), row.metric().labelZh(),
						row.metric().labelEn(), plain(row.previous()), plain(row.value()), percent(row.changeRatio()),
						file.toString()));
			}
			else if (explanation != null) {
				found.add(this.checks.finding("explanation_not_needed", source, key(row), row.metric().labelZh(),
						row.metric().labelEn(), file.toString(), explanation.line()));
			}
		}
		recorded.values()
			.forEach((left) -> found.add(this.checks.finding("explanation_unknown_metric", "reference",
					left.explanation().metricId(), file.toString(), left.line())));
		this.findings.replace(runId, CHECK, found);
		return used;
	}

	private static String key(MetricRow row) {
		return row.member().isEmpty() ? row.metric().id() : row.metric().id() + "|" + row.member();
	}

	private static String plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return ((stripped.scale() < 0) ? stripped.setScale(0) : stripped).toPlainString();
	}

	private static String percent(BigDecimal ratio) {
		return String.format("%+.1f%%", ratio.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP));
	}

	/** An explanation and the line of the file it is on. */
	private record Located(Explanation explanation, long line) {
	}

	/** The year's explanations by key; none when the file is absent. */
	private static Map<String, Located> read(Path file) {
		Map<String, Located> explanations = new LinkedHashMap<>();
		if (!Files.isRegularFile(file)) {
			return explanations;
		}
		try (Reader reader = new InputStreamReader(
				BOMInputStream.builder().setInputStream(Files.newInputStream(file)).get(), StandardCharsets.UTF_8)) {
			JobsFiles.readCsv(reader, (row) -> {
				long line = row.getRecordNumber() + 1;
				String metric = Optional.ofNullable(row.isMapped("metric_id") ? row.get("metric_id") : null)
					.orElseThrow(() -> new IllegalStateException(file + " has no column metric_id; expected "
							+ "metric_id,member,text,author,date (and text_en for the English outputs)"));
				Explanation explanation = new Explanation(metric, get(row, "member"), get(row, "text"),
						get(row, "text_en"), get(row, "author"), get(row, "date"));
				if (explanation.text().isBlank()) {
					throw new IllegalStateException(file + " line " + line + ": the explanation of " + metric + " is empty");
				}
				return explanations.put(Explanation.key(metric, explanation.member()), new Located(explanation, line));
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
		return explanations;
	}

	private static String get(CSVRecord row, String column) {
		return row.isMapped(column) && row.isSet(column) ? row.get(column) : "";
	}

}
