package org.sonobill.fhir.r4;

import java.util.Objects;

/**
 * A FHIR resource SonoBill cannot use. The message starts with the FHIRPath of the problem
 * ("DiagnosticReport.presentedForm: expected text/plain or a conclusion") and never quotes patient data or HAPI's
 * own message, so it can be logged and returned to the sender as is.
 */
public final class FhirException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String path;

    FhirException(String path, String problem) {
        super(path + ": " + problem);
        this.path = Objects.requireNonNull(path, "path");
    }

    /** The FHIRPath of the element at fault (DiagnosticReport.identifier, Bundle.entry...). */
    public String path() {
        return path;
    }
}
