package org.sonobill.engine.study;

import java.math.BigDecimal;

/** One recorded measurement, e.g. {@code {name: "CBD diameter", value: 4, unit: "mm"}}. */
public record Measurement(String name, BigDecimal value, String unit) {
}
