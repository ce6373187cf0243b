package org.annualstats.operate;

import org.annualstats.ingest.ControlCharacters;

/**
 * Reconciliation found errors and the operator did not allow publishing anyway. The message quotes
 * keys from the input, so control characters are escaped.
 */
class ReconciliationErrorsException extends RuntimeException {

	ReconciliationErrorsException(String message) {
		super(ControlCharacters.escape(message));
	}

}
