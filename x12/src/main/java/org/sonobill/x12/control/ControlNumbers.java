package org.sonobill.x12.control;

/**
 * Hands out interchange control numbers (ISA13, also used as GS06) that never repeat for a sender: a receiver rejects
 * an interchange whose control number it has seen before (X12.5 interchange control structure; 005010X222A1
 * appendix C). The CLI keeps them in a file ({@link FileControlNumbers}); the server keeps them in PostgreSQL.
 */
public interface ControlNumbers {
    /** The largest interchange control number: ISA13 is nine digits. */
    long MAX = 999_999_999L;

    /**
     * The next unused control number, between 1 and {@link #MAX}; never the same twice.
     *
     * @throws ControlNumberException when the numbers are exhausted or cannot be stored
     */
    long next();
}
