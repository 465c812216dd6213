package org.sonobill.cli;

import org.sonobill.x12.ack.Acknowledgments;
import org.sonobill.x12.input.X12Input;
import org.sonobill.x12.remit.ReadSummary;
import org.sonobill.x12.remit.RemittanceListener;
import org.sonobill.x12.validate.ValidationReport;

/** Prints what {@code x12 read} finds, as text or JSON lines; remittance records arrive as they are read. */
interface X12Printer extends RemittanceListener {

    /** A file was opened (its encoding, version and the notices of how it was read). */
    void file(X12Input input);

    /** The counts of a remittance file, after its last record. */
    void summary(ReadSummary summary);

    /** What validating a file against the implementation schemas found. */
    void validation(ValidationReport report);

    /** The acknowledgments of a file. */
    void acknowledgments(Acknowledgments acknowledgments);

    /** The claims of an 837 file with each transaction set's problems (a set with problems is refused whole). */
    void claims(org.sonobill.x12.claim.ReadResult claims);
}
