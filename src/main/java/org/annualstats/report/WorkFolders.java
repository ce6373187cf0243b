package org.annualstats.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The hidden folders a run writes its outputs into before they are published. */
public final class WorkFolders {

	private WorkFolders() {
	}

	/**
	 * Removes the unpublished outputs of a run that will never be resumed.
	 *
	 * @return whether there was a folder to remove
	 */
	public static boolean dropAbandoned(Path outputRoot, int year, String runId) {
		Path work = OutputPublisher.workFolderOf(outputRoot, year, runId);
		if (!Files.isDirectory(work)) {
			return false;
		}
		try {
			OutputPublisher.deleteRecursively(work);
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot remove " + work, ex);
		}
	}

}
