package org.sonobill.engine.reference;

/** A reference file that could not be read; the message names the file, the line and what was expected. */
public final class ReferenceDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ReferenceDataException(String message) {
        super(message);
    }

    public ReferenceDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
