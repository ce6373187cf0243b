package org.annualstats.operate;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;

import org.annualstats.ingest.ExportFile;
import org.annualstats.ingest.FileReport;
import org.annualstats.ingest.FileRow;
import org.annualstats.ingest.IngestService;
import org.annualstats.ingest.ParsedRecord;
import org.annualstats.ingest.RecordSink;
import org.annualstats.ingest.RowRejectedException;
import org.annualstats.ingest.SourceCatalog;
import org.annualstats.store.StagingRepository;
import org.annualstats.store.StalledCopyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One partition of the ingest step, that is one export file: its rows are read, validated
 * (rejected rows are filtered and kept through the sink) and staged chunk by chunk, each chunk
 * committed with the file position; once the file is read its checks, control totals and
 * provenance are recorded in one transaction.
 */
@Component
@StepScope
class FileIngestion implements ItemStreamReader<FileRow>, ItemProcessor<FileRow, ParsedRecord>,
		ItemWriter<ParsedRecord>, StepExecutionListener {

	static final String SOURCE = "source";

	static final String FILE = "file";

	static final String FILE_SEQ = "fileSeq";

	/** The file's size when the partitions were made, so that the largest can start first. */
	static final String BYTES = "bytes";

	private static final Logger log = LoggerFactory.getLogger(FileIngestion.class);

	private final String source;

	private final ExportFile file;

	private final RecordSink sink;

	private final TransactionTemplate transaction;

	private final ProgressMeter progress;

	/** Why a chunk could not be written, when the database stopped taking its rows. */
	private StalledCopyException stalled;

	/**
	 * @param workerInputRoot where a worker on another machine finds the input root; by default the
	 * run's own
	 */
	FileIngestion(@Value("#{stepExecution}") StepExecution step, IngestService ingest, StagingRepository staging,
			SourceCatalog sources, PlatformTransactionManager transactionManager, ProgressMeter progress,
			@Value("${annualstats.remote.input-root:}") String workerInputRoot) {
		this.progress = progress;
		RunParameters run = RunParameters.of(step.getJobExecution().getJobParameters());
		ExecutionContext partition = step.getExecutionContext();
		this.source = partition.getString(SOURCE);
		Path inputRoot = workerInputRoot.isEmpty() ? run.inputRoot() : Path.of(workerInputRoot).toAbsolutePath();
		this.file = ingest.file(this.source, inputRoot, inputRoot.resolve(partition.getString(FILE)),
				partition.getInt(FILE_SEQ));
		this.sink = staging.sink(run.runId(), sources.source(this.source), this.file.displayName());
		this.transaction = new TransactionTemplate(transactionManager);
	}

	@Override
	public void open(ExecutionContext context) {
		this.file.open(context);
	}

	@Override
	public FileRow read() {
		return this.file.read();
	}

	@Override
	public void update(ExecutionContext context) {
		this.file.update(context);
	}

	@Override
	public void close() {
		this.file.close();
	}

	/**
	 * A rejected row is filtered out of the chunk (Batch counts it as filtered) and kept through the
	 * sink, written with the chunk: no exception travels through the step, which keeps the step off
	 * the per-row retry and skip machinery of a fault-tolerant one.
	 */
	@Override
	public ParsedRecord process(FileRow row) {
		try {
			return this.file.validate(row);
		}
		catch (RowRejectedException rejected) {
			this.sink.rejected(rejected.row());
			return null;
		}
	}

	@Override
	public void write(Chunk<? extends ParsedRecord> records) {
		try {
			for (ParsedRecord record : records) {
				this.sink.accepted(record);
			}
			this.sink.flush();
		}
		catch (StalledCopyException ex) {
			// the chunk's rollback then fails on the closed connection, and Batch reports that failure instead
			this.stalled = ex;
			throw ex;
		}
		this.progress.rows(IngestStepConfiguration.INGEST_STEP, this.file.displayName(), records.size());
	}

	/**
	 * A file read to its end still fails its partition when it has too many rejects or totals the
	 * store cannot hold: the step is marked failed here, as Batch does not fail a step on an
	 * exception thrown after its last chunk.
	 */
	@Override
	public ExitStatus afterStep(StepExecution step) {
		if (this.stalled != null) {
			step.addFailureException(this.stalled);
		}
		if (step.getStatus() != BatchStatus.COMPLETED) {
			return null;
		}
		try {
			FileReport report = this.transaction.execute((status) -> {
				this.sink.fileStarting(this.source, this.file.displayName());
				FileReport done = this.file.finish(this.sink);
				this.sink.fileDone(done);
				return done;
			});
			double seconds = Math.max(Duration.between(step.getStartTime(), LocalDateTime.now()).toMillis() / 1e3,
					1e-3);
			log.info("  {}  {} rows ({} accepted, {} rejected)  {} rows/s", report.file(), report.rowsRead(),
					report.rowsAccepted(), report.rowsRejected(), Math.round(step.getReadCount() / seconds));
			return null;
		}
		catch (RuntimeException ex) {
			step.setStatus(BatchStatus.FAILED);
			step.addFailureException(ex);
			return ExitStatus.FAILED.addExitDescription(ex);
		}
	}

}
