package org.annualstats.operate;

/** Reconciliation found errors and the operator did not allow publishing anyway. */
class ReconciliationErrorsException extends RuntimeException {

	ReconciliationErrorsException(String message) {
		super(message);
	}

}
