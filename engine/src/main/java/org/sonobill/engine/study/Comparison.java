package org.sonobill.engine.study;

import java.time.LocalDate;

/** A comparison with a prior study. */
public record Comparison(LocalDate priorDate) {
}
