package org.sonobill.x12.claim;

import io.xlate.edi.schema.EDIReference;
import io.xlate.edi.schema.EDISimpleType;
import io.xlate.edi.schema.EDIType;
import io.xlate.edi.stream.EDIStreamValidationError;
import java.util.Set;
import java.util.TreeSet;

/** Turns StAEDI's validation errors into sentences saying what was found and what the guide expects. */
final class Problems {
    private static final int MAX_CODES = 25;

    private Problems() {
    }

    /**
     * The message for one validation error; {@code data} is the offending value (may be empty), {@code allowed} the
     * codes the guide allows at that place (may be empty).
     */
    static String message(EDIStreamValidationError error, EDIReference ref, CharSequence data, Set<String> allowed) {
        if (error == EDIStreamValidationError.IMPLEMENTATION_INVALID_CODE_VALUE && !allowed.isEmpty()) {
            return "value \"" + data + "\" is not allowed here; expected one of " + String.join(", ", allowed);
        }
        return message(error, ref, data);
    }

    /** The message for one validation error; {@code data} is the offending value (may be empty). */
    static String message(EDIStreamValidationError error, EDIReference ref, CharSequence data) {
        String found = data == null || data.length() == 0 ? "" : "\"" + data + "\"";
        String what = name(ref);
        return switch (error) {
            case UNRECOGNIZED_SEGMENT_ID -> "not a known segment id; expected an X12 segment of the 837";
            case SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET -> "segment is not part of the 837 transaction set";
            case UNEXPECTED_SEGMENT, SEGMENT_NOT_IN_PROPER_SEQUENCE ->
                    "segment is out of order: the guide does not allow it at this point of the loop";
            case MANDATORY_SEGMENT_MISSING, IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE,
                 CONDITIONAL_REQUIRED_SEGMENT_MISSING, IMPLEMENTATION_DEPENDENT_SEGMENT_MISSING ->
                    "required segment " + what + " is missing before this point";
            case IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES ->
                    "required loop " + what + " is missing" + (ref != null ? " (at least " + ref.getMinOccurs() + ")" : "");
            case LOOP_OCCURS_OVER_MAXIMUM_TIMES -> "loop " + what + " repeats more often than allowed"
                    + (ref != null ? " (at most " + ref.getMaxOccurs() + ")" : "");
            case SEGMENT_EXCEEDS_MAXIMUM_USE -> "segment repeats more often than allowed"
                    + (ref != null ? " (at most " + ref.getMaxOccurs() + ")" : "");
            case IMPLEMENTATION_UNUSED_SEGMENT_PRESENT, IMPLEMENTATION_DEPENDENT_UNUSED_SEGMENT_PRESENT,
                 SEGMENT_EXCLUSION_CONDITION_VIOLATED ->
                    "segment is not used here by the implementation guide (no loop or qualifier of the guide matches it)";
            case SEGMENT_HAS_DATA_ELEMENT_ERRORS -> "segment has element errors";
            case REQUIRED_DATA_ELEMENT_MISSING, IMPLEMENTATION_DEPENDENT_DATA_ELEMENT_MISSING ->
                    "required element is missing; expected " + expected(ref);
            case CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING ->
                    "element is required by the segment's syntax rule when a related element is present; expected "
                            + expected(ref);
            case EXCLUSION_CONDITION_VIOLATED -> "element must not be present together with a related element "
                    + "(syntax rule of the segment)";
            case TOO_MANY_DATA_ELEMENTS -> "more elements than the segment defines";
            case TOO_MANY_REPETITIONS, IMPLEMENTATION_TOO_FEW_REPETITIONS -> "wrong number of repetitions";
            case TOO_MANY_COMPONENTS -> "more components than the composite defines";
            case IMPLEMENTATION_UNUSED_DATA_ELEMENT_PRESENT, IMPLEMENTATION_DEPENDENT_UNUSED_DATA_ELEMENT_PRESENT ->
                    "value " + found + " is present but the guide does not use this element here";
            case DATA_ELEMENT_TOO_SHORT -> "value " + found + " is too short; expected " + expected(ref);
            case DATA_ELEMENT_TOO_LONG -> "value " + found + " is too long; expected " + expected(ref);
            case INVALID_CHARACTER_DATA -> "value " + found + " has characters not allowed; expected " + expected(ref);
            case INVALID_CODE_VALUE -> "value " + found + " is not allowed here; expected " + expected(ref);
            case IMPLEMENTATION_INVALID_CODE_VALUE -> expected(ref).startsWith("one of")
                    ? "value " + found + " is not allowed here; expected " + expected(ref)
                    : "value " + found + " is not one of the codes the implementation guide allows in this element";
            case IMPLEMENTATION_PATTERN_MATCH_FAILURE -> "value " + found + " does not match the guide's pattern";
            case INVALID_DATE -> "value " + found + " is not a valid date; expected CCYYMMDD";
            case INVALID_TIME -> "value " + found + " is not a valid time; expected HHMM[SS]";
            case CONTROL_REFERENCE_MISMATCH -> "control number " + found + " does not match its header's";
            case CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT -> "count " + found + " does not match the actual count";
            default -> error.name().toLowerCase().replace('_', ' ');
        };
    }

    /** A segment or loop named by code and title, e.g. "2010AA (Billing Provider Name)". */
    static String name(EDIReference ref) {
        if (ref == null) {
            return "";
        }
        EDIType t = ref.getReferencedType();
        String code = ref instanceof EDIType self && self.getCode() != null ? self.getCode() : t.getCode();
        String title = ref.getTitle() != null ? ref.getTitle() : t.getTitle();
        return title == null || title.isBlank() ? code : code + " (" + title + ")";
    }

    /** What an element accepts: its code list when it has one, else its type and length. */
    static String expected(EDIReference ref) {
        if (ref == null) {
            return "a value";
        }
        EDISimpleType simple = ref instanceof EDISimpleType s ? s
                : ref.getReferencedType() instanceof EDISimpleType s ? s : null;
        if (simple == null) {
            return "a value";
        }
        Set<String> codes = simple.getValueSet();
        if (codes != null && !codes.isEmpty()) {
            Set<String> sorted = new TreeSet<>(codes);
            if (sorted.size() <= MAX_CODES) {
                return "one of " + String.join(", ", sorted);
            }
            return "a code of the element's code list (" + sorted.size() + " codes)";
        }
        String kind = switch (simple.getBase()) {
            case DATE -> "a date (CCYYMMDD)";
            case TIME -> "a time (HHMM)";
            case DECIMAL -> "a decimal number";
            case NUMERIC -> "a whole number";
            case IDENTIFIER -> "a code";
            default -> "text";
        };
        long min = simple.getMinLength();
        long max = simple.getMaxLength();
        return kind + (min == max ? " of " + min + " characters" : " of " + min + " to " + max + " characters");
    }
}
