package org.sonobill.x12.validate;

import io.xlate.edi.schema.EDIReference;
import io.xlate.edi.stream.EDIStreamValidationError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.sonobill.x12.input.X12Input;
import org.sonobill.x12.input.X12InputException;
import org.sonobill.x12.input.X12Location;
import org.sonobill.x12.remit.ReadSummary;
import org.sonobill.x12.remit.RemittanceListener;
import org.sonobill.x12.remit.RemittanceReader;
import org.sonobill.x12.segment.Segment;
import org.sonobill.x12.segment.StaediSegmentSource;

/**
 * Validates 835, 999 and 277CA files with StAEDI against SonoBill's implementation schemas, and reads an 835 over
 * the same StAEDI events, so the fast reader's records can be compared with records built from StAEDI's tokens.
 */
public final class X12Validator {
    private X12Validator() {
    }

    /** Validates every transaction set of the input that SonoBill has a schema for. */
    public static ValidationReport validate(X12Input input) {
        Collector collector = new Collector();
        try (StaediSegmentSource segments = StaediSegmentSource.of(input, ImplementationSchemas::of, collector)) {
            Segment segment;
            do {
                segment = segments.next();
            } while (segment != null);
        } catch (IOException e) {
            throw new X12InputException(X12Location.of(input.source()),
                    "the file could not be closed: " + e.getMessage(), e);
        }
        return new ValidationReport(input.source(), collector.problems, collector.notValidated);
    }

    /**
     * Reads an 835 over StAEDI's tokens (validating as it goes) into the same records as
     * {@link RemittanceReader#read}: the slow, independent path for cross-checks and for a {@code validate} mode.
     */
    public static ValidatedRead readRemittance(X12Input input, RemittanceListener listener) {
        Collector collector = new Collector();
        ReadSummary summary;
        try (StaediSegmentSource segments = StaediSegmentSource.of(input, ImplementationSchemas::of, collector)) {
            summary = RemittanceReader.read(input, segments, listener);
        } catch (IOException e) {
            throw new X12InputException(X12Location.of(input.source()),
                    "the file could not be closed: " + e.getMessage(), e);
        }
        return new ValidatedRead(summary,
                new ValidationReport(input.source(), collector.problems, collector.notValidated));
    }

    /**
     * An 835 read over StAEDI's tokens.
     *
     * @param summary the reader's counts
     * @param report the validation problems found on the way
     */
    public record ValidatedRead(ReadSummary summary, ValidationReport report) {
    }

    /** Turns StAEDI's events into problems with messages. */
    private static final class Collector implements StaediSegmentSource.Problems {
        final List<ValidationProblem> problems = new ArrayList<>();
        final List<String> notValidated = new ArrayList<>();

        @Override
        public void problem(X12Location location, String loop, long positionInTransaction, int componentPosition,
                            EDIStreamValidationError error, EDIReference reference, String value) {
            String message = ValidationMessages.message(error, reference, value);
            if (error == EDIStreamValidationError.IMPLEMENTATION_INVALID_CODE_VALUE
                    || error == EDIStreamValidationError.INVALID_CODE_VALUE) {
                var codes = ImplementationCodes.of(loop, location.segmentId(), location.elementPosition(),
                        componentPosition);
                if (!codes.isEmpty() && !message.contains("; expected")) {
                    message += "; expected one of " + String.join(", ", codes);
                }
            }
            problems.add(new ValidationProblem(location, loop, positionInTransaction, error.name(), message));
        }

        @Override
        public void notValidated(StaediSegmentSource.TransactionId transaction, long stSegment) {
            notValidated.add("transaction set " + transaction.type() + " at segment " + stSegment + " ("
                    + (transaction.version().isEmpty() ? "no version" : transaction.version())
                    + "): SonoBill has no implementation schema for it, so it was read without validation");
        }
    }
}
