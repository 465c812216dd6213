package org.sonobill.engine.study;

/** Administrative sex as billing needs it (X12 DMG03: F, M, U). */
public enum Sex {
    F, M, U
}
