package org.sonobill.x12.control;

/** Control numbers could not be handed out (the store cannot be read or written, or the numbers are exhausted). */
public final class ControlNumberException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ControlNumberException(String message, Throwable cause) {
        super(message, cause);
    }
}
