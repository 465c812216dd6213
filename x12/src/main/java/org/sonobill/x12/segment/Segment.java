package org.sonobill.x12.segment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sonobill.x12.input.X12InputException;
import org.sonobill.x12.input.X12Location;

/**
 * The current segment of a {@link SegmentScanner}: a view over the scanner's buffer that is valid until the next
 * call to {@link SegmentScanner#next()}. Element positions are 1-based, as in the implementation guides (CLP01 is
 * element 1); a position past the last element reads as empty. Values are converted on demand, and a value that
 * cannot be converted is refused with the segment, element and expected form named.
 */
public final class Segment {
    private final String source;
    char[] buffer;
    int[] starts = new int[64];
    int[] ends = new int[64];
    int elementCount;
    String id;
    long number;
    long positionInTransaction;
    char componentSeparator;
    char repetitionSeparator;

    Segment(String source, char componentSeparator, char repetitionSeparator) {
        this(source);
        this.componentSeparator = componentSeparator;
        this.repetitionSeparator = repetitionSeparator;
    }

    Segment(String source) {
        this.source = source;
    }

    /**
     * Loads the view from already split values (StAEDI's events): elements are joined with an internal separator
     * and components with the interchange's component separator, so every accessor behaves as for scanned text.
     */
    void load(String segmentId, List<String> elements, long ordinal, long inTransaction) {
        int length = segmentId.length();
        for (String element : elements) {
            length += element.length() + 1;
        }
        char[] text = new char[length];
        if (starts.length <= elements.size()) {
            starts = new int[elements.size() * 2 + 1];
            ends = new int[elements.size() * 2 + 1];
        }
        segmentId.getChars(0, segmentId.length(), text, 0);
        starts[0] = 0;
        ends[0] = segmentId.length();
        int at = segmentId.length();
        for (int i = 0; i < elements.size(); i++) {
            text[at++] = '\u001F';
            String element = elements.get(i);
            element.getChars(0, element.length(), text, at);
            starts[i + 1] = at;
            at += element.length();
            ends[i + 1] = at;
        }
        buffer = text;
        elementCount = elements.size();
        id = segmentId;
        number = ordinal;
        positionInTransaction = inTransaction;
    }

    /** The segment identifier (CLP, SVC, ...). */
    public String id() {
        return id;
    }

    /** 1-based ordinal of the segment in the file (the ISA is 1). */
    public long number() {
        return number;
    }

    /** 1-based position in the transaction set (ST is 1), as 999 IK302 and SE01 count; 0 outside one. */
    public long positionInTransaction() {
        return positionInTransaction;
    }

    /** The number of elements, trailing empty ones included as written. */
    public int elementCount() {
        return elementCount;
    }

    /** Whether the element is present and not empty. */
    public boolean has(int position) {
        return position <= elementCount && ends[position] > starts[position];
    }

    /** The element as text, or "" when absent. */
    public String text(int position) {
        if (position > elementCount) {
            return "";
        }
        return new String(buffer, starts[position], ends[position] - starts[position]);
    }

    /** Whether the element equals the given text (no allocation). */
    public boolean is(int position, String value) {
        if (position > elementCount) {
            return value.isEmpty();
        }
        int start = starts[position];
        int length = ends[position] - start;
        if (length != value.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (buffer[start + i] != value.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The element as a decimal (X12 type R or N2 written with a point), or null when absent. */
    public BigDecimal decimalOrNull(int position, String meaning) {
        if (!has(position)) {
            return null;
        }
        int start = starts[position];
        int length = ends[position] - start;
        try {
            return new BigDecimal(buffer, start, length);
        } catch (NumberFormatException e) {
            throw refuse(position, meaning + " is '" + text(position) + "'; expected a decimal number such as "
                    + "125.50");
        }
    }

    /** The element as a decimal; refused when absent. */
    public BigDecimal decimal(int position, String meaning) {
        BigDecimal value = decimalOrNull(position, meaning);
        if (value == null) {
            throw refuse(position, meaning + " is missing; the implementation guide requires it");
        }
        return value;
    }

    /** The element as a date (X12 DT, CCYYMMDD), or null when absent. */
    public LocalDate dateOrNull(int position, String meaning) {
        if (!has(position)) {
            return null;
        }
        int start = starts[position];
        int length = ends[position] - start;
        if (length != 8 || !digits(start, length)) {
            throw refuse(position, meaning + " is '" + text(position) + "'; expected a date as CCYYMMDD");
        }
        try {
            return LocalDate.of(number(start, 4), number(start + 4, 2), number(start + 6, 2));
        } catch (DateTimeException e) {
            throw refuse(position, meaning + " is '" + text(position) + "', which is not a calendar date");
        }
    }

    /** The components of a composite element (SVC01: qualifier, code, modifiers...), trailing empties dropped. */
    public List<String> components(int position) {
        List<String> parts = new ArrayList<>(4);
        if (!has(position)) {
            return parts;
        }
        int from = starts[position];
        int end = ends[position];
        for (int i = from; i <= end; i++) {
            if (i == end || buffer[i] == componentSeparator) {
                parts.add(new String(buffer, from, i - from));
                from = i + 1;
            }
        }
        while (!parts.isEmpty() && parts.get(parts.size() - 1).isEmpty()) {
            parts.remove(parts.size() - 1);
        }
        return parts;
    }

    /** The repetitions of a repeatable element, split on the interchange's repetition separator. */
    public List<String> repetitions(int position) {
        String value = text(position);
        if (repetitionSeparator == 0 || value.indexOf(repetitionSeparator) < 0) {
            return value.isEmpty() ? List.of() : List.of(value);
        }
        List<String> parts = new ArrayList<>();
        for (String part : value.split(Pattern.quote(String.valueOf(repetitionSeparator)))) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts;
    }

    /** The component separator in force (ISA16), for messages about composites. */
    public char componentSeparator() {
        return componentSeparator;
    }

    /** Where the element is, for messages. */
    public X12Location location(int position) {
        return X12Location.atElement(source, -1, number, id, position);
    }

    /** Where the segment is, for messages. */
    public X12Location location() {
        return X12Location.atSegment(source, number, id);
    }

    /** A refusal naming this segment and element. */
    public X12InputException refuse(int position, String problem) {
        return new X12InputException(location(position), problem);
    }

    /** The segment as written, for messages and debugging. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(id);
        for (int i = 1; i <= elementCount; i++) {
            out.append('*').append(buffer, starts[i], ends[i] - starts[i]);
        }
        // written with '*' whatever the file's element separator, as the guides print segments
        return out.toString();
    }

    private boolean digits(int start, int length) {
        for (int i = start; i < start + length; i++) {
            if (buffer[i] < '0' || buffer[i] > '9') {
                return false;
            }
        }
        return true;
    }

    private int number(int start, int length) {
        int value = 0;
        for (int i = start; i < start + length; i++) {
            value = value * 10 + buffer[i] - '0';
        }
        return value;
    }
}
