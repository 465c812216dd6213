package org.sonobill.x12.segment;

import io.xlate.edi.schema.EDIReference;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.sonobill.x12.input.X12Input;
import org.sonobill.x12.input.X12InputException;
import org.sonobill.x12.input.X12Location;

/**
 * Segments as StAEDI reads them, validated against an implementation schema chosen per transaction set; StAEDI's
 * validation events go to a {@link Problems} sink. Slower than {@link SegmentScanner}: it is the validation path and
 * the independent tokeniser the fast path is cross-checked against.
 */
public final class StaediSegmentSource implements SegmentSource, AutoCloseable {
    private final EDIStreamReader reader;
    private final String source;
    private final Function<TransactionId, Schema> schemas;
    private final Problems problems;
    private final Segment segment;
    private final List<String> elements = new ArrayList<>();
    private final List<String> components = new ArrayList<>();
    private final List<String> loops = new ArrayList<>();
    private boolean inComposite;
    private String groupVersion = "";
    private String groupFunction = "";
    private long number;
    private long stNumber;
    private boolean inTransaction;
    private TransactionId pending;

    /** The type and version of a transaction set, for choosing its schema. */
    public record TransactionId(String type, String implementationReference, String groupVersion) {

        /** ST03 when present, else GS08 (005010X221A1, ...). */
        public String version() {
            return implementationReference.isEmpty() ? groupVersion : implementationReference;
        }
    }

    /** Receives StAEDI's validation errors. */
    public interface Problems {
        /**
         * One validation error.
         *
         * @param location file, segment ordinal, segment id, element position
         * @param loop the innermost implementation loop (2110, 1000A, ...) or ""
         * @param positionInTransaction segment position in the transaction set (ST is 1), 0 outside one
         * @param componentPosition the component of a composite element (SVC01-1 is 1), or 0
         * @param error StAEDI's error type
         * @param reference the schema reference of the failing segment or element, or null
         * @param value the offending value, or ""
         */
        void problem(X12Location location, String loop, long positionInTransaction, int componentPosition,
                     EDIStreamValidationError error, EDIReference reference, String value);

        /** A transaction set for which no schema exists (it is read, not validated). */
        default void notValidated(TransactionId transaction, long stSegment) {
        }
    }

    private StaediSegmentSource(X12Input input, Function<TransactionId, Schema> schemas, Problems problems) {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
        factory.setProperty(EDIInputFactory.EDI_NEST_HIERARCHICAL_LOOPS, false);
        this.reader = factory.createEDIStreamReader(input.utf8Stream());
        this.source = input.source();
        this.schemas = schemas;
        this.problems = problems;
        this.segment = new Segment(source, input.delimiters().component(), input.delimiters().repetition());
    }

