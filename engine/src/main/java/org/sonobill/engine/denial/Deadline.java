package org.sonobill.engine.denial;

import java.time.LocalDate;

/**
 * The last day for the next action on a denial.
 *
 * @param date the last day
 * @param what what is due ("Redetermination request due")
 * @param source the rule the window comes from
 */
public record Deadline(LocalDate date, String what, String source) {
}
