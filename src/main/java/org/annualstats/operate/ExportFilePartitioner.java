package org.annualstats.operate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annualstats.ingest.IngestService;
import org.annualstats.ingest.SourceCatalog;
import org.annualstats.ingest.SourceSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition per export file of the year, all sources: the source, the file relative to the
 * input root (workers on other machines resolve it against their own) and its position in its
 * folder's name order, which decides conflicts, and its size, by which the files are started. A
 * restarted step keeps the partitions it had.
 */
class ExportFilePartitioner implements Partitioner {

	private static final Logger log = LoggerFactory.getLogger(ExportFilePartitioner.class);

	private final SourceCatalog sources;

	private final RunParameters run;

	ExportFilePartitioner(SourceCatalog sources, RunParameters run) {
		this.sources = sources;
		this.run = run;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (SourceSpec source : this.sources.sources()) {
			Path folder = this.run.inputRoot().resolve(String.valueOf(this.run.year())).resolve(source.id());
			List<Path> files = IngestService.exportFiles(folder);
			log.info("{} {}: {} file(s) in {}", this.run.year(), source.id(), files.size(), folder);
			for (int seq = 0; seq < files.size(); seq++) {
				ExecutionContext context = new ExecutionContext();
				context.putString(FileIngestion.SOURCE, source.id());
				context.putString(FileIngestion.FILE,
						this.run.inputRoot().relativize(files.get(seq)).toString().replace('\\', '/'));
				context.putInt(FileIngestion.FILE_SEQ, seq);
				context.putLong(FileIngestion.BYTES, size(files.get(seq)));
				partitions.put(String.format("%s-%05d", source.id(), seq), context);
			}
		}
		return partitions;
	}

	/** A file that cannot be read (a broken link) fails in its partition, with its reader's message. */
	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return 0;
		}
	}

}
