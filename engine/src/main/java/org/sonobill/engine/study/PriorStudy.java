package org.sonobill.engine.study;

/** An earlier study of the same patient on the same date, for repeat-procedure modifiers 76 and 77. */
public record PriorStudy(String exam, Laterality laterality, boolean sameProvider) {
}
