package org.annualstats.report;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * A chart's picture for a sheet: its size in pixels, known at once, so that the sheet can be laid
 * out around it, and its PNG, which may still be rendering on another thread.
 */
record Picture(int width, int height, Future<byte[]> rendering) {

	/** The PNG, once rendered; a chart that could not be rendered fails the workbook with its cause. */
	byte[] png() {
		try {
			return this.rendering.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while a chart was rendered", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException(ex.getCause().getMessage(), ex.getCause());
		}
	}

}
