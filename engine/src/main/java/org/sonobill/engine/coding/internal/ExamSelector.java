package org.sonobill.engine.coding.internal;

import org.sonobill.engine.catalogue.ExamFamily;

/** Chooses the exam's code(s) from the documentation. One implementation per {@code selector} of the catalogue. */
interface ExamSelector {
    /** Adds the exam's lines and findings to the worksheet. */
    void select(Worksheet w, ExamFamily family);
}
