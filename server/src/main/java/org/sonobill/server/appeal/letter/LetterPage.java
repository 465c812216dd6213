package org.sonobill.server.appeal.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sonobill.server.appeal.letter.AppealFacts.DeniedLine;
import org.sonobill.server.appeal.letter.AppealFacts.Evidence;

/**
 * What the letter layout ({@code src/main/jte-appeal/letter.jte}) prints, every value already formatted as text: the
 * template only places and escapes it.
 */
record LetterPage(
        String practiceName,
        List<String> practiceLines,
        String date,
        String payerName,
        List<String> payerLines,
        List<Row> reference,
        String salutation,
        List<Block> body,
        List<LineRow> lines,
        List<Row> evidence,
        List<AttachmentChecklist.Item> attachments,
        String signerName,
        String signerTitle,
        String footer) {

    /** A label and its value. */
    record Row(String label, String value) {}

    /** A body paragraph, or a list when {@code items} is not empty. */
    record Block(String text, List<String> items) {
        boolean isList() {
            return !items.isEmpty();
        }
    }

    /** A denied line as the table shows it. */
    record LineRow(String code, String units, String charge, String denied, String adjustment, List<String> remarks) {}

    static LetterPage of(AppealFacts facts, String body) {
        var practice = facts.practice();
        var claim = facts.claim();
        return new LetterPage(
                practice.name(),
                Stream.concat(practice.addressLines().stream(), Stream.of(
                        join(" | ", labelled("Phone ", practice.phone()), labelled("NPI ", practice.billingNpi()),
                                labelled("Tax ID ", practice.taxId())))).filter(s -> !s.isBlank()).toList(),
                Placeholders.format(facts.letterDate()),
                facts.payer().name(),
                facts.payer().addressLines().isEmpty() ? List.of("Appeals Department") : facts.payer().addressLines(),
                reference(facts),
                "Dear Appeals Reviewer:",
                blocks(body),
                facts.deniedLines().stream().map(LetterPage::lineRow).toList(),
                evidence(facts.evidence()),
                AttachmentChecklist.of(facts).items(),
                facts.signer().name(),
                facts.signer().title(),
                join("  |  ", labelled("Claim ", claim.claimNumber()), labelled("ICN ", claim.payerClaimNumber()),
                        labelled("", facts.level().name())));
    }

    private static List<Row> reference(AppealFacts facts) {
        var claim = facts.claim();
        var patient = facts.patient();
        return List.of(
                new Row("Patient", patient.name() + (patient.dateOfBirth() == null ? ""
                        : " (date of birth " + Placeholders.format(patient.dateOfBirth()) + ")")),
                new Row("Member ID", Placeholders.format(patient.memberId())),
                new Row("Claim / ICN", claim.claimNumber() + " / " + Placeholders.format(claim.payerClaimNumber())),
                new Row("Date of service", Placeholders.format(claim.dateOfService())
                        + (claim.placeOfService() == null ? "" : " (place of service " + claim.placeOfService() + ")")),
                new Row("Amounts", "billed " + Placeholders.money(claim.totalBilled()) + ", denied "
                        + Placeholders.money(claim.totalDenied())),
                new Row("Appeal", facts.level().name() + " (level " + facts.level().number() + ")"));
    }

    private static LineRow lineRow(DeniedLine line) {
        var adjustment = line.adjustment();
        return new LineRow(line.billedAs(), String.valueOf(line.units()), Placeholders.money(line.charge()),
                Placeholders.money(line.deniedAmount()),
                adjustment == null ? "" : adjustment.code() + " " + Placeholders.format(adjustment.description()),
                line.remarks().stream().map(r -> r.code() + " " + Placeholders.format(r.description())).toList());
    }

    private static List<Row> evidence(Evidence evidence) {
        List<Row> rows = new ArrayList<>();
        add(rows, "Indication", evidence.indication());
        add(rows, "Diagnoses", evidence.diagnoses().stream()
                .map(d -> d.code() + " " + Placeholders.format(d.description())).collect(Collectors.joining("; ")));
        add(rows, "Elements", evidence.elements().isEmpty() ? "" : evidence.elementsDocumented() + " of "
                + evidence.elements().size() + " documented: " + evidence.elements().stream()
                        .map(e -> e.name() + " (" + e.status() + ")").collect(Collectors.joining(", ")));
        add(rows, "Images", evidence.imagesStored() + " stored images, " + evidence.cineClips() + " cine clips");
        var order = evidence.order();
        add(rows, "Order", order == null ? "none on file" : AttachmentChecklist.orderedBy(order)
                + (order.reasonForExam() == null ? "" : ": " + order.reasonForExam()));
        var report = evidence.report();
        add(rows, "Signed report", report == null ? "not signed" : AttachmentChecklist.signedBy(report));
        add(rows, "Policy", String.join("; ", evidence.policyCitations()));
        add(rows, "ABN", evidence.abn() == null ? "" : "signed " + Placeholders.format(evidence.abn().signedOn()));
        return rows;
    }

    /**
     * The edited body as blocks: blank lines separate paragraphs, lines of a paragraph are joined, and lines starting
     * with "- " or "* " are list items.
     */
    static List<Block> blocks(String body) {
        List<Block> blocks = new ArrayList<>();
        List<String> text = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (String raw : (body == null ? "" : body).replace("\r\n", "\n").split("\n", -1)) {
            String line = raw.strip();
            boolean item = line.startsWith("- ") || line.startsWith("* ");
            if (line.isEmpty() || (item && !text.isEmpty()) || (!item && !items.isEmpty())) {
                flush(blocks, text, items);
            }
            if (item) {
                items.add(line.substring(2).strip());
            } else if (!line.isEmpty()) {
                text.add(line);
            }
        }
        flush(blocks, text, items);
        return blocks;
    }

    private static void flush(List<Block> blocks, List<String> text, List<String> items) {
        if (!text.isEmpty()) {
            blocks.add(new Block(String.join(" ", text), List.of()));
        }
        if (!items.isEmpty()) {
            blocks.add(new Block("", List.copyOf(items)));
        }
        text.clear();
        items.clear();
    }

    private static void add(List<Row> rows, String label, String value) {
        if (value != null && !value.isBlank()) {
            rows.add(new Row(label, value));
        }
    }

    private static String labelled(String label, String value) {
        return value == null || value.isBlank() ? "" : label + value;
    }

    private static String join(String separator, String... parts) {
        return Stream.of(parts).filter(p -> !p.isBlank()).collect(Collectors.joining(separator));
    }
}
