package org.sonobill.server.appeal.letter;

/**
 * A letter template that cannot be used, with the template's name, the line and what is wrong: an unknown placeholder,
 * a block left open, a value that cannot be printed.
 */
public final class TemplateException extends RuntimeException {

    TemplateException(String template, int line, String problem) {
        super(template + " line " + line + ": " + problem);
    }

    TemplateException(String message) {
        super(message);
    }
}
