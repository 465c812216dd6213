package org.sonobill.server.web;

import java.io.ByteArrayInputStream;
import java.util.Set;
import org.sonobill.x12.input.InputOptions;
import org.sonobill.x12.input.X12Input;
import org.sonobill.x12.input.X12InputException;
import org.springframework.http.HttpStatus;

/** An X12 file posted as a request body: checked, opened, and refused with a problem that names the file. */
public final class X12Upload {
    private X12Upload() {
    }

    /**
     * Opens the body as X12 5010 of one of the transaction types given (ST01).
     *
     * @param what what the endpoint reads, for the messages ("an 835", "a 999 or 277CA")
     */
    public static X12Input open(byte[] body, String name, Set<String> types, String what, int maxBytes) {
        if (body.length == 0) {
            throw ApiException.badField("body", "expected " + what + " file (X12 5010) as the request body");
        }
        if (body.length > maxBytes) {
            throw ApiException.badField("body", "a file of " + body.length + " bytes is more than the API takes ("
                    + maxBytes + ")");
        }
        if (!name.matches("[A-Za-z0-9._ -]{1,120}")) {
            throw ApiException.badField("name", "expected a file name of letters, digits, dots, dashes, spaces");
        }
        X12Input input;
        try {
            input = X12Input.of(new ByteArrayInputStream(body), name, InputOptions.strict());
        } catch (X12InputException e) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "Not readable X12", e.getMessage());
        }
        if (!types.contains(input.transactionType())) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "Not " + what, name + " holds a "
                    + (input.transactionType().isEmpty() ? "file without a transaction set" : input.transactionType()
                    + " transaction set") + "; this endpoint reads " + what);
        }
        return input;
    }
}
