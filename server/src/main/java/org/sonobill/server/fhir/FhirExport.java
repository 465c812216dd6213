package org.sonobill.server.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Money;
import org.sonobill.engine.coding.CodedLine;
import org.sonobill.engine.coding.CodedStudy;
import org.sonobill.engine.coding.CodingContext;
import org.sonobill.engine.coding.CodingStatus;
import org.sonobill.engine.study.ClaimType;
import org.sonobill.engine.study.Report;
import org.sonobill.engine.study.StudyDocumentation;
import org.sonobill.fhir.r4.AdjustmentGroup;
import org.sonobill.fhir.r4.ClaimParties;
import org.sonobill.fhir.r4.ClaimWriter;
import org.sonobill.fhir.r4.EobWriter;
import org.sonobill.fhir.r4.LineAdjustment;
import org.sonobill.fhir.r4.RemittanceLine;
import org.sonobill.fhir.r4.RemittanceOutcome;
import org.sonobill.server.security.SonoBillUser;
import org.sonobill.server.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The server's claims as FHIR R4: a {@code Claim} (use claim) from the claim, its lines and diagnoses, written by the
 * fhir module's {@link ClaimWriter} and given the charges and total the server holds; an
 * {@code ExplanationOfBenefit} from the claim's latest remittance (lines as posted from the 835, or the claim's
 * lines with their adjustments), written by its {@link EobWriter}. Read only; scoped to the caller's organisation.
 */
@Service
public class FhirExport {
    static final String CLAIM_NUMBER_SYSTEM = "urn:sonobill:claim-number";
    private static final FhirContext R4 = FhirContext.forR4Cached();
    private final ClaimWriter claims = new ClaimWriter();
    private final EobWriter eobs = new EobWriter();
    private final JdbcClient jdbc;

    public FhirExport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Head(long id, String number, long patientId, String payerCode, String payerName, String rulePack,
                        String claimType, String pos, String status, BigDecimal total, String billingNpi,
                        String billingName, String renderingNpi, String orderingNpi, OffsetDateTime createdAt) {
    }

    private record Line(long id, int number, String code, List<String> modifiers, int units, BigDecimal charge,
                        BigDecimal paid, List<Integer> pointers, LocalDate dateOfService) {
    }

