package org.sonobill.x12.validate;

import io.xlate.edi.schema.EDIReference;
import io.xlate.edi.schema.EDISimpleType;
import io.xlate.edi.schema.EDIType;
import io.xlate.edi.stream.EDIStreamValidationError;
import java.util.Set;

/** Sentences for StAEDI's validation errors: what was found and what the implementation guide expects. */
final class ValidationMessages {
    private static final int MAX_CODES = 20;

    private ValidationMessages() {
    }

    static String message(EDIStreamValidationError error, EDIReference reference, String value) {
        String found = value == null || value.isEmpty() ? "" : "'" + value + "'";
        String what = name(reference);
        return switch (error) {
            case UNRECOGNIZED_SEGMENT_ID -> "not a known segment identifier";
            case SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET -> "the segment is not part of this transaction set";
            case UNEXPECTED_SEGMENT, SEGMENT_NOT_IN_PROPER_SEQUENCE ->
                    "the segment is out of order: the guide does not allow it at this point of the loop";
            case MANDATORY_SEGMENT_MISSING, IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE,
                 CONDITIONAL_REQUIRED_SEGMENT_MISSING, IMPLEMENTATION_DEPENDENT_SEGMENT_MISSING ->
                    "required segment " + what + " is missing before this point";
            case IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES -> "required loop " + what + " is missing";
            case LOOP_OCCURS_OVER_MAXIMUM_TIMES -> "loop " + what + " repeats more often than the guide allows"
                    + (reference != null ? " (at most " + reference.getMaxOccurs() + ")" : "");
            case SEGMENT_EXCEEDS_MAXIMUM_USE -> "the segment repeats more often than the guide allows"
                    + (reference != null ? " (at most " + reference.getMaxOccurs() + ")" : "");
            case IMPLEMENTATION_UNUSED_SEGMENT_PRESENT, IMPLEMENTATION_DEPENDENT_UNUSED_SEGMENT_PRESENT,
                 SEGMENT_EXCLUSION_CONDITION_VIOLATED ->
                    "the guide does not use this segment here (no loop or qualifier of the guide matches it)";
            case SEGMENT_HAS_DATA_ELEMENT_ERRORS -> "the segment has element errors";
            case REQUIRED_DATA_ELEMENT_MISSING, IMPLEMENTATION_DEPENDENT_DATA_ELEMENT_MISSING ->
                    "a required element is missing; expected " + expected(reference);
            case CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING ->
                    "the segment's syntax rule requires this element when a related one is present";
            case EXCLUSION_CONDITION_VIOLATED -> "the element must not appear together with a related element";
            case TOO_MANY_DATA_ELEMENTS -> "more elements than the segment defines";
            case TOO_MANY_REPETITIONS, IMPLEMENTATION_TOO_FEW_REPETITIONS ->
                    "wrong number of repetitions of the element";
            case TOO_MANY_COMPONENTS -> "more components than the composite defines";
            case IMPLEMENTATION_UNUSED_DATA_ELEMENT_PRESENT, IMPLEMENTATION_DEPENDENT_UNUSED_DATA_ELEMENT_PRESENT ->
                    "value " + found + " is present but the guide does not use this element";
            case DATA_ELEMENT_TOO_SHORT -> "value " + found + " is too short; expected " + expected(reference);
            case DATA_ELEMENT_TOO_LONG -> "value " + found + " is too long; expected " + expected(reference);
            case INVALID_CHARACTER_DATA -> "value " + found + " has characters the element does not allow; "
                    + "expected " + expected(reference);
            case INVALID_CODE_VALUE, IMPLEMENTATION_INVALID_CODE_VALUE ->
                    "value " + found + " is not a code the guide allows here" + codesOf(reference);
            case IMPLEMENTATION_PATTERN_MATCH_FAILURE -> "value " + found + " does not match the guide's pattern";
            case INVALID_DATE -> "value " + found + " is not a valid date; expected CCYYMMDD";
            case INVALID_TIME -> "value " + found + " is not a valid time; expected HHMM";
            case CONTROL_REFERENCE_MISMATCH -> "control number " + found + " does not match its header's";
            case CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT -> "count " + found + " does not match the actual count";
            default -> error.name().toLowerCase().replace('_', ' ') + (found.isEmpty() ? "" : " (" + found + ")");
        };
    }

    /** "; expected one of ..." when the schema's code list can be seen from the reference, else nothing. */
    private static String codesOf(EDIReference reference) {
        Set<String> values = null;
        if (reference instanceof EDISimpleType implementation) {
            values = implementation.getValueSet();
        }
        if ((values == null || values.isEmpty()) && reference != null
                && reference.getReferencedType() instanceof EDISimpleType simple) {
            values = simple.getValueSet();
        }
        return values == null || values.isEmpty() ? "" : "; expected " + codes(values);
    }

    private static String codes(Set<String> values) {
        return values.size() <= MAX_CODES ? "one of " + String.join(", ", values)
                : "one of the " + values.size() + " codes the guide lists";
    }

    private static String name(EDIReference reference) {
        if (reference == null || reference.getReferencedType() == null) {
            return "";
        }
        return reference.getReferencedType().getId();
    }

    private static String expected(EDIReference reference) {
        if (reference == null) {
            return "a value as the guide defines it";
        }
        if (reference instanceof EDISimpleType implementation && implementation.getValueSet() != null
                && !implementation.getValueSet().isEmpty()) {
            return codes(implementation.getValueSet());
        }
        EDIType type = reference.getReferencedType();
        if (type instanceof EDISimpleType simple) {
            Set<String> values = simple.getValueSet();
            if (values != null && !values.isEmpty()) {
                return codes(values);
            }
            return simple.getBase().name().toLowerCase() + " of " + simple.getMinLength() + " to "
                    + simple.getMaxLength() + " characters";
        }
        return type == null ? "a value as the guide defines it" : type.getId();
    }
}
