package org.sonobill.fhir.hl7;

import java.io.IOException;

/**
 * A broken MLLP frame: the stream ended or timed out inside a frame, the frame grew past its limit, or the end
 * block was not followed by a carriage return. The connection should be closed: its byte stream can no longer be
 * trusted to be in step with the frames.
 */
public final class MllpException extends IOException {
    private static final long serialVersionUID = 1L;

    MllpException(String message) {
        super(message);
    }
}
