package org.annualstats.ingest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A digest of a record's parsed values: rows that spell the same values differently (2020/3/5 and
 * 2020-03-05, 11.4万元 and 114000元) get the same fingerprint, so they count as identical duplicates.
 */
class Fingerprinter {

	private final MessageDigest digest;

	Fingerprinter() {
		try {
			this.digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String of(Object[] values) {
		for (Object value : values) {
			String text = (value instanceof BigDecimal decimal) ? decimal.stripTrailingZeros().toPlainString()
					: (value != null) ? value.toString() : "";
			this.digest.update(text.getBytes(StandardCharsets.UTF_8));
			this.digest.update((byte) 0x1F);
		}
		return HexFormat.of().formatHex(this.digest.digest());
	}

}
