package org.sonobill.server.fhir;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.sonobill.server.security.Access;
import org.sonobill.server.security.CurrentUser;
import org.sonobill.server.study.StudyViews.StudyDetail;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "FHIR", description = "FHIR R4 DiagnosticReports in; Claims and ExplanationOfBenefits out")
public class FhirController {
    private static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");
    private final FhirIntake intake;
    private final FhirExport export;

    public FhirController(FhirIntake intake, FhirExport export) {
        this.intake = intake;
        this.export = export;
    }

    /** The studies made from one request. */
    public record Received(List<StudyDetail> studies) {
    }

    @PostMapping(path = "/api/fhir/DiagnosticReport", consumes = {"application/fhir+json", "application/json",
            "application/fhir+xml", "application/xml"})
    @PreAuthorize(Access.CODING)
    @Operation(summary = "Read a FHIR R4 DiagnosticReport (or a Bundle of them with their Patient, Encounter and "
            + "ServiceRequest), code it and keep it as a study with its evidence (coder, manager, admin)")
    public ResponseEntity<Received> diagnosticReport(@RequestBody String body) {
        List<StudyDetail> studies = intake.take(CurrentUser.get(), body);
        return ResponseEntity.created(URI.create("/api/studies/" + studies.get(0).study().id()))
                .body(new Received(studies));
    }

    @GetMapping(path = "/api/fhir/Claim/{claimId}", produces = {"application/fhir+json", "application/json"})
    @PreAuthorize(Access.CLAIM_READERS)
    @Operation(summary = "A claim as a FHIR R4 Claim (use claim): items with codes, modifiers, units, charges and "
            + "diagnosis pointers; care team; place of service")
    public ResponseEntity<String> claim(@PathVariable long claimId) {
        return ResponseEntity.ok().contentType(FHIR_JSON).body(export.claim(CurrentUser.get(), claimId));
    }

    @GetMapping(path = "/api/fhir/ExplanationOfBenefit/{claimId}", produces = {"application/fhir+json",
            "application/json"})
    @PreAuthorize(Access.CLAIM_READERS)
    @Operation(summary = "A claim's latest remittance as a FHIR R4 ExplanationOfBenefit: adjudication per item by "
            + "CARC, remark codes, payment and totals; 404 before the payer's 835")
    public ResponseEntity<String> explanationOfBenefit(@PathVariable long claimId) {
        return ResponseEntity.ok().contentType(FHIR_JSON).body(export.explanationOfBenefit(CurrentUser.get(),
                claimId));
    }
}