    /**
     * Reads the input with StAEDI; {@code schemas} gives the implementation schema for a transaction set, or null
     * when SonoBill has none for it.
     */
    public static StaediSegmentSource of(X12Input input, Function<TransactionId, Schema> schemas,
                                         Problems problems) {
        return new StaediSegmentSource(input, schemas, problems);
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public Segment next() {
        try {
            while (reader.hasNext()) {
                if (step(reader.next())) {
                    return segment;
                }
            }
            return null;
        } catch (EDIStreamException e) {
            throw new X12InputException(X12Location.atSegment(source, number + 1, ""),
                    "StAEDI could not read the file: " + e.getMessage(), e);
        }
    }

    private boolean step(EDIStreamEvent event) {
        switch (event) {
            case START_TRANSACTION -> startTransaction();
            case START_SEGMENT -> {
                elements.clear();
                number++;
                if ("ST".equals(reader.getText())) {
                    stNumber = number;
                }
            }
            case START_COMPOSITE -> {
                inComposite = true;
                components.clear();
                pad();
            }
            case END_COMPOSITE -> {
                inComposite = false;
                elements.set(elements.size() - 1, joinComponents());
            }
            case ELEMENT_DATA -> data();
            case START_LOOP -> loops.add(reader.getReferenceCode());
            case END_LOOP -> {
                if (!loops.isEmpty()) {
                    loops.remove(loops.size() - 1);
                }
            }
            case END_SEGMENT -> {
                return endSegment();
            }
            case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> problem();
            case END_TRANSACTION -> inTransaction = false;
            default -> {
                // interchange and group boundaries: their segments arrive as segments
            }
        }
        return false;
    }

    /** StAEDI takes the transaction schema when the transaction starts, before the ST segment's elements. */
    private void startTransaction() {
        inTransaction = true;
        loops.clear();
        String type = transactionType();
        TransactionId transaction = new TransactionId(type, "", groupVersion);
        Schema schema = schemas.apply(transaction);
        if (schema != null) {
            reader.setTransactionSchema(schema);
        } else {
            problems.notValidated(transaction, number + 1);
        }
    }

    /**
     * ST01 as StAEDI knows it; StAEDI 1.26 cannot always tell it at this event (seen on a second functional group),
     * and then the group's functional identifier (GS01) names it: HP 835, FA 999, HN 277 (X12 element 479).
     */
    private String transactionType() {
        try {
            String type = reader.getTransactionType();
            if (type != null) {
                return type;
            }
        } catch (IllegalStateException notYetKnown) {
            // fall through to GS01
        }
        return switch (groupFunction) {
            case "HP" -> "835";
            case "FA" -> groupVersion.startsWith("005010X231") ? "999" : "997";
            case "HN" -> "277";
            default -> "";
        };
    }

    private void data() {
        var location = reader.getLocation();
        if (inComposite) {
            int component = location.getComponentPosition();
            while (components.size() < component - 1) {
                components.add("");
            }
            components.add(reader.getText());
            return;
        }
        int position = location.getElementPosition();
        while (elements.size() < position - 1) {
            elements.add("");
        }
        if (elements.size() >= position && location.getElementOccurrence() > 0) {
            elements.set(position - 1, elements.get(position - 1) + segment.repetitionSeparator + reader.getText());
        } else {
            elements.add(reader.getText());
        }
    }

    /** The composite as written: components joined by the interchange's separator, trailing empty ones dropped. */
    private String joinComponents() {
        int last = components.size();
        while (last > 0 && components.get(last - 1).isEmpty()) {
            last--;
        }
        return String.join(String.valueOf(segment.componentSeparator), components.subList(0, last));
    }

    private void pad() {
        int position = reader.getLocation().getElementPosition();
        while (elements.size() < position - 1) {
            elements.add("");
        }
        elements.add("");
    }

    private boolean endSegment() {
        String id = reader.getLocation().getSegmentTag();
        while (!elements.isEmpty() && elements.get(elements.size() - 1).isEmpty()) {
            elements.remove(elements.size() - 1);
        }
        long inSet = inTransaction || "SE".equals(id) ? number - stNumber + 1 : 0;
        segment.load(id, elements, number, inSet);
        if ("GS".equals(id)) {
            groupFunction = segment.text(1);
            groupVersion = segment.text(8);
        }
        return true;
    }

    private void problem() {
        var location = reader.getLocation();
        String tag = location.getSegmentTag() == null ? "" : location.getSegmentTag();
        long at = location.getSegmentPosition() > 0 ? location.getSegmentPosition() : number;
        problems.problem(X12Location.atElement(source, -1, at, tag, Math.max(0, location.getElementPosition())),
                loops.isEmpty() ? "" : loops.get(loops.size() - 1), inTransaction ? at - stNumber + 1 : 0,
                Math.max(0, location.getComponentPosition()), reader.getErrorType(), reader.getSchemaTypeReference(), offendingValue());
    }

    /**
     * The bad value of an element error; segment and occurrence errors (a syntax rule, a missing element) have
     * none, and StAEDI 1.26 fails when asked for their text.
     */
    private String offendingValue() {
        return reader.getEventType() == EDIStreamEvent.ELEMENT_DATA_ERROR && reader.hasText() ? reader.getText() : "";
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
