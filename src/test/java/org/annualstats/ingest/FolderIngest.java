package org.annualstats.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Reads a source folder file by file the way a file partition of the ingest step does — open, read,
 * validate, finish — without a job around it, so layouts and spellings are tested on real files.
 */
class FolderIngest {

	private final IngestService service;

	FolderIngest(SourceCatalog catalog, double rejectThreshold) {
		this.service = new IngestService(catalog, rejectThreshold);
	}

	List<FileReport> ingest(String source, Path folder, Path inputRoot, RecordSink sink) {
		List<FileReport> reports = new ArrayList<>();
		List<Path> files = IngestService.exportFiles(folder);
		for (int seq = 0; seq < files.size(); seq++) {
			ExportFile file = this.service.file(source, inputRoot, files.get(seq), seq);
			file.open(new ExecutionContext());
			try {
				for (FileRow row = file.read(); row != null; row = file.read()) {
					try {
						sink.accepted(file.validate(row));
					}
					catch (RowRejectedException ex) {
						sink.rejected(ex.row());
					}
				}
				FileReport report = file.finish(sink);
				sink.fileDone(report);
				reports.add(report);
			}
			finally {
				file.close();
			}
		}
		return reports;
	}

}
