package org.annualstats.operate;

import org.annualstats.ingest.ControlTotal;
import org.annualstats.ingest.FileReport;
import org.annualstats.ingest.ParsedRecord;
import org.annualstats.ingest.RecordSink;
import org.annualstats.ingest.RejectedRow;

/**
 * Passes rows on to the store until a stop is requested, then ends the ingest step at the next row;
 * counts them for the step's progress lines.
 */
class StopAwareSink implements RecordSink {

	private final RecordSink delegate;

	private final GracefulStop stop;

	private final String source;

	private final ProgressMeter.Step progress;

	private String file;

	StopAwareSink(RecordSink delegate, GracefulStop stop, String source, ProgressMeter.Step progress) {
		this.delegate = delegate;
		this.stop = stop;
		this.source = source;
		this.progress = progress;
	}

	@Override
	public void fileStarted(String file) {
		this.file = file;
		this.delegate.fileStarted(file);
	}

	@Override
	public void accepted(ParsedRecord record) {
		if (this.stop.stopRequested()) {
			throw new RunStoppedException(this.source + " row " + record.rowNo());
		}
		this.delegate.accepted(record);
		this.progress.rows(this.file, 1);
	}

	@Override
	public void rejected(RejectedRow row) {
		this.delegate.rejected(row);
		this.progress.rows(this.file, 1);
	}

	@Override
	public void controlTotal(ControlTotal total) {
		this.delegate.controlTotal(total);
	}

	@Override
	public void fileDone(FileReport report) {
		this.delegate.fileDone(report);
	}

	@Override
	public void fileAborted() {
		this.delegate.fileAborted();
	}

}
