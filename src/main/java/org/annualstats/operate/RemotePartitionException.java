package org.annualstats.operate;

/**
 * Remote partitioning could not ingest: no worker listens, or a file partition failed on a worker
 * (its reason is the message).
 */
class RemotePartitionException extends IllegalStateException {

	RemotePartitionException(String message) {
		super(message);
	}

}
