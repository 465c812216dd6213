package org.sonobill.engine.study;

/** Permanently stored images and cine clips. */
public record Images(int stored, int cine) {
    public static final Images NONE = new Images(0, 0);
}
