package org.annualstats.ingest;

import java.util.ArrayList;
import java.util.List;

/** Keeps what ingestion emitted, for assertions. */
class CollectingSink implements RecordSink {

	final List<ParsedRecord> records = new ArrayList<>();

	final List<RejectedRow> rejects = new ArrayList<>();

	final List<ControlTotal> totals = new ArrayList<>();

	@Override
	public void accepted(ParsedRecord record) {
		this.records.add(record);
	}

	@Override
	public void rejected(RejectedRow row) {
		this.rejects.add(row);
	}

	@Override
	public void controlTotal(ControlTotal total) {
		this.totals.add(total);
	}

	Object value(int record, SourceSpec source, String field) {
		return this.records.get(record).values()[source.columns().indexOf(field)];
	}

}
