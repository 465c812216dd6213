package org.sonobill.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import org.sonobill.x12.input.X12Location;

/**
 * Writes the x12 module's immutable records as JSON by their components, so what {@code x12 read} prints follows
 * the records without a hand-kept mapping: money as exact decimal strings, dates as ISO dates, locations as text.
 */
final class RecordJson {
    private RecordJson() {
    }

    /** Writes a record as a JSON object, leaving out the named components (back-references). */
    static void write(JsonGenerator json, Record record, Set<String> skipped) throws IOException {
        json.writeStartObject();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (skipped.contains(component.getName())) {
                continue;
            }
            json.writeFieldName(component.getName());
            value(json, read(record, component), skipped);
        }
        json.writeEndObject();
    }

    private static void value(JsonGenerator json, Object value, Set<String> skipped) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof BigDecimal amount) {
            json.writeString(amount.toPlainString());
        } else if (value instanceof LocalDate date) {
            json.writeString(date.toString());
        } else if (value instanceof X12Location location) {
            json.writeString(location.describe());
        } else if (value instanceof Record record) {
            write(json, record, skipped);
        } else if (value instanceof Collection<?> items) {
            json.writeStartArray();
            for (Object item : items) {
                value(json, item, skipped);
            }
            json.writeEndArray();
        } else if (value instanceof Number number) {
            json.writeNumber(number.toString());
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else {
            json.writeString(value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }

    private static Object read(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of "
                    + record.getClass().getSimpleName(), e);
        }
    }
}
