package org.annualstats.ingest;

import java.math.BigDecimal;

/**
 * A number from a totals row (合计) and the sum of the same column over the file's accepted rows,
 * before duplicates are merged and before the period filter (R8).
 */
public record ControlTotal(String source, String file, long rowNo, String field, BigDecimal declared,
		BigDecimal computed, boolean fileHadRejects) {

	public boolean agrees() {
		return this.declared.compareTo(this.computed) == 0;
	}

}
