package org.annualstats.ingest;

import java.util.List;

/**
 * One field of a source, as declared in {@code jobs/sources/fields.csv}.
 *
 * @param name the field id, also the column name in the store
 * @param notBefore fields this date may not precede; the first one present is compared
 * @param requiredWhen {@code field=VALUE}: this field is required when that field has that value
 * @param labelZh the field's name in Chinese outputs: its header as the exports name it
 * @param labelEn the field's name in English outputs
 */
public record FieldSpec(String name, FieldType type, boolean required, String enumName, List<String> aliases,
		List<String> notBefore, String requiredWhen, String labelZh, String labelEn) {
}
