package org.sonobill.x12.input;

/**
 * A file SonoBill refuses to read, or cannot open: the message says where (file, segment, element, byte offset)
 * and what was expected, and is meant to be shown to the user as it is.
 */
public class X12InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient X12Location location;
    private final String problem;

    public X12InputException(X12Location location, String problem) {
        super(location.describe() + ": " + problem);
        this.location = location;
        this.problem = problem;
    }

    public X12InputException(X12Location location, String problem, Throwable cause) {
        super(location.describe() + ": " + problem, cause);
        this.location = location;
        this.problem = problem;
    }

    /** Where the problem is. */
    public X12Location location() {
        return location;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }
}
