package org.sonobill.x12.ack;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.sonobill.x12.segment.Segment;

/** Collects one 999 transaction set (005010X231A1): AK1, AK2 loops with IK3/IK4/CTX, IK5, AK9. */
final class ImplementationAckParser {
    private final String source;
    private final String interchangeControlNumber;
    private final String controlNumber;
    private final long segmentNumber;
    private String functionalIdentifier = "";
    private String groupControlNumber = "";
    private String groupVersion = "";
    private final List<TransactionSetResponse> responses = new ArrayList<>();
    private CodedText groupStatus = new CodedText("", "");
    private int included;
    private int received;
    private int accepted;
    private final List<CodedText> groupErrors = new ArrayList<>();
    private Response response;
    private SegmentNote note;

    ImplementationAckParser(String source, String interchangeControlNumber, Segment st) {
        this.source = source;
        this.interchangeControlNumber = interchangeControlNumber;
        this.controlNumber = st.text(2);
        this.segmentNumber = st.number();
    }

    void accept(Segment segment) {
        switch (segment.id()) {
            case "AK1" -> {
                functionalIdentifier = segment.text(1).trim();
                groupControlNumber = segment.text(2);
                groupVersion = segment.text(3);
            }
            case "AK2" -> {
                closeResponse();
                response = new Response(segment);
            }
            case "IK3" -> {
                requireResponse(segment);
                closeNote();
                note = new SegmentNote(segment);
            }
            case "CTX" -> {
                if (note != null) {
                    note.contexts.add(segment.toString().substring(4));
                }
            }
            case "IK4" -> {
                if (note == null) {
                    throw segment.refuse(0, "IK4 (implementation data element note) without the IK3 segment note "
                            + "it belongs to (005010X231A1 loop 2110 is inside loop 2100)");
                }
                note.elements.add(element(segment));
            }
            case "IK5" -> {
                requireResponse(segment);
                closeNote();
                response.status = CodedText.of("IK501", segment.text(1));
                for (int position = 2; position <= 6; position++) {
                    if (segment.has(position)) {
                        response.errors.add(CodedText.of("IK502", segment.text(position)));
                    }
                }
                closeResponse();
            }
            case "AK9" -> {
                closeResponse();
                groupStatus = CodedText.of("AK901", segment.text(1));
                included = count(segment, 2, "AK902 (number of transaction sets included)");
                received = count(segment, 3, "AK903 (number of received transaction sets)");
                accepted = count(segment, 4, "AK904 (number of accepted transaction sets)");
                for (int position = 5; position <= 9; position++) {
                    if (segment.has(position)) {
                        groupErrors.add(CodedText.of("AK905", segment.text(position)));
                    }
                }
            }
            default -> {
                // segments a 999 does not define are the validator's business
            }
        }
    }

    private void requireResponse(Segment segment) {
        if (response == null) {
            throw segment.refuse(0, segment.id() + " without the AK2 transaction set response header it belongs "
                    + "to (005010X231A1 loop 2000 starts with AK2)");
        }
    }

    private static int count(Segment segment, int position, String meaning) {
        BigDecimal value = segment.decimalOrNull(position, meaning);
        return value == null ? 0 : value.intValue();
    }

    /** IK401 is a composite: element position, component position, repeating data element position. */
    private static ElementError element(Segment ik4) {
        List<String> position = ik4.components(1);
        return new ElementError(number(ik4, position, 0), number(ik4, position, 1), number(ik4, position, 2),
                ik4.text(2), CodedText.of("IK403", ik4.text(3)), ik4.text(4));
    }

    private static int number(Segment ik4, List<String> parts, int index) {
        if (index >= parts.size() || parts.get(index).isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(parts.get(index));
        } catch (NumberFormatException e) {
            throw ik4.refuse(1, "IK401 (position in segment) is '" + ik4.text(1) + "'; expected positions as "
                    + "numbers, such as 2 or 5:1");
        }
    }

    private void closeNote() {
        if (note != null) {
            response.notes.add(note.build());
            note = null;
        }
    }

    private void closeResponse() {
        if (response != null) {
            closeNote();
            responses.add(response.build());
            response = null;
        }
    }

    ImplementationAcknowledgment build() {
        closeResponse();
        return new ImplementationAcknowledgment(source, interchangeControlNumber, controlNumber,
                functionalIdentifier, groupControlNumber, groupVersion, responses, groupStatus, included, received,
                accepted, groupErrors, segmentNumber);
    }

    /** One AK2 loop in progress. */
    private static final class Response {
        final String type;
        final String control;
        final String reference;
        CodedText status = new CodedText("", "no IK5 segment: the 999 does not say whether it was accepted");
        final List<CodedText> errors = new ArrayList<>();
        final List<SegmentError> notes = new ArrayList<>();

        Response(Segment ak2) {
            type = ak2.text(1);
            control = ak2.text(2);
            reference = ak2.text(3);
        }

        TransactionSetResponse build() {
            return new TransactionSetResponse(type, control, reference, status, errors, notes);
        }
    }

    /** One IK3 loop in progress. */
    private static final class SegmentNote {
        final String segmentId;
        final long position;
        final String loop;
        final CodedText error;
        final List<String> contexts = new ArrayList<>();
        final List<ElementError> elements = new ArrayList<>();

        SegmentNote(Segment ik3) {
            segmentId = ik3.text(1);
            BigDecimal at = ik3.decimalOrNull(2, "IK302 (segment position in transaction set)");
            position = at == null ? 0 : at.longValue();
            loop = ik3.text(3);
            error = CodedText.of("IK304", ik3.text(4));
        }

        SegmentError build() {
            return new SegmentError(segmentId, position, loop, error, contexts, elements);
        }
    }
}