    /** The claim as a FHIR R4 Claim, JSON. */
    public String claim(SonoBillUser user, long claimId) {
        Head h = head(user, claimId);
        List<Line> lines = lines(user.organisationId(), claimId);
        List<String> dx = jdbc.sql("SELECT code FROM claim_diagnoses WHERE organisation_id = ? AND claim_id = ? "
                + "ORDER BY position").params(user.organisationId(), claimId).query(String.class).list();
        List<CodedLine> coded = new ArrayList<>();
        for (Line l : lines) {
            List<String> pointed = l.pointers().stream().filter(p -> p >= 1 && p <= dx.size())
                    .map(p -> dx.get(p - 1)).toList();
            coded.add(new CodedLine(l.code(), l.modifiers(), l.units(), pointed, null, null, null));
        }
        LocalDate dos = lines.stream().map(Line::dateOfService).min(LocalDate::compareTo).orElseThrow();
        CodedStudy study = new CodedStudy(h.number(), CodingStatus.READY, coded, List.of(), new CodingContext(
                h.claimType(), null, h.rulePack(), h.pos(), false, List.of()));
        StudyDocumentation doc = new StudyDocumentation(h.number(), dos, h.pos(), ClaimType.valueOf(
                h.claimType().toUpperCase(java.util.Locale.ROOT)), null, h.rulePack(), null, null, null, null, false,
                null, null, null, null, null, null, null, null, null, new Report(true, h.renderingNpi(), false),
                h.orderingNpi(), null, null, null, null, false, null);
        Claim claim = claims.claim(study, doc, parties(h), h.createdAt().toLocalDate());
        claim.setId(String.valueOf(h.id()));
        claim.addIdentifier(new Identifier().setSystem(CLAIM_NUMBER_SYSTEM).setValue(h.number()));
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            Claim.ItemComponent item = claim.getItem().get(i);
            item.setUnitPrice(usd(l.charge().divide(BigDecimal.valueOf(l.units()), 2, java.math.RoundingMode.HALF_UP)));
            item.setNet(usd(l.charge()));
        }
        claim.setTotal(usd(h.total()));
        return R4.newJsonParser().setPrettyPrint(true).encodeResourceToString(claim);
    }

    /** The claim's latest remittance as a FHIR R4 ExplanationOfBenefit, JSON. */
    public String explanationOfBenefit(SonoBillUser user, long claimId) {
        Head h = head(user, claimId);
        long org = user.organisationId();
        record Paid(long id, String trace, LocalDate paidOn, BigDecimal charge, BigDecimal paid,
                    BigDecimal patient) {
        }
        Paid r = jdbc.sql("""
                        SELECT rc.id, m.trace_number, coalesce(m.paid_on, m.received_at::date) AS paid_on, rc.charge,
                               rc.paid, rc.patient_responsibility
                        FROM remittance_claims rc JOIN remittances m ON m.id = rc.remittance_id
                        WHERE rc.organisation_id = ? AND rc.claim_id = ? AND rc.status_code <> '22'
                        ORDER BY coalesce(m.paid_on, m.received_at::date) DESC, rc.id DESC LIMIT 1""")
                .params(org, claimId)
                .query((rs, n) -> new Paid(rs.getLong("id"), rs.getString("trace_number"),
                        rs.getObject("paid_on", LocalDate.class), rs.getBigDecimal("charge"), rs.getBigDecimal("paid"),
                        rs.getBigDecimal("patient_responsibility")))
                .optional()
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "No remittance", "Claim " + claimId
                        + " has no remittance yet: an ExplanationOfBenefit follows the payer's 835."));
        List<RemittanceLine> lines = postedLines(org, r.id());
        if (lines.isEmpty()) {
            lines = claimLinesWithAdjustments(org, claimId, r.id());
        }
        RemittanceOutcome.Status status = switch (h.status()) {
            case "denied" -> RemittanceOutcome.Status.DENIED;
            case "partially-paid" -> RemittanceOutcome.Status.PARTIAL;
            default -> r.paid().signum() == 0 ? RemittanceOutcome.Status.DENIED
                    : lines.stream().anyMatch(l -> l.paid().signum() == 0) ? RemittanceOutcome.Status.PARTIAL
                    : RemittanceOutcome.Status.PAID;
        };
        RemittanceOutcome outcome = new RemittanceOutcome(h.number(), h.payerName(), r.paidOn(), r.trace(), status,
                ClaimType.valueOf(h.claimType().toUpperCase(java.util.Locale.ROOT)), r.charge(), r.paid(),
                r.patient(), lines);
        return eobs.json(outcome, parties(h));
    }

    // lines as the 835 gave them (posted by RemittancePosting), with their CAS adjustments and LQ remarks
    private List<RemittanceLine> postedLines(long org, long remittanceClaimId) {
        return jdbc.sql("""
                        SELECT code, modifiers, charge, allowed, paid, remarks, cas_groups, cas_carcs, cas_amounts
                        FROM remittance_lines WHERE organisation_id = ? AND remittance_claim_id = ?
                        ORDER BY position""")
                .params(org, remittanceClaimId)
                .query((rs, n) -> {
                    List<String> groups = strings(rs.getArray("cas_groups"));
                    List<String> carcs = strings(rs.getArray("cas_carcs"));
                    BigDecimal[] amounts = (BigDecimal[]) rs.getArray("cas_amounts").getArray();
                    List<LineAdjustment> adjustments = new ArrayList<>();
                    for (int i = 0; i < groups.size(); i++) {
                        adjustments.add(new LineAdjustment(group(groups.get(i)), carcs.get(i), amounts[i]));
                    }
                    BigDecimal paid = rs.getBigDecimal("paid");
                    BigDecimal allowed = rs.getBigDecimal("allowed");
                    return new RemittanceLine(rs.getString("code"), strings(rs.getArray("modifiers")),
                            rs.getBigDecimal("charge"), allowed != null ? allowed : paid.add(patientShare(adjustments)),
                            paid, adjustments, strings(rs.getArray("remarks")));
                }).list();
    }

    // a remittance recorded per claim line (adjustments naming the line): the claim's lines with what each was paid
    private List<RemittanceLine> claimLinesWithAdjustments(long org, long claimId, long remittanceClaimId) {
        record Adj(long line, String group, String carc, BigDecimal amount, List<String> rarcs) {
        }
        List<Adj> adjustments = jdbc.sql("""
                        SELECT claim_line_id, group_code, carc, amount, rarcs FROM adjustments
                        WHERE organisation_id = ? AND remittance_claim_id = ? AND claim_line_id IS NOT NULL
                        ORDER BY id""")
                .params(org, remittanceClaimId)
                .query((rs, n) -> new Adj(rs.getLong("claim_line_id"), rs.getString("group_code"), rs.getString("carc"),
                        rs.getBigDecimal("amount"), strings(rs.getArray("rarcs")))).list();
        Map<Long, List<Adj>> byLine = adjustments.stream().collect(Collectors.groupingBy(Adj::line));
        List<RemittanceLine> out = new ArrayList<>();
        for (Line l : lines(org, claimId)) {
            List<Adj> mine = byLine.getOrDefault(l.id(), List.of());
            List<LineAdjustment> adj = mine.stream().map(a -> new LineAdjustment(group(a.group()), a.carc(),
                    a.amount())).toList();
            List<String> rarcs = mine.stream().flatMap(a -> a.rarcs().stream()).distinct().toList();
            out.add(new RemittanceLine(l.code(), l.modifiers(), l.charge(), l.paid().add(patientShare(adj)), l.paid(),
                    adj, rarcs));
        }
        return out;
    }

    private static BigDecimal patientShare(List<LineAdjustment> adjustments) {
        return adjustments.stream().filter(a -> a.group() == AdjustmentGroup.PR).map(LineAdjustment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    // X12 CAS01 CR (corrections and reversals) has no FHIR adjudication category of its own: other adjustment
    private static AdjustmentGroup group(String code) {
        return code.equals("CR") ? AdjustmentGroup.OA : AdjustmentGroup.valueOf(code);
    }

    private Head head(SonoBillUser user, long claimId) {
        return jdbc.sql("""
                        SELECT c.id, c.claim_number, c.patient_id, p.code AS payer_code, p.name AS payer_name,
                               p.rule_pack, c.claim_type, c.place_of_service, c.status, c.total_charge, c.billing_npi,
                               (SELECT name FROM providers v WHERE v.organisation_id = c.organisation_id
                                AND v.npi = c.billing_npi ORDER BY v.role = 'billing' DESC LIMIT 1) AS billing_name,
                               c.rendering_npi, c.ordering_npi, c.created_at
                        FROM claims c JOIN payers p ON p.organisation_id = c.organisation_id AND p.id = c.payer_id
                        WHERE c.organisation_id = ? AND c.id = ?""")
                .params(user.organisationId(), claimId)
                .query((rs, n) -> new Head(rs.getLong("id"), rs.getString("claim_number"), rs.getLong("patient_id"),
                        rs.getString("payer_code"), rs.getString("payer_name"), rs.getString("rule_pack"),
                        rs.getString("claim_type"), rs.getString("place_of_service"), rs.getString("status"),
                        rs.getBigDecimal("total_charge"), rs.getString("billing_npi"), rs.getString("billing_name"),
                        rs.getString("rendering_npi"), rs.getString("ordering_npi"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .optional().orElseThrow(() -> ApiException.notFound("claim", claimId));
    }

    private List<Line> lines(long org, long claimId) {
        List<Line> lines = jdbc.sql("""
                        SELECT id, line_number, code, modifiers, units, charge, paid, pointers, date_of_service
                        FROM claim_lines WHERE organisation_id = ? AND claim_id = ? ORDER BY line_number""")
                .params(org, claimId)
                .query((rs, n) -> new Line(rs.getLong("id"), rs.getInt("line_number"), rs.getString("code"),
                        strings(rs.getArray("modifiers")), rs.getInt("units"), rs.getBigDecimal("charge"),
                        rs.getBigDecimal("paid"), pointers(rs), rs.getObject("date_of_service", LocalDate.class)))
                .list();
        if (lines.isEmpty()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "Claim without lines", "Claim " + claimId
                    + " has no lines to export.");
        }
        return lines;
    }

    private static ClaimParties parties(Head h) {
        if (h.billingNpi() == null) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "No billing provider", "Claim " + h.id()
                    + " has no billing provider NPI yet; FHIR Claim.provider needs one.");
        }
        return new ClaimParties("Patient/" + h.patientId(), "Coverage/" + h.patientId() + "-" + h.payerCode(),
                h.billingNpi(), h.billingName(), h.payerName());
    }

    private static Money usd(BigDecimal amount) {
        return new Money().setValue(amount).setCurrency("USD");
    }

    private static List<Integer> pointers(ResultSet rs) throws SQLException {
        Object[] values = (Object[]) rs.getArray("pointers").getArray();
        return Arrays.stream(values).map(v -> ((Number) v).intValue()).toList();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
