package org.sonobill.server.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.sonobill.server.security.Access;
import org.sonobill.server.security.CurrentUser;
import org.sonobill.server.web.ApiException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit trail")
public class AuditController {
    private final AuditTrail audit;

    public AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping
    @PreAuthorize(Access.AUDIT)
    @Operation(summary = "Audit events of your organisation, newest first (auditor, manager, admin)")
    public List<AuditTrail.Event> list(@RequestParam(required = false) String entity,
                                       @RequestParam(required = false) String entityId,
                                       @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw ApiException.badField("limit", "expected 1 to 1000");
        }
        return audit.list(CurrentUser.get().organisationId(), entity, entityId, limit);
    }
}
